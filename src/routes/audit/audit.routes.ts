import { createRoute } from '@hono/zod-openapi'
import { authErrorResponses, commonErrorResponses } from '../../lib/problem.js'
import { AuditPageSchema, AuditQuerySchema } from './audit.schemas.js'

export const listAuditEvents = createRoute({
  method: 'get',
  path: '/v1/audit-events',
  operationId: 'listAuditEvents',
  summary: 'Read the audit trail',
  description: 'Admins read every entry; park staff the entries of their park; other roles get 403.',
  tags: ['audit'],
  request: { query: AuditQuerySchema },
  responses: {
    200: { description: 'Entries, newest first', content: { 'application/json': { schema: AuditPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})
