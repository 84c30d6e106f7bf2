import { readOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ParkSchema } from '../model.js'
import { getPark } from '../service.js'

export const route = readOperation(
  '/v1/parks/{id}',
  {
    operationId: 'getPark',
    summary: '查看一个园区 · Read one park',
    description:
      '所有角色都可查看任一园区，并得到修改时 If-Match 要用的 ETag。\n\n' + 'Every role reads every park, with its ETag for the If-Match of a change.',
    tags: [tags.organisations],
  },
  ParkSchema,
  '园区 · The park',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const park = await getPark(c.var.sql, c.req.valid('param').id)
  return c.json(toResponse(ParkSchema, park), 200, { etag: etagOf(park) })
}
