import type { ExecutionContext, Fetcher, Hyperdrive, RateLimit, ScheduledController } from '@cloudflare/workers-types'
import { createApp } from './http/app.js'
import { type Config, ConfigError, parseConfig } from './platform/config.js'
import { createSql } from './platform/db/client.js'
import { migrationManifest } from './platform/db/migrations.manifest.js'
import { type Logger, createLogger } from './platform/logger.js'
import { createBindingRateLimiter } from './platform/rate-limiter.js'
import { runScheduledWork } from './modules/engagements/scheduled.js'
import { createIndexingDeps } from './modules/matching/index/indexer-deps.js'
import type { AppOpenAPI } from './platform/http/types.js'
import { docsAssetTypes } from './http/docs/docs.page.js'
import { provideHighsWasm } from './modules/events/index.js'
// The events' MILP solver, compiled by wrangler (wrangler.toml [[rules]] CompiledWasm). A path, not
// the package's `highs/runtime` export: wrangler's module rules match the import's own name.
import highsWasm from '../node_modules/highs/build/highs.wasm'

provideHighsWasm(highsWasm)

interface WorkerEnv {
  HYPERDRIVE: Hyperdrive
  /** Static assets (wrangler.toml [assets]): the docs page's Swagger UI files. */
  ASSETS?: Fetcher
  /** Cloudflare's rate limiting bindings (wrangler.toml [[ratelimits]]), one per policy. */
  RATE_LIMITER_DEFAULT?: RateLimit
  RATE_LIMITER_CANDIDATES?: RateLimit
  [setting: string]: unknown
}

/**
 * Workers forbid sharing I/O objects between requests, so each request (and each cron run)
 * gets its own postgres.js client over Hyperdrive, ended after the response is sent.
 */
function openSql(env: WorkerEnv) {
  // fetch_types stays on: without it postgres.js cannot send or parse text[] and uuid[] columns.
  // No custom startup parameters: Hyperdrive pools the origin's sessions, so the vector search
  // sets its own in a transaction (vector-search.ts tells a session without them apart), and plans
  // are the origin's default.
  return createSql(env.HYPERDRIVE.connectionString, { max: 5, connectTimeoutSeconds: 5, vectorSearchSession: false, genericPlans: false })
}

/**
 * The docs page's files from the static assets, so /docs loads nothing from a CDN. Only the
 * whitelisted names are asked for; the host in the URL is ignored by the assets binding.
 */
async function readDocsAsset(env: WorkerEnv, file: string): Promise<Uint8Array | null> {
  if (!env.ASSETS || !Object.hasOwn(docsAssetTypes, file)) return null
  const res = await env.ASSETS.fetch(`https://assets.invalid/${file}`)
  if (res.ok) return new Uint8Array(await res.arrayBuffer())
  await res.body?.cancel()
  return null
}

/** Requests are counted by Cloudflare's rate limiting bindings, whose limits wrangler.toml sets. */
function bindingRateLimiter(env: WorkerEnv, config: Config) {
  if (!config.RATE_LIMIT_ENABLED) return undefined
  const { RATE_LIMITER_DEFAULT: limiter, RATE_LIMITER_CANDIDATES: candidates } = env
  const issues = [
    ...(limiter && candidates ? [] : ['RATE_LIMITER_DEFAULT, RATE_LIMITER_CANDIDATES: rate limiting bindings missing (wrangler.toml [[ratelimits]]); or set RATE_LIMIT_ENABLED=false']),
    ...([10, 60].includes(config.RATE_LIMIT_WINDOW_SECONDS) ? [] : ['RATE_LIMIT_WINDOW_SECONDS: must be 10 or 60 on Workers (the rate limiting binding\'s periods)']),
  ]
  if (issues.length > 0) throw new ConfigError(issues)
  return createBindingRateLimiter({ default: limiter!, candidates: candidates! })
}

let isolate: { app: AppOpenAPI; config: Config; logger: Logger } | undefined

/** Config is parsed once per isolate; a bad setting fails every request with the same message. */
function init(env: WorkerEnv) {
  if (isolate) return isolate
  const config = parseConfig(env)
  const logger = createLogger(config.LOG_LEVEL)
  const app = createApp({
    config,
    logger,
    migrations: migrationManifest,
    openDatabase: (_env, executionCtx) => {
      const sql = openSql(env)
      return { sql, release: () => executionCtx?.waitUntil(sql.end({ timeout: 5 })) }
    },
    retrievers: (sql) => createIndexingDeps(config, sql, logger),
    readDocsAsset: (file) => readDocsAsset(env, file),
    rateLimiter: bindingRateLimiter(env, config),
  })
  isolate = { app, config, logger }
  return isolate
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    return init(env).app.fetch(request, env, ctx)
  },
  async scheduled(controller: ScheduledController, env: WorkerEnv, ctx: ExecutionContext) {
    const { config, logger } = init(env)
    const sql = openSql(env)
    const cronLogger = logger.child({ cron: controller.cron })
    ctx.waitUntil(
      runScheduledWork({ sql, config, logger: cronLogger, indexing: createIndexingDeps(config, sql, cronLogger) }).finally(() =>
        sql.end({ timeout: 5 }),
      ),
    )
  },
}
