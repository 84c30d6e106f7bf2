import type { Queryable, Sql } from './client.js'

export interface IdempotencyRecord {
  requestHash: string
  state: 'in_progress' | 'completed'
  responseStatus: number | null
  responseHeaders: Record<string, string> | null
  responseBody: string | null
  /** Seconds since the record was claimed, to tell a live request from an abandoned one. */
  ageSeconds: number
}

export interface IdempotencyKeyRef {
  apiKeyId: string
  key: string
}

/** Claims the key for this request; returns the existing record instead when there is one. */
export async function claimIdempotencyKey(
  sql: Queryable,
  ref: IdempotencyKeyRef,
  request: { method: string; path: string; requestHash: string; requestId: string },
): Promise<IdempotencyRecord | null> {
  // One statement: a record past its expiry is taken over as a fresh claim, a live one is left.
  const claimed = await sql`
    insert into idempotency_records as r (api_key_id, idempotency_key, method, path, request_hash, state, request_id)
    values (${ref.apiKeyId}, ${ref.key}, ${request.method}, ${request.path}, ${request.requestHash}, 'in_progress', ${request.requestId})
    on conflict (api_key_id, idempotency_key) do update set
      method = excluded.method, path = excluded.path, request_hash = excluded.request_hash, state = 'in_progress',
      request_id = excluded.request_id,
      response_status = null, response_headers = null, response_body = null,
      created_at = excluded.created_at, expires_at = excluded.expires_at
    where r.expires_at < now()
    returning 1
  `
  if (claimed.length > 0) return null
  const [existing] = await sql<IdempotencyRecord[]>`
    select request_hash, state, response_status, response_headers, response_body,
           extract(epoch from now() - created_at)::float8 as age_seconds
    from idempotency_records
    where api_key_id = ${ref.apiKeyId} and idempotency_key = ${ref.key}
  `
  return existing ?? null
}

/** What the request that claimed a key wrote, from the audit trail (every write is audited in its own transaction). */
export interface ClaimedWrite {
  action: string
  entityType: string
  entityId: string
}

/**
 * Takes over a claim left in progress for `olderThanSeconds`, for `requestId` to run it again;
 * unless its request's write committed (its answer was lost after), whose writes are returned
 * instead and the claim is left as it is. Null: nothing to take over (it finished meanwhile, or
 * another retry took it).
 */
export async function reclaimAbandonedKey(
  sql: Sql,
  ref: IdempotencyKeyRef,
  olderThanSeconds: number,
  requestId: string,
): Promise<{ reclaimed: true } | { reclaimed: false; writes: ClaimedWrite[] } | null> {
  return sql.begin(async (tx) => {
    const [claim] = await tx<{ requestId: string | null }[]>`
      select request_id from idempotency_records
      where api_key_id = ${ref.apiKeyId} and idempotency_key = ${ref.key} and state = 'in_progress'
        and created_at < now() - make_interval(secs => ${olderThanSeconds})
      for update
    `
    if (!claim) return null
    const writes = claim.requestId
      ? await tx<ClaimedWrite[]>`select action, entity_type, entity_id from audit_events where request_id = ${claim.requestId} order by id`
      : []
    if (writes.length > 0) return { reclaimed: false, writes }
    await tx`
      update idempotency_records set created_at = now(), request_id = ${requestId}
      where api_key_id = ${ref.apiKeyId} and idempotency_key = ${ref.key}
    `
    return { reclaimed: true }
  })
}

export async function completeIdempotencyKey(
  sql: Queryable,
  ref: IdempotencyKeyRef,
  response: { status: number; headers: Record<string, string>; body: string },
): Promise<void> {
  await sql`
    update idempotency_records
    set state = 'completed', response_status = ${response.status},
        response_headers = ${sql.json(response.headers)}, response_body = ${response.body}
    where api_key_id = ${ref.apiKeyId} and idempotency_key = ${ref.key}
  `
}

export async function releaseIdempotencyKey(sql: Queryable, ref: IdempotencyKeyRef): Promise<void> {
  await sql`delete from idempotency_records where api_key_id = ${ref.apiKeyId} and idempotency_key = ${ref.key} and state = 'in_progress'`
}

export async function purgeExpiredIdempotencyRecords(sql: Queryable): Promise<number> {
  const rows = await sql`delete from idempotency_records where expires_at < now() returning 1`
  return rows.length
}
