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
  WorkstationCreateSchema,
  WorkstationListQuerySchema,
  WorkstationPageSchema,
  WorkstationPatchSchema,
  WorkstationSchema,
} from './workstations.schemas.js'

const tags = ['workstations']

export const listWorkstations = createRoute({
  method: 'get',
  path: '/v1/workstations',
  operationId: 'listWorkstations',
  summary: 'List workstations (工作站)',
  description: 'Every key sees every workstation: they are published service points for matching.',
  tags,
  request: { query: WorkstationListQuerySchema },
  responses: {
    200: { description: 'A page of workstations', content: { 'application/json': { schema: WorkstationPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createWorkstation = createRoute({
  method: 'post',
  path: '/v1/workstations',
  operationId: 'createWorkstation',
  summary: 'Register a workstation',
  description: [
    'Admins create anywhere; park staff only with a host (enterprise or park) in their own park: a host elsewhere is 404 for them, as if it did not exist.',
    'Enterprise and expert keys get 403. The station\'s park is the host park, or the host enterprise\'s park.',
    'Exactly one of hostEnterpriseId / hostParkId (else 400); societyId exactly when kind is society_station (else 400); unknown society, lead or member experts are 400 naming each; a name already taken is 409.',
  ].join(' '),
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(WorkstationCreateSchema, 'The workstation') },
  responses: {
    201: { description: 'Created', headers: etagHeader, content: { 'application/json': { schema: WorkstationSchema } } },
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
  summary: 'Read one workstation',
  description: 'Every key may read every workstation.',
  tags,
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The workstation', headers: etagHeader, content: { 'application/json': { schema: WorkstationSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateWorkstation = createRoute({
  method: 'patch',
  path: '/v1/workstations/{id}',
  operationId: 'updateWorkstation',
  summary: 'Change a workstation',
  description: [
    'Admins change any station; park staff only their park\'s. Another park\'s station is readable by every key, so changing it is 403 (not 404); enterprise and expert keys get 403.',
    'Park staff may not move a station to another park: a new host outside their park is 404, as on create.',
    'Requires If-Match with the current ETag. Giving one host replaces the other; memberExpertIds, when given, replaces the whole team (the lead always stays a member).',
  ].join(' '),
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(WorkstationPatchSchema, 'Fields to change') },
  responses: {
    200: { description: 'The changed workstation', headers: etagHeader, content: { 'application/json': { schema: WorkstationSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
