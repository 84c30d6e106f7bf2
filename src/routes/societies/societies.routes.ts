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
import { SocietyCreateSchema, SocietyListQuerySchema, SocietyPageSchema, SocietyPatchSchema, SocietySchema } from './societies.schemas.js'

const tags = ['societies']

export const listSocieties = createRoute({
  method: 'get',
  path: '/v1/societies',
  operationId: 'listSocieties',
  summary: 'List learned societies (学会)',
  description: 'Every key sees every society: they are reference data for matching.',
  tags,
  request: { query: SocietyListQuerySchema },
  responses: {
    200: { description: 'A page of societies', content: { 'application/json': { schema: SocietyPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createSociety = createRoute({
  method: 'post',
  path: '/v1/societies',
  operationId: 'createSociety',
  summary: 'Register a society',
  description: "Admins (科协) only; other roles get 403. A name already taken is 409; an unknown contactExpertId is 400.",
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(SocietyCreateSchema, 'The society') },
  responses: {
    201: { description: 'Created', headers: etagHeader, content: { 'application/json': { schema: SocietySchema } } },
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
  summary: 'Read one society',
  description: 'Every key may read every society.',
  tags,
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The society', headers: etagHeader, content: { 'application/json': { schema: SocietySchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateSociety = createRoute({
  method: 'patch',
  path: '/v1/societies/{id}',
  operationId: 'updateSociety',
  summary: 'Change a society',
  description: 'Admins only; other roles get 403. Requires If-Match with the current ETag. A name already taken is 409.',
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(SocietyPatchSchema, 'Fields to change') },
  responses: {
    200: { description: 'The changed society', headers: etagHeader, content: { 'application/json': { schema: SocietySchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
