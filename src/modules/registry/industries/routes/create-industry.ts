import { createRoute } from '@hono/zod-openapi'
import { type AppRouteHandler, createOperation, jsonResponse, tags, toResponse } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import { IndustryCreateSchema, IndustrySchema } from '../model.js'
import { createIndustry } from '../../parks/service.js'

const created = createOperation('/v1/industries', {
  operationId: 'createIndustry', tags: [tags.organisations], summary: '新增产业链 · Add an industry chain (admin)',
  description: '仅管理员可新增重点产业链，其他角色 403；代码已存在返回 409。\n\nAdmins only; other roles get 403. A code that already exists is 409.',
}, { schema: IndustryCreateSchema, description: '产业链 · The industry' }, IndustrySchema)
/** A create as `createOperation` makes it, but without an ETag: the reference list is never changed in place. */
export const route = createRoute({ ...created, responses: { ...created.responses, 201: jsonResponse(IndustrySchema, '已创建 · Created') } })

// The shared create handler answers an ETag, which an industry has none of.
export const handler: AppRouteHandler<typeof route> = async (c) =>
  withIdempotency(c, c.req.valid('json'), async () => {
    const industry = await createIndustry(c.get('sql'), actorOf(c), { description: '', ...c.req.valid('json') })
    return c.json(toResponse(IndustrySchema, industry), 201, { location: `/v1/industries` })
  })
