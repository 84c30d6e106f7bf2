import { readOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ExpertSchema } from '../model.js'
import { getExpert } from '../service.js'

export const route = readOperation(
  '/v1/experts/{id}',
  {
    operationId: 'getExpert',
    summary: '查看专家资料 · Read one expert profile',
    description:
      '所有角色都可查看任一专家的资料，并得到修改时 If-Match 要用的 ETag。\n\n' +
      'Every role reads every expert profile.',
    tags: [tags.talent],
  },
  ExpertSchema,
  '专家 · The expert',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const expert = await getExpert(c.var.sql, c.req.valid('param').id)
  return c.json(toResponse(ExpertSchema, expert), 200, { etag: etagOf(expert) })
}
