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
import { ExpertCreateSchema, ExpertListQuerySchema, ExpertPageSchema, ExpertPatchSchema, ExpertSchema } from '../model.js'

export const listExperts = createRoute({
  method: 'get',
  path: '/v1/experts',
  operationId: 'listExperts',
  summary: '专家库列表 · List expert profiles',
  description:
    '所有角色都可查看全部专家的公开资料。\n\n' +
    'Expert profiles are published professional profiles: every role reads all of them.',
  tags: [tags.talent],
  request: { query: ExpertListQuerySchema },
  responses: {
    200: { description: '一页专家 · A page of experts', content: { 'application/json': { schema: ExpertPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createExpert = createRoute({
  method: 'post',
  path: '/v1/experts',
  operationId: 'createExpert',
  summary: '专家入库 · Register an expert',
  description:
    '管理员和园区工作人员登记专家（其他角色 403），成果与学会会员关系随资料一并写入；姓名与单位都相同的专家已存在返回 409。\n\n' +
    'Admins and park staff register experts; other roles get 403. Achievements and society memberships are written with the profile, all or nothing. A second expert with the same name and organisation is 409.',
  tags: [tags.talent],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(ExpertCreateSchema, '专家 · The expert') },
  responses: {
    201: { description: '已创建 · Created', headers: etagHeader, content: { 'application/json': { schema: ExpertSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...conflictResponse,
    ...idempotencyResponses,
  },
})

export const getExpert = createRoute({
  method: 'get',
  path: '/v1/experts/{id}',
  operationId: 'getExpert',
  summary: '查看专家资料 · Read one expert profile',
  description:
    '所有角色都可查看任一专家的资料，并得到修改时 If-Match 要用的 ETag。\n\n' +
    'Every role reads every expert profile.',
  tags: [tags.talent],
  request: { params: IdParamSchema },
  responses: {
    200: { description: '专家 · The expert', headers: etagHeader, content: { 'application/json': { schema: ExpertSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateExpert = createRoute({
  method: 'patch',
  path: '/v1/experts/{id}',
  operationId: 'updateExpert',
  summary: '修改专家资料 · Change an expert profile',
  description:
    '管理员可修改任一专家；专家密钥只能修改自己的资料，且不能修改所属企业（403）。需带 If-Match（当前 ETag）。\n\n' +
    "Admins change any expert; an expert key only its own profile. Since every role may read every expert, a key that may not change this one gets 403 (404 only when the expert does not exist). An expert may not change its own enterpriseId (it decides conflicts of interest): 403. Requires If-Match with the current ETag. `achievements` and `societyIds`, when present, replace the whole list; send an achievement's `id` to keep it.",
  tags: [tags.talent],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ExpertPatchSchema, '要修改的字段 · Fields to change') },
  responses: {
    200: { description: '修改后的专家 · The changed expert', headers: etagHeader, content: { 'application/json': { schema: ExpertSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
