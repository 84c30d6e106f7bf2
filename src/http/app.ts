import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { secureHeaders } from 'hono/secure-headers'
import { DomainError } from '../core/errors.js'
import { createRouter } from '../platform/http/create-router.js'
import { buildOpenApiDocument, registerSecurity } from '../platform/http/openapi.js'
import { renderProblem, toApiError } from '../platform/http/problem.js'
import type { MiddlewareHandler } from 'hono'
import type { AppBindings, AppDeps, AppOpenAPI } from '../platform/http/types.js'
import { createDocsRouter } from './docs/index.js'
import { featureRouters, importPathPrefix } from '../modules/index.js'
import { registerWebhookCatalogue } from '../modules/webhooks/index.js'
import { healthRouter } from './health/index.js'
import { authenticate } from './middleware/auth.js'
import { rateLimit } from './middleware/rate-limit.js'
import { createLeasedRateLimiter } from '../platform/rate-limiter.js'
import { requestDeadline } from './middleware/request-deadline.js'
import { requireWellFormedQuery } from './middleware/query-encoding.js'

const maxBodyBytes = 1024 * 1024
/** What a client's own X-Request-Id may look like to be kept (as `clientRequestId`, never as ours). */
const clientRequestIdPattern = /^[\w.:-]{1,128}$/

/** Builds the whole API; runtime entries only supply `deps`. */
export function createApp(deps: AppDeps): AppOpenAPI {
  const app = createRouter()

  app.use(async (c, next) => {
    // The request id is always ours: a client's X-Request-Id could collide with or forge another
    // request's in the audit log and logs. A well-formed one is kept beside it.
    const requestId = crypto.randomUUID()
    const sent = c.req.header('x-request-id')
    const clientRequestId = sent !== undefined && clientRequestIdPattern.test(sent) ? sent : undefined
    c.set('requestId', requestId)
    c.set('clientRequestId', clientRequestId)
    c.set('deps', deps)
    c.set('logger', deps.logger.child({ requestId, clientRequestId }))
    const started = performance.now()
    await next()
    c.header('x-request-id', requestId)
    c.var.logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  })
  app.use(secureHeaders({ crossOriginResourcePolicy: 'same-origin' }))
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new DomainError('payload_too_large', `Bodies are limited to ${maxBodyBytes} bytes`)
    },
  })
  // Import files are streamed and limited by IMPORT_MAX_BYTES in their handler.
  app.use((c, next) => (c.req.path.startsWith(importPathPrefix) ? next() : limitBody(c, next)))
  app.use(async (c, next) => {
    const lease = deps.openDatabase(c.env, safeExecutionCtx(c))
    c.set('sql', lease.sql)
    try {
      await next()
    } finally {
      await lease.release()
    }
  })
  app.use(requestDeadline(deps.config.REQUEST_DEADLINE_MS, { skip: (c) => c.req.path.startsWith(importPathPrefix) }))
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        renderProblem(
          c,
          new DomainError('method_not_allowed', `${c.req.method} is not allowed here; use ${allowed.join(', ')}`, {
            headers: { allow: allowed.join(', ') },
          }),
        ),
    }),
  )

  // The docs page's own files are large (the document about 1 MB, Swagger UI 1.7 MB) and compress
  // three- to tenfold: a park office on a slow line waits seconds less. API answers are left as they are.
  if (deps.compressDocs) {
    app.use('/openapi.json', compress())
    app.use('/docs/*', compress())
  }
  app.use('/v1/*', authenticate)
  app.use('/v1/*', rateLimit(deps.rateLimiter ?? createLeasedRateLimiter()))
  app.use('/v1/*', requireWellFormedQuery)
  app.use('/v1/*', requireJsonBody)

  registerSecurity(app)
  registerWebhookCatalogue(app)
  app.route('/', healthRouter)
  app.route('/', createDocsRouter(deps))
  for (const router of featureRouters) app.route('/', router)
  // Built once, on first request: every route is registered by then and the document never changes.
  let openApiDocument: ReturnType<typeof buildOpenApiDocument> | undefined
  app.get('/openapi.json', (c) => c.json((openApiDocument ??= buildOpenApiDocument(app)), 200))

  app.notFound((c) => renderProblem(c, new DomainError('not_found', `No route for ${c.req.method} ${c.req.path}`)))
  app.onError((error, c) => {
    const apiError = toApiError(error, { write: !['GET', 'HEAD'].includes(c.req.method) })
    if (apiError.status >= 500) {
      c.var.logger?.error('request failed', { error: error instanceof Error ? error.stack : String(error) })
    }
    return renderProblem(c, apiError)
  })
  return app
}

const jsonMediaType = /^application\/(merge-patch\+)?json$/i
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Bodies are JSON (merge-patch for PATCH too); anything else is refused before parsing. */
const requireJsonBody: MiddlewareHandler<AppBindings> = async (c, next) => {
  // Action routes (accept, withdraw) take no body; any body that is sent must be JSON. Over HTTP
  // every POST has a body stream, with or without a length, so an empty one counts as none.
  if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && c.req.raw.body !== null && !c.req.path.startsWith(importPathPrefix)) {
    // Read once here; Hono keeps it for the validators that parse it afterwards.
    const body = await c.req.arrayBuffer()
    if (body.byteLength > 0) {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim()
      if (!jsonMediaType.test(mediaType)) {
        throw new DomainError('unsupported_media_type', `Send the body as application/json${mediaType ? `, not ${mediaType}` : ''}`, {
          headers: { 'accept-patch': 'application/json, application/merge-patch+json' },
        })
      }
      // JSON is UTF-8 (RFC 8259); a lenient decode would store U+FFFD in place of the bad bytes.
      try {
        strictUtf8.decode(body)
      } catch {
        throw new DomainError('invalid_json', 'The request body is not valid UTF-8')
      }
    }
  }
  await next()
}

/** `c.executionCtx` throws outside Workers; Node has nothing to wait for. */
function safeExecutionCtx(c: { executionCtx: { waitUntil(p: Promise<unknown>): void } }) {
  try {
    return c.executionCtx
  } catch {
    return undefined
  }
}
