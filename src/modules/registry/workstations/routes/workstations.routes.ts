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
  WorkstationCreateSchema,
  WorkstationListQuerySchema,
  WorkstationPageSchema,
  WorkstationPatchSchema,
  WorkstationSchema,
} from '../model.js'

export const listWorkstations = createRoute({
  method: 'get',
  path: '/v1/workstations',
  operationId: 'listWorkstations',
  summary: '工作站列表 · List workstations',
  description:
    '所有密钥都可查看全部工作站：它们是公开的对接服务点。\n\n' +
    'Every key sees every workstation: they are published service points for matching.',
  tags: [tags.talent],
  request: { query: WorkstationListQuerySchema },
  responses: {
    200: { description: '一页工作站 · A page of workstations', content: { 'application/json': { schema: WorkstationPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createWorkstation = createRoute({
  method: 'post',
  path: '/v1/workstations',
  operationId: 'createWorkstation',
  summary: '登记工作站 · Register a workstation',
  description: [
    '管理员可在任何园区登记；园区工作人员只能以本园区的企业或园区为依托单位登记；企业和专家密钥 403。\n\n' +
      'Admins create anywhere; park staff only with a host (enterprise or park) in their own park: a host elsewhere is 404 for them, as if it did not exist.',
    'Enterprise and expert keys get 403. The station\'s park is the host park, or the host enterprise\'s park.',
    'Exactly one of hostEnterpriseId / hostParkId (else 400); societyId exactly when kind is society_station (else 400); unknown society, lead or member experts are 400 naming each; a name already taken is 409.',
  ].join(' '),
  tags: [tags.talent],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(WorkstationCreateSchema, '工作站 · The workstation') },
  responses: {
    201: { description: '已创建 · Created', headers: etagHeader, content: { 'application/json': { schema: WorkstationSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...idempotencyResponses,
    // After the idempotency responses: its 409 text also covers a concurrent request.
    ...conflictResponse,
  },
})

export const getWorkstation = createRoute({
  method: 'get',
  path: '/v1/workstations/{id}',
  operationId: 'getWorkstation',
  summary: '查看一个工作站 · Read one workstation',
  description:
    '所有密钥都可查看任一工作站，并得到修改时 If-Match 要用的 ETag。\n\n' +
    'Every key may read every workstation.',
  tags: [tags.talent],
  request: { params: IdParamSchema },
  responses: {
    200: { description: '工作站 · The workstation', headers: etagHeader, content: { 'application/json': { schema: WorkstationSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateWorkstation = createRoute({
  method: 'patch',
  path: '/v1/workstations/{id}',
  operationId: 'updateWorkstation',
  summary: '修改工作站 · Change a workstation',
  description: [
    '管理员可修改任一工作站；园区工作人员只能修改本园区的，且不能移到其他园区；企业和专家密钥 403。需带 If-Match（当前 ETag）。\n\n' +
      'Admins change any station; park staff only their park\'s. Another park\'s station is readable by every key, so changing it is 403 (not 404); enterprise and expert keys get 403.',
    'Park staff may not move a station to another park: a new host outside their park is 404, as on create.',
    'Requires If-Match with the current ETag. Giving one host replaces the other; memberExpertIds, when given, replaces the whole team (the lead always stays a member).',
  ].join(' '),
  tags: [tags.talent],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(WorkstationPatchSchema, '要修改的字段 · Fields to change') },
  responses: {
    200: { description: '修改后的工作站 · The changed workstation', headers: etagHeader, content: { 'application/json': { schema: WorkstationSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
