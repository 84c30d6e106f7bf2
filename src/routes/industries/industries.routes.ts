import { createRoute } from '@hono/zod-openapi'
import { authErrorResponses, commonErrorResponses, conflictResponse, idempotencyResponses } from '../../lib/problem.js'
import { IdempotencyHeaderSchema, jsonBody } from '../../lib/schemas.js'
import { IndustryCreateSchema, IndustryListSchema, IndustrySchema } from './industries.schemas.js'

const tags = ['industries']

export const listIndustries = createRoute({
  method: 'get',
  path: '/v1/industries',
  operationId: 'listIndustries',
  summary: 'The reference list of key industry chains (重点产业链)',
  tags,
  responses: {
    200: { description: 'All industries', content: { 'application/json': { schema: IndustryListSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const createIndustry = createRoute({
  method: 'post',
  path: '/v1/industries',
  operationId: 'createIndustry',
  summary: 'Add an industry chain (admin)',
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(IndustryCreateSchema, 'The industry') },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: IndustrySchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...conflictResponse,
    ...idempotencyResponses,
  },
})
