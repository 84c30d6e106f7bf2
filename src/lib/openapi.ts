import type { AppOpenAPI } from './types.js'

export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: '科创中国 产需对接服务 API (Sci-Tech China matchmaking)',
    version: '0.1.0',
    description: [
      'Matches enterprises\' technical needs (技术需求) with experts (专家), learned societies (学会) and workstations (工作站), and follows the consultations and technology contracts that result.',
      '',
      'Authorise with an API key (`Authorization: Bearer <key>`): the **Authorize** button stores it for every call on this page.',
      'Errors are `application/problem+json` (RFC 9457); validation failures are **400** with each field in `errors`.',
      'Ids are UUIDs, times ISO 8601 with zone, money integer fen (分).',
      'Each key is rate limited: every /v1 answer carries `RateLimit-Policy` and `RateLimit` (draft-ietf-httpapi-ratelimit-headers); past a limit the answer is **429** with `Retry-After`.',
    ].join('\n'),
  },
  tags: [{ name: 'health', description: 'Liveness and readiness for operators and load balancers' }],
}

export function registerSecurity(app: AppOpenAPI): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key issued by the association (科协); each carries one role and scope.',
  })
}

/** The document served at /openapi.json and written to openapi/openapi.json. */
export function buildOpenApiDocument(app: AppOpenAPI) {
  return app.getOpenAPI31Document({ ...openApiInfo, security: [{ apiKey: [] }] })
}
