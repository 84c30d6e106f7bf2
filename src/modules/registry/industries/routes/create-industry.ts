import { createRoute } from '@hono/zod-openapi'
import { IdempotencyHeaderSchema, jsonBody, jsonResponse } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { authErrorResponses, commonErrorResponses, conflictResponse, idempotencyResponses } from '../../../../platform/http/problem.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { IndustryCreateSchema, IndustrySchema } from '../model.js'
import { createIndustry } from '../../parks/service.js'

/** A create as `createOperation` makes it, but without an ETag: the reference list is never changed in place. */
export const route = createRoute({
  method: 'post',
  path: '/v1/industries',
  operationId: 'createIndustry',
  summary: '新增产业链 · Add an industry chain (admin)',
  description:
    '仅管理员可新增重点产业链，其他角色 403；代码已存在返回 409。\n\n' +
    'Admins only; other roles get 403. A code that already exists is 409.',
  tags: [tags.organisations],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(IndustryCreateSchema, '产业链 · The industry') },
  responses: {
    201: jsonResponse(IndustrySchema, '已创建 · Created'),
    ...commonErrorResponses,
    ...authErrorResponses,
    ...conflictResponse,
    ...idempotencyResponses,
  },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const industry = await createIndustry(c.var.sql, actorOf(c), { description: '', ...body })
    return c.json(toResponse(IndustrySchema, industry), 201, { location: `/v1/industries` })
  })
}
