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
import { ParkCreateSchema, ParkListQuerySchema, ParkPageSchema, ParkPatchSchema, ParkSchema } from './parks.schemas.js'

const tags = ['parks']

export const listParks = createRoute({
  method: 'get',
  path: '/v1/parks',
  operationId: 'listParks',
  summary: 'List pilot parks',
  description: 'Every role reads the parks.',
  tags,
  request: { query: ParkListQuerySchema },
  responses: {
    200: { description: 'A page of parks', content: { 'application/json': { schema: ParkPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createPark = createRoute({
  method: 'post',
  path: '/v1/parks',
  operationId: 'createPark',
  summary: 'Register a pilot park (admin)',
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(ParkCreateSchema, 'The park') },
  responses: {
    201: { description: 'Created', headers: etagHeader, content: { 'application/json': { schema: ParkSchema } } },
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
  summary: 'Read one park',
  tags,
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The park', headers: etagHeader, content: { 'application/json': { schema: ParkSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updatePark = createRoute({
  method: 'patch',
  path: '/v1/parks/{id}',
  operationId: 'updatePark',
  summary: 'Change a park (admin)',
  description: 'Requires If-Match with the current ETag.',
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ParkPatchSchema, 'Fields to change') },
  responses: {
    200: { description: 'The changed park', headers: etagHeader, content: { 'application/json': { schema: ParkSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
