import { createOperation } from '../../../platform/http/operations.js'
import { tags } from '../../../platform/http/openapi.js'
import { notFoundResponse } from '../../../platform/http/problem.js'
import { actorOf } from '../../../platform/http/actor.js'
import { etagOf } from '../../../platform/http/etag.js'
import { withIdempotency } from '../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../platform/http/types.js'
import { NeedCreateSchema, NeedSchema, toNeedResponse } from '../model.js'
import { createNeed } from '../service.js'

export const route = createOperation(
  '/v1/needs',
  {
    operationId: 'createNeed',
    summary: '发布技术需求 · Post a technical need',
    description:
      '企业为自己发布，园区工作人员为本园区的企业发布，管理员可为任何企业发布；专家不能发布。\n\n' +
      'Enterprises post for themselves; park staff for an enterprise of their park; admins for any.',
    tags: [tags.needs],
  },
  { schema: NeedCreateSchema, description: '技术需求 · The need' },
  NeedSchema,
  notFoundResponse,
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const need = await createNeed(c.var.sql, actorOf(c), body)
    return c.json(toNeedResponse(need), 201, { etag: etagOf(need), location: `/v1/needs/${need.id}` })
  })
}
