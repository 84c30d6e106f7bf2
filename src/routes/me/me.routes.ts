import { createRoute } from '@hono/zod-openapi'
import { authErrorResponses, commonErrorResponses } from '../../lib/problem.js'
import { MeSchema } from './me.schemas.js'

export const getMe = createRoute({
  method: 'get',
  path: '/v1/me',
  operationId: 'getMe',
  summary: 'Who am I: the role and scope of this API key',
  tags: ['me'],
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: MeSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})
