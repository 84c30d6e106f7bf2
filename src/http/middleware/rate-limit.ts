import type { MiddlewareHandler } from 'hono'
import type { Config } from '../../platform/config.js'
import { type BucketUsage, chargeUsage } from '../../platform/db/rate-limits.js'
import type { PolicyState, RateLimitPolicy as Policy, RateLimiter } from '../../platform/rate-limiter.js'
import {
  type EmbeddingBudget,
  budgetExhausted,
  chargeQueuedEmbeddings,
  embeddingBucket,
  embeddingBudgetOf,
  embeddingCharge,
} from '../../modules/matching/embedding-budget.js'
import { DomainError } from '../../core/errors.js'
import type { AppBindings } from '../../platform/http/types.js'
import { withResponseHeaders } from './response-headers.js'

export interface RateLimitPolicy extends Policy {
  name: 'default' | 'candidates'
}

/** Rankings, both directions: a need's candidates (and its teams), and the needs recommended for a candidate. */
const candidatesPath = /^\/v1\/(needs\/[^/]+\/(candidates|teams)|(experts|societies|workstations)\/[^/]+\/recommended-needs)\/?$/
/**
 * Writes that can change a search document's text, and so queue embeddings: creates and updates
 * of needs, experts, societies and workstations (not the actions below them, such as
 * /v1/needs/{id}/matches), and bulk imports.
 */
const embeddingWritePaths = [/^\/v1\/(needs|experts|societies|workstations)(\/[^/]+)?\/?$/, /^\/v1\/import\//]
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The request-count policies that apply to a request to `path`; none when limiting is off. */
export function policiesFor(config: Config, path: string): RateLimitPolicy[] {
  if (!config.RATE_LIMIT_ENABLED) return []
  const windowSeconds = config.RATE_LIMIT_WINDOW_SECONDS
  const policies: RateLimitPolicy[] = []
  if (config.RATE_LIMIT_REQUESTS > 0) policies.push({ name: 'default', quota: config.RATE_LIMIT_REQUESTS, windowSeconds })
  if (config.RATE_LIMIT_CANDIDATES > 0 && candidatesPath.test(path)) {
    policies.push({ name: 'candidates', quota: config.RATE_LIMIT_CANDIDATES, windowSeconds })
  }
  return policies
}

export function queuesEmbeddings(method: string, path: string): boolean {
  return writeMethods.has(method) && embeddingWritePaths.some((pattern) => pattern.test(path))
}

/**
 * `RateLimit-Policy` and `RateLimit` as in draft-ietf-httpapi-ratelimit-headers (-10/-11):
 * Structured Field lists with one item per policy, named by a string. A policy whose remainder
 * the limiter cannot know (Cloudflare's binding, until it refuses) has no `RateLimit` item.
 */
export function rateLimitHeaders(policies: readonly RateLimitPolicy[], states: readonly PolicyState[]): Record<string, string> {
  const headers: Record<string, string> = { 'ratelimit-policy': policies.map((p) => `"${p.name}";q=${p.quota};w=${p.windowSeconds}`).join(', ') }
  const items = policies.flatMap((policy, i) => {
    const state = states[i]!
    return state.remaining === undefined ? [] : [`"${policy.name}";r=${Math.max(0, state.remaining)};t=${state.resetSeconds}`]
  })
  if (items.length > 0) headers.ratelimit = items.join(', ')
  return headers
}

/**
 * Counts every authenticated /v1 request against its key's policies through `limiter` and answers
 * 429 past them; checks and charges the embedding budget of writes that queue embeddings (a
 * database charge per such write, before and after it ran). Runs after `authenticate`: a request
 * without a valid key is refused there and counts against nothing.
 */
export function rateLimit(limiter: RateLimiter): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const { config } = c.get('deps')
    const { keyId } = c.get('principal')
    const policies = policiesFor(config, c.req.path)
    const budget = queuesEmbeddings(c.req.method, c.req.path) ? embeddingBudgetOf(config) : null
    if (policies.length === 0 && !budget) return next()

    const taken = policies.map((policy) => limiter.take(c.get('sql'), keyId, policy))
    // Most requests are answered from the lease in hand: no promise to wait for.
    const states = taken.some((state) => state instanceof Promise) ? await Promise.all(taken) : (taken as PolicyState[])
    const headers = policies.length > 0 ? rateLimitHeaders(policies, states) : {}
    checkLimits(policies, states, headers)
    if (budget) checkBudget(budget, await chargeUsage(c.get('sql'), keyId, [embeddingCharge(budget, 0)]), headers)

    // Set after the handler only, they cost 40% of a GET /v1/me (bench:overhead): see withResponseHeaders.
    await withResponseHeaders(c, next, Object.entries(headers))
    if (budget) {
      // The write has committed: a failure to count it must not turn its answer into an error.
      await chargeQueuedEmbeddings(c.get('sql'), keyId, c.get('requestId'), budget).catch((error: unknown) =>
        c.get('logger').warn('embedding budget not charged', { error: String(error) }),
      )
    }
  }
}

function checkLimits(policies: readonly RateLimitPolicy[], states: readonly PolicyState[], headers: Record<string, string>): void {
  const exceeded = policies.flatMap((policy, i) => (states[i]!.allowed ? [] : [{ policy, state: states[i]! }]))
  if (exceeded.length === 0) return
  const retryAfter = Math.max(...exceeded.map((e) => e.state.resetSeconds))
  const what = exceeded.map((e) => `${e.policy.quota} ${e.policy.name === 'default' ? 'requests' : 'candidate rankings'} per ${e.policy.windowSeconds} s`).join(' and ')
  throw new DomainError('rate_limited', `This key is limited to ${what}; retry in ${retryAfter} s`, {
    headers: { ...headers, 'retry-after': String(retryAfter) },
  })
}

function checkBudget(budget: EmbeddingBudget, usage: readonly BucketUsage[], headers: Record<string, string>): void {
  const state = usage.find((u) => u.bucket === embeddingBucket)!
  if (state.used >= budget.quota) throw budgetExhausted(budget, state, headers)
}
