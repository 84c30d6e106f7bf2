import type { Queryable } from './client.js'

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
  request: { method: string; path: string; requestHash: string },
): Promise<IdempotencyRecord | null> {
  // One statement: a record past its expiry is taken over as a fresh claim, a live one is left.
  const claimed = await sql`
    insert into idempotency_records as r (api_key_id, idempotency_key, method, path, request_hash, state)
    values (${ref.apiKeyId}, ${ref.key}, ${request.method}, ${request.path}, ${request.requestHash}, 'in_progress')
    on conflict (api_key_id, idempotency_key) do update set
      method = excluded.method, path = excluded.path, request_hash = excluded.request_hash, state = 'in_progress',
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

/** Takes over a claim whose request died without finishing. */
export async function reclaimAbandonedKey(sql: Queryable, ref: IdempotencyKeyRef, olderThanSeconds: number): Promise<boolean> {
  const rows = await sql`
    update idempotency_records set created_at = now()
    where api_key_id = ${ref.apiKeyId} and idempotency_key = ${ref.key} and state = 'in_progress'
      and created_at < now() - make_interval(secs => ${olderThanSeconds})
    returning 1
  `
  return rows.length > 0
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
