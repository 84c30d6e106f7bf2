import { createRoute } from '@hono/zod-openapi'
import { authErrorResponses, commonErrorResponses } from '../../lib/problem.js'
import { IndexStatusSchema } from './index-status.schemas.js'

export const getIndexStatus = createRoute({
  method: 'get',
  path: '/v1/index-status',
  operationId: 'getIndexStatus',
  summary: '检索索引状态 · Whether the search index has caught up',
  description:
    'After an import or many edits, rankings move until the outbox is drained and the term statistics are taken again. `settled: true` says both are done. Admins and park staff.',
  tags: ['matching'],
  responses: {
    200: { description: 'The index status', content: { 'application/json': { schema: IndexStatusSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})
