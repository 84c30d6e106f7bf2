import type { Queryable } from './client.js'

export interface UsageCharge {
  bucket: string
  windowSeconds: number
  /** Units to add; 0 reads the bucket (and restarts an expired window) without using any. */
  cost: number
}

export interface BucketUsage {
  bucket: string
  /** Units used in the current window, this charge included. */
  used: number
  /** Whole seconds until the window restarts (at least 1). */
  resetSeconds: number
}

/**
 * The upsert's conflict clause both counters share: the inserted `used` is added to the key's
 * bucket, or starts it again once its window has run out.
 */
function addToWindow(sql: Queryable) {
  const expired = sql`rate_limit_counters.window_started_at + make_interval(secs => rate_limit_counters.window_seconds) <= now()`
  return sql`
    on conflict (api_key_id, bucket) do update set
      window_seconds = excluded.window_seconds,
      window_started_at = case when ${expired} then now() else rate_limit_counters.window_started_at end,
      used = case when ${expired} then excluded.used else rate_limit_counters.used + excluded.used end
  `
}

/**
 * Adds each charge to its bucket of this key in one atomic statement: concurrent requests queue
 * on the row lock, so each sees a distinct total and no more than the limit can pass. A window
 * that has run out restarts with this charge. The embedding budget's charges (writes are rare);
 * request counts take their quota in leases (`leaseQuota`).
 */
export async function chargeUsage(sql: Queryable, apiKeyId: string, charges: readonly UsageCharge[]): Promise<BucketUsage[]> {
  if (charges.length === 0) return []
  const rows = charges.map((charge) => ({ apiKeyId, bucket: charge.bucket, windowSeconds: charge.windowSeconds, used: charge.cost }))
  const values = sql(rows, 'apiKeyId', 'bucket', 'windowSeconds', 'used')
  // No table alias: postgres.js reads `as ${…}` as a select list.
  return await sql<BucketUsage[]>`
    insert into rate_limit_counters ${values}
    ${addToWindow(sql)}
    returning bucket, used,
      greatest(1, ceil(extract(epoch from window_started_at + make_interval(secs => window_seconds) - now())))::int as reset_seconds
  `
}

export interface Lease {
  /** Units this lease grants (0 when the window's quota is all leased out). */
  granted: number
  /** Units of the quota no server held or had used once this lease was taken. */
  unleased: number
  /** Milliseconds until the window restarts, measured on the database's clock. */
  resetMs: number
  /** The window's start in microseconds since 1970, naming it for `returnLease`. */
  windowId: number
}

/**
 * Leases up to `size` units of a key's quota in its current window, in one atomic statement (the
 * window restarts here once it has run out). `used` counts every unit asked for, so a lease's
 * grant follows from the total before it: the first asks, in lock order, get the quota and no
 * more, however many servers ask at once.
 */
export async function leaseQuota(sql: Queryable, apiKeyId: string, bucket: string, windowSeconds: number, quota: number, size: number): Promise<Lease> {
  const [row] = await sql<{ used: number; resetMs: number; windowId: number }[]>`
    insert into rate_limit_counters (api_key_id, bucket, window_seconds, used)
    values (${apiKeyId}, ${bucket}, ${windowSeconds}, ${size})
    ${addToWindow(sql)}
    returning used,
      (extract(epoch from window_started_at + make_interval(secs => window_seconds) - now()) * 1000)::float8 as reset_ms,
      ${windowIdOf(sql)} as window_id
  `
  const before = row!.used - size
  const granted = Math.max(0, Math.min(size, quota - before))
  return { granted, unleased: Math.max(0, quota - row!.used), resetMs: row!.resetMs, windowId: row!.windowId }
}

/** A window named by its start in microseconds (a Date would lose the microseconds). */
const windowIdOf = (sql: Queryable) => sql`(extract(epoch from window_started_at) * 1000000)::int8`

/**
 * Gives back `units` of a lease nobody will use, if its window is still the current one. The
 * units granted so far are min(used, quota) (asks past the quota got nothing), so that, less the
 * units given back, is the new total.
 */
export async function returnLease(sql: Queryable, apiKeyId: string, bucket: string, windowId: number, quota: number, units: number): Promise<void> {
  await sql`
    update rate_limit_counters set used = greatest(0, least(used, ${quota}) - ${units})
    where api_key_id = ${apiKeyId} and bucket = ${bucket} and ${windowIdOf(sql)} = ${windowId}
  `
}

/**
 * Search documents a request changed, from its audit events: each is one text queued for
 * embedding (an upper bound: the indexer skips a text whose content did not change), except needs
 * whose visibility is not shared with the provider. Matched on key and request id.
 */
export async function countIndexedWrites(sql: Queryable, apiKeyId: string, requestId: string, sharedNeedVisibilities: readonly string[]): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from audit_events
    where request_id = ${requestId} and actor_key_id = ${apiKeyId}
      -- An accept starting its need changes no searchable text.
      and action <> 'need.start'
      and (entity_type in ('expert', 'society', 'workstation')
           or (entity_type = 'need' and after->>'visibility' = any(${sharedNeedVisibilities as string[]}::text[])))
  `
  return row!.count
}
