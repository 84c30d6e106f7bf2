import { createRoute } from '@hono/zod-openapi'
import { commonErrorResponses, serviceUnavailableResponse } from '../../lib/problem.js'
import { LivenessSchema, ReadinessSchema } from './health.schemas.js'

export const liveness = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getLiveness',
  summary: 'Is the process alive',
  description: 'Answers without touching the database; for process supervisors.',
  tags: ['health'],
  security: [],
  responses: {
    200: { description: 'Alive', content: { 'application/json': { schema: LivenessSchema } } },
    ...commonErrorResponses,
  },
})

export const readiness = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'getReadiness',
  summary: 'Can the service serve traffic',
  description:
    'Checks that the database answers, that every migration this build expects is applied unchanged, and that the `vector` extension is installed. 503 with a problem body listing the failed checks otherwise.',
  tags: ['health'],
  security: [],
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: ReadinessSchema } } },
    ...commonErrorResponses,
    ...serviceUnavailableResponse,
  },
})
