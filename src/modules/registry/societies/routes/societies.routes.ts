import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from '../../../../platform/http/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, IfMatchHeaderSchema, etagHeader, jsonBody } from '../../../../platform/http/operations.js'
import { SocietyCreateSchema, SocietyListQuerySchema, SocietyPageSchema, SocietyPatchSchema, SocietySchema } from '../model.js'

export const listSocieties = createRoute({
  method: 'get',
  path: '/v1/societies',
  operationId: 'listSocieties',
  summary: '学会列表 · List learned societies',
  description:
    '所有密钥都可查看全部学会：它们是对接推荐用的参考数据。\n\n' +
    'Every key sees every society: they are reference data for matching.',
  tags: [tags.talent],
  request: { query: SocietyListQuerySchema },
  responses: {
    200: { description: '一页学会 · A page of societies', content: { 'application/json': { schema: SocietyPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createSociety = createRoute({
  method: 'post',
  path: '/v1/societies',
  operationId: 'createSociety',
  summary: '登记学会 · Register a society',
  description:
    '仅管理员（科协）可登记，其他角色 403；名称已被占用返回 409。\n\n' +
    "Admins (科协) only; other roles get 403. A name already taken is 409; an unknown contactExpertId is 400.",
  tags: [tags.talent],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(SocietyCreateSchema, '学会 · The society') },
  responses: {
    201: { description: '已创建 · Created', headers: etagHeader, content: { 'application/json': { schema: SocietySchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...idempotencyResponses,
    // After the idempotency responses: its 409 text also covers a concurrent request.
    ...conflictResponse,
  },
})

export const getSociety = createRoute({
  method: 'get',
  path: '/v1/societies/{id}',
  operationId: 'getSociety',
  summary: '查看一个学会 · Read one society',
  description:
    '所有密钥都可查看任一学会，并得到修改时 If-Match 要用的 ETag。\n\n' +
    'Every key may read every society.',
  tags: [tags.talent],
  request: { params: IdParamSchema },
  responses: {
    200: { description: '学会 · The society', headers: etagHeader, content: { 'application/json': { schema: SocietySchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateSociety = createRoute({
  method: 'patch',
  path: '/v1/societies/{id}',
  operationId: 'updateSociety',
  summary: '修改学会信息 · Change a society',
  description:
    '仅管理员可修改，其他角色 403；需带 If-Match（当前 ETag），名称已被占用返回 409。\n\n' +
    'Admins only; other roles get 403. Requires If-Match with the current ETag. A name already taken is 409.',
  tags: [tags.talent],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(SocietyPatchSchema, '要修改的字段 · Fields to change') },
  responses: {
    200: { description: '修改后的学会 · The changed society', headers: etagHeader, content: { 'application/json': { schema: SocietySchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
