import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../lib/openapi.js'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from '../../lib/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, IfMatchHeaderSchema, etagHeader, jsonBody } from '../../lib/schemas.js'
import { ParkCreateSchema, ParkListQuerySchema, ParkPageSchema, ParkPatchSchema, ParkSchema } from './parks.schemas.js'

export const listParks = createRoute({
  method: 'get',
  path: '/v1/parks',
  operationId: 'listParks',
  summary: '试点园区列表 · List pilot parks',
  description:
    '所有角色都可查看试点园区列表。\n\n' +
    'Every role reads the parks.',
  tags: [tags.organisations],
  request: { query: ParkListQuerySchema },
  responses: {
    200: { description: '一页园区 · A page of parks', content: { 'application/json': { schema: ParkPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createPark = createRoute({
  method: 'post',
  path: '/v1/parks',
  operationId: 'createPark',
  summary: '登记试点园区 · Register a pilot park (admin)',
  description:
    '仅管理员可登记试点园区，其他角色 403。\n\n' +
    'Admins only; other roles get 403.',
  tags: [tags.organisations],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(ParkCreateSchema, '园区 · The park') },
  responses: {
    201: { description: '已创建 · Created', headers: etagHeader, content: { 'application/json': { schema: ParkSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...conflictResponse,
    ...idempotencyResponses,
  },
})

export const getPark = createRoute({
  method: 'get',
  path: '/v1/parks/{id}',
  operationId: 'getPark',
  summary: '查看一个园区 · Read one park',
  description:
    '所有角色都可查看任一园区，并得到修改时 If-Match 要用的 ETag。\n\n' +
    'Every role reads every park, with its ETag for the If-Match of a change.',
  tags: [tags.organisations],
  request: { params: IdParamSchema },
  responses: {
    200: { description: '园区 · The park', headers: etagHeader, content: { 'application/json': { schema: ParkSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updatePark = createRoute({
  method: 'patch',
  path: '/v1/parks/{id}',
  operationId: 'updatePark',
  summary: '修改园区信息 · Change a park (admin)',
  description:
    '仅管理员可修改园区信息，其他角色 403；需带 If-Match（当前 ETag）。\n\n' +
    'Admins only; other roles get 403. Requires If-Match with the current ETag.',
  tags: [tags.organisations],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ParkPatchSchema, '要修改的字段 · Fields to change') },
  responses: {
    200: { description: '修改后的园区 · The changed park', headers: etagHeader, content: { 'application/json': { schema: ParkSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
