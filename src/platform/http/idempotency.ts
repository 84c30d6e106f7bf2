import type { Context } from 'hono'
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  reclaimAbandonedKey,
  releaseIdempotencyKey,
} from '../db/idempotency.js'
import { DomainError } from '../../core/errors.js'
import type { AppBindings } from './types.js'
import { sha256Hex } from '../digest.js'

const keyPattern = /^[\x21-\x7e]{1,255}$/
const abandonedAfterSeconds = 60
const replayedHeaders = ['content-type', 'etag', 'location']

/** Sorted keys, so the same JSON in another key order counts as the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * Idempotency-Key for creates (IETF draft-ietf-httpapi-idempotency-key-header): the same key with
 * the same body replays the first response; with another body it is 422; while the first is
 * still running it is 409. Keys are per API key and kept for 24 hours. A failed request releases
 * its key so the client can retry.
 */
export async function withIdempotency<R extends Response>(
  c: Context<AppBindings>,
  body: unknown,
  run: () => Promise<R>,
): Promise<R> {
  const key = c.req.header('idempotency-key')
  if (key === undefined) return run()
  if (!keyPattern.test(key)) {
    throw new DomainError('validation_failed', 'header.idempotency-key: 1–255 visible ASCII characters', {
      errors: [{ path: 'header.idempotency-key', message: '1–255 visible ASCII characters' }],
    })
  }
  const sql = c.get('sql')
  const ref = { apiKeyId: c.get('principal').keyId, key }
  const requestHash = sha256Hex(`${c.req.method} ${c.req.path}\n${canonicalJson(body)}`)
  const requestId = c.get('requestId')
  const existing = await claimIdempotencyKey(sql, ref, { method: c.req.method, path: c.req.path, requestHash, requestId })
  if (existing) {
    if (existing.requestHash !== requestHash) {
      throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was used for a different request; use a new key')
    }
    if (existing.state === 'completed') {
      const headers = new Headers(existing.responseHeaders ?? {})
      headers.set('idempotent-replayed', 'true')
      return new Response(existing.responseBody, { status: existing.responseStatus ?? 200, headers }) as R
    }
    const taken = existing.ageSeconds < abandonedAfterSeconds ? null : await reclaimAbandonedKey(sql, ref, abandonedAfterSeconds, requestId)
    if (taken && !taken.reclaimed) {
      // Its write committed and only its answer was lost (the process or its connection died
      // between the two): running it again would write twice.
      const wrote = taken.writes.map((write) => `${write.entityType} ${write.entityId}`).join(', ')
      throw new DomainError('conflict', `The first request with this Idempotency-Key was carried out (it wrote ${wrote}), but its answer was lost; read what it wrote instead of retrying`, {
        writes: taken.writes,
      })
    }
    if (!taken) {
      throw new DomainError('idempotency_in_progress', 'The first request with this Idempotency-Key has not finished; retry shortly', {
        headers: { 'retry-after': '1' },
      })
    }
  }
  let response: R
  try {
    response = await run()
  } catch (error) {
    await releaseIdempotencyKey(sql, ref)
    throw error
  }
  const headers = Object.fromEntries(
    replayedHeaders.flatMap((name) => {
      const value = response.headers.get(name)
      return value ? [[name, value]] : []
    }),
  )
  await completeIdempotencyKey(sql, ref, { status: response.status, headers, body: await response.clone().text() })
  return response
}
