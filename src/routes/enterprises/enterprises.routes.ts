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
import {
  EnterpriseCreateSchema,
  EnterpriseListQuerySchema,
  EnterprisePageSchema,
  EnterprisePatchSchema,
  EnterpriseSchema,
} from './enterprises.schemas.js'

const tags = ['enterprises']

export const listEnterprises = createRoute({
  method: 'get',
  path: '/v1/enterprises',
  operationId: 'listEnterprises',
  summary: 'List the enterprises this key may see',
  description: 'Admins see all; park staff their park; an enterprise itself; experts none.',
  tags,
  request: { query: EnterpriseListQuerySchema },
  responses: {
    200: { description: 'A page of enterprises', content: { 'application/json': { schema: EnterprisePageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createEnterprise = createRoute({
  method: 'post',
  path: '/v1/enterprises',
  operationId: 'createEnterprise',
  summary: 'Register an enterprise (admin, or park staff in their park)',
  description: 'The USCC is validated (length, alphabet, division code, GB 32100 check character) and must be unique (409).',
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(EnterpriseCreateSchema, 'The enterprise') },
  responses: {
    201: { description: 'Created', headers: etagHeader, content: { 'application/json': { schema: EnterpriseSchema } } },
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
  summary: 'Read one enterprise',
  tags,
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The enterprise', headers: etagHeader, content: { 'application/json': { schema: EnterpriseSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateEnterprise = createRoute({
  method: 'patch',
  path: '/v1/enterprises/{id}',
  operationId: 'updateEnterprise',
  summary: 'Change an enterprise',
  description: 'The enterprise itself, its park staff, or admins; only admins move it to another park (its needs follow). Requires If-Match.',
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(EnterprisePatchSchema, 'Fields to change') },
  responses: {
    200: { description: 'The changed enterprise', headers: etagHeader, content: { 'application/json': { schema: EnterpriseSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
