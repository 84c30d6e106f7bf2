import { createUniqueOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { SocietyCreateSchema, SocietySchema } from '../model.js'
import { createSociety } from '../service.js'

export const route = createUniqueOperation(
  '/v1/societies',
  {
    operationId: 'createSociety',
    summary: '登记学会 · Register a society',
    description:
      '仅管理员（科协）可登记，其他角色 403；名称已被占用返回 409。\n\n' +
      "Admins (科协) only; other roles get 403. A name already taken is 409; an unknown contactExpertId is 400.",
    tags: [tags.talent],
  },
  { schema: SocietyCreateSchema, description: '学会 · The society' },
  SocietySchema,
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const society = await createSociety(c.var.sql, actorOf(c), body)
    return c.json(toResponse(SocietySchema, society), 201, { etag: etagOf(society), location: `/v1/societies/${society.id}` })
  })
}
