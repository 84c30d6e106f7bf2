import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import { authErrorResponses, commonErrorResponses, conflictResponse, idempotencyResponses } from '../../../../platform/http/problem.js'
import { IdempotencyHeaderSchema, jsonBody } from '../../../../platform/http/operations.js'
import { IndustryCreateSchema, IndustryListSchema, IndustrySchema } from '../model.js'

export const listIndustries = createRoute({
  method: 'get',
  path: '/v1/industries',
  operationId: 'listIndustries',
  summary: '重点产业链列表 · The reference list of key industry chains',
  description:
    '所有角色都可查看：重点产业链的参考列表，企业、需求和专家的产业字段都取自这里的代码。\n\n' +
    'Every role reads the key industry chains (重点产业链): the codes the industry fields of enterprises, needs and experts take.',
  tags: [tags.organisations],
  responses: {
    200: { description: '全部产业链 · All industries', content: { 'application/json': { schema: IndustryListSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createIndustry = createRoute({
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
    201: { description: '已创建 · Created', content: { 'application/json': { schema: IndustrySchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...conflictResponse,
    ...idempotencyResponses,
  },
})
