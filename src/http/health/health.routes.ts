import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../platform/http/openapi.js'
import { commonErrorResponses, serviceUnavailableResponse } from '../../platform/http/problem.js'
import { LivenessSchema, ReadinessSchema } from './health.schemas.js'

export const liveness = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getLiveness',
  summary: '进程存活检查 · Is the process alive',
  description:
    '无需密钥，供进程监控调用：不访问数据库，只说明进程在运行。\n\n' +
    'Answers without touching the database; for process supervisors.',
  tags: [tags.account],
  security: [],
  responses: {
    200: { description: '进程存活 · Alive', content: { 'application/json': { schema: LivenessSchema } } },
    ...commonErrorResponses,
  },
})

export const readiness = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'getReadiness',
  summary: '服务就绪检查 · Can the service serve traffic',
  description:
    '无需密钥，供负载均衡和监控调用：检查数据库、数据库迁移和 vector 扩展，任一不通过返回 503 并列出未通过的检查。\n\n' +
    'Checks that the database answers, that every migration this build expects is applied unchanged, and that the `vector` extension is installed. 503 with a problem body listing the failed checks otherwise.',
  tags: [tags.account],
  security: [],
  responses: {
    200: { description: '可以提供服务 · Ready', content: { 'application/json': { schema: ReadinessSchema } } },
    ...commonErrorResponses,
    ...serviceUnavailableResponse,
  },
})
