import type { Queryable } from './db/client.js'
import { leaseQuota, returnLease } from './db/rate-limits.js'

/** A quota of requests per window for each API key, counted in its own bucket. */
export interface RateLimitPolicy {
  /** The policy's name in the RateLimit headers and its counter's bucket. */
  name: string
  quota: number
  windowSeconds: number
}

export interface PolicyState {
  /** Whether this request is within the policy; a refused request uses nothing. */
  allowed: boolean
  /** Requests left in the window as far as this limiter knows, or undefined if it cannot know. */
  remaining: number | undefined
  /** Whole seconds until the window restarts (at least 1). */
  resetSeconds: number
}

/**
 * Counts requests against policies. Chosen once per runtime: the leased counter over the database
 * on Node (`createLeasedRateLimiter`), Cloudflare's rate limiting binding on Workers
 * (`createBindingRateLimiter`).
 */
export interface RateLimiter {
  /**
   * Counts one request of the key against the policy. `sql` is the request's database handle.
   * Answers at once (no promise) when it needs to wait for nothing, as most requests on Node.
   */
  take(sql: Queryable, keyId: string, policy: RateLimitPolicy): PolicyState | Promise<PolicyState>
}

export interface LeasedRateLimiter extends RateLimiter {
  /** Gives back the leased units this process holds and will not use (a server stopping). */
  release(sql: Queryable): Promise<void>
}

/** Units a server leases at once: a twentieth of the quota, at least 1 and at most `maxLease`. */
export function leaseSize(quota: number, maxLease = 100): number {
  return Math.max(1, Math.min(maxLease, Math.floor(quota / 20)))
}

interface Bucket {
  keyId: string
  policy: RateLimitPolicy
  /** The database's name for the window of the lease held. */
  windowId: number
  /** `performance.now()` by which the window has restarted; the lease is dropped then. */
  windowEndsAt: number
  /** Leased units not handed out yet. */
  held: number
  /** Units nobody had leased at this server's last lease. */
  unleased: number
  /** The last lease found the quota all leased out: refuse until the window restarts. */
  exhausted: boolean
  renewing: Promise<void> | undefined
}

/**
 * Rate limiting for servers sharing one database: each server counts in its own memory and takes
 * quota from the key's row in `rate_limit_counters` in leases of `leaseSize(quota)` units (30 of
 * the default 600), so the hot row is written once per lease rather than once per request.
 *
 * Bound: never more than `quota` requests pass in a window, however many servers serve the key.
 * The database grants at most the quota per window in all, and a server hands out leased units
 * only until the window's end, which it places no later than the database's (the time left is
 * measured by the database's clock and counted from before the statement was sent). The price
 * is the other way: a key can be refused while other servers still hold unused units, at most one
 * lease per server per key and policy. A server that stops gives back what it holds
 * (`release`, if the window is still running); one that crashes loses it for the rest of that
 * window, and it is never handed to anyone else.
 *
 * `remaining` is the units this server holds plus those nobody had leased at its last lease:
 * exact with one server; with several, units other servers hold count as used, so it is never
 * more than what was truly left then, but it learns of leases other servers took since only at
 * its own next lease.
 */
export function createLeasedRateLimiter(options: { maxLease?: number } = {}): LeasedRateLimiter {
  const buckets = new Map<string, Bucket>()

  async function renew(sql: Queryable, bucket: Bucket) {
    const { keyId, policy } = bucket
    const sentAt = performance.now()
    const lease = await leaseQuota(sql, keyId, policy.name, policy.windowSeconds, policy.quota, leaseSize(policy.quota, options.maxLease))
    bucket.windowEndsAt = sentAt + lease.resetMs
    bucket.windowId = lease.windowId
    bucket.held = lease.granted
    bucket.unleased = lease.unleased
    bucket.exhausted = lease.granted === 0
    if (buckets.size > 10_000) forgetEnded(performance.now())
  }

  /** Drops the buckets of keys whose window is over, at most once a second. */
  let sweptAt = 0
  function forgetEnded(now: number) {
    if (now - sweptAt < 1000) return
    sweptAt = now
    for (const [id, bucket] of buckets) if (bucket.windowEndsAt <= now && !bucket.renewing) buckets.delete(id)
  }

  /** The request's answer from what this server holds, or undefined when it must lease first. */
  function takeHeld(bucket: Bucket): PolicyState | undefined {
    const now = performance.now()
    if (now >= bucket.windowEndsAt) {
      // The window is over: what is left of its lease is never handed out.
      bucket.held = 0
      bucket.exhausted = false
      return undefined
    }
    const resetSeconds = Math.max(1, Math.ceil((bucket.windowEndsAt - now) / 1000))
    if (bucket.held > 0) {
      bucket.held -= 1
      return { allowed: true, remaining: bucket.unleased + bucket.held, resetSeconds }
    }
    return bucket.exhausted ? { allowed: false, remaining: 0, resetSeconds } : undefined
  }

  async function takeLeasing(sql: Queryable, bucket: Bucket): Promise<PolicyState> {
    for (;;) {
      // One lease at a time per key and policy: the requests that find the lease spent wait for it.
      bucket.renewing ??= renew(sql, bucket).finally(() => (bucket.renewing = undefined))
      await bucket.renewing
      const state = takeHeld(bucket)
      if (state) return state
    }
  }

  return {
    take(sql, keyId, policy) {
      const id = `${keyId}\u0000${policy.name}`
      let bucket = buckets.get(id)
      if (!bucket) buckets.set(id, (bucket = { keyId, policy, windowId: 0, windowEndsAt: 0, held: 0, unleased: 0, exhausted: false, renewing: undefined }))
      return takeHeld(bucket) ?? takeLeasing(sql, bucket)
    },

    async release(sql) {
      const now = performance.now()
      const unused = [...buckets.values()].filter((bucket) => bucket.held > 0 && now < bucket.windowEndsAt)
      for (const bucket of unused) bucket.windowEndsAt = 0
      await Promise.all(unused.map((b) => returnLease(sql, b.keyId, b.policy.name, b.windowId, b.policy.quota, b.held)))
    },
  }
}

/** Cloudflare's rate limiting binding (`[[ratelimits]]` in wrangler.toml). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

/**
 * Workers: Cloudflare's rate limiting binding, one per policy name. Its limit and period are set
 * on the binding in wrangler.toml, not here; it counts per Cloudflare location and tells only
 * whether a request passes, so `remaining` is unknown until it refuses (0), and the reset is given
 * as one period (its windows are its own).
 */
export function createBindingRateLimiter(bindings: Record<string, RateLimitBinding>): RateLimiter {
  return {
    async take(_sql, keyId, policy) {
      const binding = bindings[policy.name]
      if (!binding) throw new Error(`no rate limiting binding for the ${policy.name} policy`)
      const { success } = await binding.limit({ key: keyId })
      return { allowed: success, remaining: success ? undefined : 0, resetSeconds: policy.windowSeconds }
    },
  }
}
