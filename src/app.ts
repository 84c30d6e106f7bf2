import { bodyLimit } from 'hono/body-limit'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { ApiError } from './errors.js'
import { createRouter } from './lib/create-router.js'
import { buildOpenApiDocument, registerSecurity } from './lib/openapi.js'
import { renderProblem, toApiError } from './lib/problem.js'
import type { AppDeps, AppOpenAPI } from './lib/types.js'
import { createDocsRouter } from './routes/docs/index.js'
import { healthRouter } from './routes/health/index.js'

const maxBodyBytes = 1024 * 1024
const requestIdPattern = /^[\w.:-]{1,128}$/

/** Builds the whole API; runtime entries only supply `deps`. */
export function createApp(deps: AppDeps): AppOpenAPI {
  const app = createRouter()

  app.use(
    requestId({
      generator: () => crypto.randomUUID(),
      limitLength: 128,
    }),
  )
  app.use(async (c, next) => {
    const id = c.get('requestId')
    c.set('deps', deps)
    c.set('logger', deps.logger.child({ requestId: requestIdPattern.test(id) ? id : undefined }))
    const started = performance.now()
    await next()
    c.var.logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  })
  app.use(secureHeaders({ crossOriginResourcePolicy: 'same-origin' }))
  app.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError('payload_too_large', `Bodies are limited to ${maxBodyBytes} bytes`)
      },
    }),
  )
  app.use(async (c, next) => {
    const lease = deps.openDatabase(c.env, safeExecutionCtx(c))
    c.set('sql', lease.sql)
    try {
      await next()
    } finally {
      await lease.release()
    }
  })
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        renderProblem(
          c,
          new ApiError('method_not_allowed', `${c.req.method} is not allowed here; use ${allowed.join(', ')}`, {
            headers: { allow: allowed.join(', ') },
          }),
        ),
    }),
  )

  registerSecurity(app)
  app.route('/', healthRouter)
  app.route('/', createDocsRouter(deps))
  app.get('/openapi.json', (c) => c.json(buildOpenApiDocument(app), 200))

  app.notFound((c) => renderProblem(c, new ApiError('not_found', `No route for ${c.req.method} ${c.req.path}`)))
  app.onError((error, c) => {
    const apiError = toApiError(error)
    if (apiError.status >= 500) {
      c.var.logger?.error('request failed', { error: error instanceof Error ? error.stack : String(error) })
    }
    return renderProblem(c, apiError)
  })
  return app
}

/** `c.executionCtx` throws outside Workers; Node has nothing to wait for. */
function safeExecutionCtx(c: { executionCtx: { waitUntil(p: Promise<unknown>): void } }) {
  try {
    return c.executionCtx
  } catch {
    return undefined
  }
}
