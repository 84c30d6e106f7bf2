import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { DomainError } from '../core/errors.js'
import { createRouter } from '../platform/http/create-router.js'
import { buildOpenApiDocument, registerSecurity } from '../platform/http/openapi.js'
import { renderProblem, toApiError } from '../platform/http/problem.js'
import type { Context, MiddlewareHandler } from 'hono'
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
import { responseHeaders, securityHeaders, withResponseHeaders } from './middleware/response-headers.js'

const maxBodyBytes = 1024 * 1024
/** What a client's own X-Request-Id may look like to be kept (as `clientRequestId`, never as ours). */
const clientRequestIdPattern = /^[\w.:-]{1,128}$/

function tooLarge(): never {
  throw new DomainError('payload_too_large', `Bodies are limited to ${maxBodyBytes} bytes`)
}

/** One step of the chain every request passes, named for scripts/bench-overhead.ts. */
export interface RequestLayer {
  name: string
  handler: MiddlewareHandler<AppBindings>
}

/**
 * The middleware every request passes, in order. `createApp` uses them all; the overhead benchmark
 * adds them to a bare route one at a time, so a regression shows which one it came from. Nothing
 * here may touch the response a handler built after the fact (`c.header` then, or hono's
 * secureHeaders): on Node that makes @hono/node-server build a full WHATWG Response, and did cost
 * more than the rest of the chain together.
 */
export function requestLayers(deps: AppDeps, app: AppOpenAPI): RequestLayer[] {
  const limitBody = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge })
  return [
    { name: 'request id and log line', handler: requestContext(deps) },
    { name: 'security headers', handler: responseHeaders(securityHeaders) },
    {
      name: 'body limit',
      // GET and HEAD have no body on any runtime (the Fetch API forbids one), and asking for it
      // would make @hono/node-server build a full Request. Import files are streamed and limited by
      // IMPORT_MAX_BYTES in their handler. A body with a length is judged by its header (the
      // runtime reads no more than that): hono's bodyLimit asks for the body stream first, which on
      // Node builds a full Request and reads the body through it, a sixth of a new need's CPU.
      handler: (c, next) => {
        if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.path.startsWith(importPathPrefix)) return next()
        const length = c.req.header('content-length')
        if (length === undefined || c.req.header('transfer-encoding') !== undefined) return limitBody(c, next)
        if (Number(length) > maxBodyBytes) tooLarge()
        return next()
      },
    },
    {
      name: 'database lease',
      handler: (c, next) => {
        const lease = deps.openDatabase(c.env, lazyExecutionCtx(c))
        c.set('sql', lease.sql)
        const release = lease.release
        return release ? next().finally(() => release.call(lease)) : next()
      },
    },
    {
      name: 'request deadline',
      handler: requestDeadline(deps.config.REQUEST_DEADLINE_MS, {
        skip: (c) => c.req.path.startsWith(importPathPrefix),
        sharedTimer: deps.longLived,
      }),
    },
    {
      name: 'method not allowed',
      handler: methodNotAllowed({
        app,
        onMethodNotAllowed: (c, allowed) =>
          renderProblem(
            c,
            new DomainError('method_not_allowed', `${c.req.method} is not allowed here; use ${allowed.join(', ')}`, {
              headers: { allow: allowed.join(', ') },
            }),
          ),
      }),
    },
  ]
}

/** Builds the whole API; runtime entries only supply `deps`. */
export function createApp(deps: AppDeps): AppOpenAPI {
  const app = createRouter()
  for (const layer of requestLayers(deps, app)) app.use(layer.handler)

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
      c.get('logger')?.error('request failed', { error: error instanceof Error ? error.stack : String(error) })
    }
    return renderProblem(c, apiError)
  })
  return app
}

const jsonMediaType = /^application\/(merge-patch\+)?json$/i
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Bodies are JSON (merge-patch for PATCH too); anything else is refused before parsing. */
const requireJsonBody: MiddlewareHandler<AppBindings> = async (c, next) => {
  // Action routes (accept, withdraw) take no body; any body that is sent must be JSON. An empty
  // body counts as none, and no body reads as an empty one (asking `c.req.raw.body` whether there
  // is one would build a full Request on Node).
  if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && !c.req.path.startsWith(importPathPrefix)) {
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
      let text: string
      try {
        text = strictUtf8.decode(body)
      } catch {
        throw new DomainError('invalid_json', 'The request body is not valid UTF-8')
      }
      // Parsed once for the validators, which would otherwise wrap the bytes in a new Response to
      // parse them. Malformed JSON is left to them (a route without a body schema ignores a body).
      try {
        const parsed: unknown = JSON.parse(text)
        c.req.bodyCache.json = Promise.resolve(parsed)
      } catch {
        // The validator reads it again and answers invalid_json.
      }
    }
  }
  await next()
}

/**
 * The request id (always ours: a client's X-Request-Id could collide with or forge another
 * request's in the audit log and logs; a well-formed one is kept beside it), the request's logger,
 * and one log line per request once it is answered.
 */
function requestContext(deps: AppDeps): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const requestId = crypto.randomUUID()
    const sent = c.req.header('x-request-id')
    const clientRequestId = sent !== undefined && clientRequestIdPattern.test(sent) ? sent : undefined
    c.set('requestId', requestId)
    c.set('clientRequestId', clientRequestId)
    c.set('deps', deps)
    const logger = deps.logger.child({ requestId, clientRequestId })
    c.set('logger', logger)
    const started = performance.now()
    await withResponseHeaders(c, next, [['x-request-id', requestId]])
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  }
}

/**
 * The Workers ExecutionContext, asked for only when a lease is released: `c.executionCtx` throws
 * outside Workers, and an Error (its stack) per request on Node was a measurable cost. Node's
 * lease never calls it.
 */
function lazyExecutionCtx(c: Context<AppBindings>): { waitUntil(promise: Promise<unknown>): void } {
  return {
    waitUntil(promise) {
      try {
        c.executionCtx.waitUntil(promise)
      } catch {
        // Not on Workers: nothing outlives the request there to wait for.
      }
    },
  }
}
