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
import { ExpertCreateSchema, ExpertListQuerySchema, ExpertPageSchema, ExpertPatchSchema, ExpertSchema } from './experts.schemas.js'

const tags = ['experts']

export const listExperts = createRoute({
  method: 'get',
  path: '/v1/experts',
  operationId: 'listExperts',
  summary: 'List expert profiles (专家库)',
  description: 'Expert profiles are published professional profiles: every role reads all of them.',
  tags,
  request: { query: ExpertListQuerySchema },
  responses: {
    200: { description: 'A page of experts', content: { 'application/json': { schema: ExpertPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createExpert = createRoute({
  method: 'post',
  path: '/v1/experts',
  operationId: 'createExpert',
  summary: 'Register an expert (专家入库)',
  description:
    'Admins and park staff register experts; other roles get 403. Achievements and society memberships are written with the profile, all or nothing. A second expert with the same name and organisation is 409.',
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(ExpertCreateSchema, 'The expert') },
  responses: {
    201: { description: 'Created', headers: etagHeader, content: { 'application/json': { schema: ExpertSchema } } },
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
  summary: 'Read one expert profile',
  description: 'Every role reads every expert profile.',
  tags,
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The expert', headers: etagHeader, content: { 'application/json': { schema: ExpertSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const updateExpert = createRoute({
  method: 'patch',
  path: '/v1/experts/{id}',
  operationId: 'updateExpert',
  summary: 'Change an expert profile',
  description:
    "Admins change any expert; an expert key only its own profile. Since every role may read every expert, a key that may not change this one gets 403 (404 only when the expert does not exist). An expert may not change its own enterpriseId (it decides conflicts of interest): 403. Requires If-Match with the current ETag. `achievements` and `societyIds`, when present, replace the whole list; send an achievement's `id` to keep it.",
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ExpertPatchSchema, 'Fields to change') },
  responses: {
    200: { description: 'The changed expert', headers: etagHeader, content: { 'application/json': { schema: ExpertSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
    ...conflictResponse,
    ...preconditionResponses,
  },
})
