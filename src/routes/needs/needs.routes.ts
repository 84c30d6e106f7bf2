import { createRoute } from '@hono/zod-openapi'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from '../../lib/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, IfMatchHeaderSchema, etagHeader, jsonBody } from '../../lib/schemas.js'
import { NeedCreateSchema, NeedListQuerySchema, NeedPageSchema, NeedPatchSchema, NeedSchema } from './needs.schemas.js'

const tags = ['needs']

export const listNeeds = createRoute({
  method: 'get',
  path: '/v1/needs',
  operationId: 'listNeeds',
  summary: 'List the needs this key may see',
  description: 'Admins see all; park staff their park; enterprises their own plus published public and same-park needs; experts published public needs.',
  tags,
  request: { query: NeedListQuerySchema },
  responses: {
    200: { description: 'A page of needs', content: { 'application/json': { schema: NeedPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createNeed = createRoute({
  method: 'post',
  path: '/v1/needs',
  operationId: 'createNeed',
  summary: 'Post a technical need (技术需求)',
  description: 'Enterprises post for themselves; park staff for an enterprise of their park; admins for any.',
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(NeedCreateSchema, 'The need') },
  responses: {
    201: { description: 'Created', headers: etagHeader, content: { 'application/json': { schema: NeedSchema } } },
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
  summary: 'Read one need',
  tags,
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The need', headers: etagHeader, content: { 'application/json': { schema: NeedSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateNeed = createRoute({
  method: 'patch',
  path: '/v1/needs/{id}',
  operationId: 'updateNeed',
  summary: 'Change a need',
  description: 'Requires If-Match with the current ETag. Status changes follow draft → open → in_progress → resolved → closed; an illegal one is 409.',
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(NeedPatchSchema, 'Fields to change') },
  responses: {
    200: { description: 'The changed need', headers: etagHeader, content: { 'application/json': { schema: NeedSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
