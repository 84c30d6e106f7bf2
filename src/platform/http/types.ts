import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { Config } from '../config.js'
import type { Sql } from '../db/client.js'
import type { Migration } from '../db/migrations.js'
import type { Logger } from '../logger.js'
import type { Principal } from '../../core/principal.js'
import type { RateLimiter } from '../rate-limiter.js'

/** A database handle for one request: the Node pool, or a per-request client on Workers. */
export interface DatabaseLease {
  sql: Sql
  /** Called once the request is answered; none where the pool outlives requests (Node). */
  release?(): void | Promise<void>
}

/**
 * The search services a request ranks with. Empty here: the matching module, which owns them,
 * fills it in (`modules/matching/retrievers.ts`), so the platform stays below the features.
 */
export interface Retrievers {}

/** What a runtime adapter hands to `createApp`; nothing in the app reads the environment. */
export interface AppDeps {
  config: Config
  logger: Logger
  /** Opens (or borrows) the database for one request. */
  openDatabase(env: unknown, executionCtx: { waitUntil(promise: Promise<unknown>): void } | undefined): DatabaseLease
  /** Migrations this build expects, for readiness. */
  migrations: readonly Migration[]
  /** The retrievers for a database handle (Node: one set; Workers: per request). */
  retrievers(sql: Sql): Retrievers
  /** Reads the docs page's Swagger UI files for /docs/assets (Node: node_modules; Workers: static assets). */
  readDocsAsset?(file: string): Promise<Uint8Array | null>
  /**
   * Whether the app gzips the docs page's large files itself (Node). Workers leave it off: the
   * runtime encodes a body by its Content-Encoding, so compressing here would compress twice, and
   * Cloudflare compresses at its edge anyway.
   */
  compressDocs?: boolean
  /**
   * Counts requests against the rate limits: Cloudflare's binding on Workers; unset, a leased
   * counter over the database, one per app (Node: one per server process).
   */
  rateLimiter?: RateLimiter
  /**
   * Whether one process serves every request for its whole life (Node), so one timer may watch
   * every request's deadline. Workers leave it unset: a timer there belongs to one request.
   */
  longLived?: boolean
}

/**
 * Read a variable with `c.get('sql')`, not `c.var.sql`: Hono's `c.var` builds a new object of every
 * variable on each access (Object.fromEntries), which was 1% of a GET /v1/me's CPU in the rate
 * limiter alone (issue 17's profile).
 */
export interface AppBindings {
  Variables: {
    sql: Sql
    requestId: string
    /** The client's own X-Request-Id, if it sent a well-formed one. */
    clientRequestId: string | undefined
    deps: AppDeps
    logger: Logger
    principal: Principal
  }
}

export type AppOpenAPI = OpenAPIHono<AppBindings>
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>
