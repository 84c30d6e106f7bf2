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
import {
  EnterpriseCreateSchema,
  EnterpriseListQuerySchema,
  EnterprisePageSchema,
  EnterprisePatchSchema,
  EnterpriseSchema,
} from '../model.js'

export const listEnterprises = createRoute({
  method: 'get',
  path: '/v1/enterprises',
  operationId: 'listEnterprises',
  summary: '企业列表 · List the enterprises this key may see',
  description:
    '管理员看全部，园区工作人员看本园区的企业，企业只看自己，专家看不到企业。\n\n' +
    'Admins see all; park staff their park; an enterprise itself; experts none.',
  tags: [tags.organisations],
  request: { query: EnterpriseListQuerySchema },
  responses: {
    200: { description: '一页企业 · A page of enterprises', content: { 'application/json': { schema: EnterprisePageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createEnterprise = createRoute({
  method: 'post',
  path: '/v1/enterprises',
  operationId: 'createEnterprise',
  summary: '登记企业 · Register an enterprise (admin, or park staff in their park)',
  description:
    '管理员，或园区工作人员在本园区登记企业；统一社会信用代码须通过校验（长度、字符、行政区划码、校验位）且不能重复（409）。\n\n' +
    'The USCC is validated (length, alphabet, division code, GB 32100 check character) and must be unique (409).',
  tags: [tags.organisations],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(EnterpriseCreateSchema, '企业 · The enterprise') },
  responses: {
    201: { description: '已创建 · Created', headers: etagHeader, content: { 'application/json': { schema: EnterpriseSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...conflictResponse,
    ...idempotencyResponses,
  },
})

export const getEnterprise = createRoute({
  method: 'get',
  path: '/v1/enterprises/{id}',
  operationId: 'getEnterprise',
  summary: '查看一家企业 · Read one enterprise',
  description:
    '能在企业列表中看到该企业的密钥均可查看，并得到修改时 If-Match 要用的 ETag；看不到的企业返回 404。\n\n' +
    'An enterprise this key may see in the list, with its ETag for the If-Match of a change; any other key gets 404.',
  tags: [tags.organisations],
  request: { params: IdParamSchema },
  responses: {
    200: { description: '企业 · The enterprise', headers: etagHeader, content: { 'application/json': { schema: EnterpriseSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateEnterprise = createRoute({
  method: 'patch',
  path: '/v1/enterprises/{id}',
  operationId: 'updateEnterprise',
  summary: '修改企业信息 · Change an enterprise',
  description:
    '企业本身、本园区工作人员或管理员可修改；只有管理员能把企业移到其他园区（其需求随之移动）。需带 If-Match。\n\n' +
    'The enterprise itself, its park staff, or admins; only admins move it to another park (its needs follow). Requires If-Match.',
  tags: [tags.organisations],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(EnterprisePatchSchema, '要修改的字段 · Fields to change') },
  responses: {
    200: { description: '修改后的企业 · The changed enterprise', headers: etagHeader, content: { 'application/json': { schema: EnterpriseSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
