import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../platform/http/openapi.js'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from '../../../platform/http/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, IfMatchHeaderSchema, etagHeader, jsonBody } from '../../../platform/http/operations.js'
import { NeedCreateSchema, NeedListQuerySchema, NeedPageSchema, NeedPatchSchema, NeedSchema } from '../model.js'

export const listNeeds = createRoute({
  method: 'get',
  path: '/v1/needs',
  operationId: 'listNeeds',
  summary: '技术需求列表 · List the needs this key may see',
  description:
    '管理员看全部；园区工作人员看本园区企业的需求；企业看自己的需求，以及已发布的公开需求和同园区需求；专家看已发布的公开需求。\n\n' +
    'Admins see all; park staff their park; enterprises their own plus published public and same-park needs; experts published public needs.',
  tags: [tags.needs],
  request: { query: NeedListQuerySchema },
  responses: {
    200: { description: '一页技术需求 · A page of needs', content: { 'application/json': { schema: NeedPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createNeed = createRoute({
  method: 'post',
  path: '/v1/needs',
  operationId: 'createNeed',
  summary: '发布技术需求 · Post a technical need',
  description:
    '企业为自己发布，园区工作人员为本园区的企业发布，管理员可为任何企业发布；专家不能发布。\n\n' +
    'Enterprises post for themselves; park staff for an enterprise of their park; admins for any.',
  tags: [tags.needs],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(NeedCreateSchema, '技术需求 · The need') },
  responses: {
    201: { description: '已创建 · Created', headers: etagHeader, content: { 'application/json': { schema: NeedSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...idempotencyResponses,
  },
})

export const getNeed = createRoute({
  method: 'get',
  path: '/v1/needs/{id}',
  operationId: 'getNeed',
  summary: '查看一条需求 · Read one need',
  description:
    '能在需求列表中看到该需求的密钥均可查看，并得到修改时 If-Match 要用的 ETag；看不到的需求返回 404。\n\n' +
    'A need this key may see in the list, with its ETag for the If-Match of a change; any other key gets 404.',
  tags: [tags.needs],
  request: { params: IdParamSchema },
  responses: {
    200: { description: '技术需求 · The need', headers: etagHeader, content: { 'application/json': { schema: NeedSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateNeed = createRoute({
  method: 'patch',
  path: '/v1/needs/{id}',
  operationId: 'updateNeed',
  summary: '修改技术需求 · Change a need',
  description:
    '需求所属企业、本园区工作人员或管理员：修改需求或推进状态（草稿 → 开放 → 进行中 → 已解决 → 已关闭）；需带 If-Match（当前 ETag），不允许的状态变化返回 409。\n\n' +
    'The need\'s enterprise, its park staff or admins. Requires If-Match with the current ETag. Status changes follow draft → open → in_progress → resolved → closed; an illegal one is 409.',
  tags: [tags.needs],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(NeedPatchSchema, '要修改的字段 · Fields to change') },
  responses: {
    200: { description: '修改后的技术需求 · The changed need', headers: etagHeader, content: { 'application/json': { schema: NeedSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
