import { readOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { SocietySchema } from '../model.js'
import { getSociety } from '../service.js'

export const route = readOperation(
  '/v1/societies/{id}',
  {
    operationId: 'getSociety',
    summary: '查看一个学会 · Read one society',
    description:
      '所有密钥都可查看任一学会，并得到修改时 If-Match 要用的 ETag。\n\n' +
      'Every key may read every society.',
    tags: [tags.talent],
  },
  SocietySchema,
  '学会 · The society',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const society = await getSociety(c.var.sql, c.req.valid('param').id)
  return c.json(toResponse(SocietySchema, society), 200, { etag: etagOf(society) })
}
