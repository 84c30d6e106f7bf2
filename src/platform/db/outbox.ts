import type { Queryable } from './client.js'
import { type DocumentKind } from '../../core/vocabulary.js'

export interface OutboxJob {
  id: number
  topic: string
  kind: DocumentKind
  entityId: string
  attempts: number
}

/** The one topic: rebuild these objects' search documents and embeddings. */
export const refreshTopic = 'document.refresh'

/** Recorded inside the transaction of the write it follows, so the two commit or vanish together. */
export async function enqueueOutbox(sql: Queryable, topic: string, kind: DocumentKind, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return
  await sql`
    insert into outbox (topic, kind, entity_id)
    select ${topic}, ${kind}::document_kind, unnest(${entityIds as string[]}::uuid[])
  `
}

/**
 * Leases due jobs: they become invisible for `leaseSeconds`, so a second drainer (another server,
 * the Worker's cron) skips them, and a drainer that dies leaves them to be retried.
 */
export async function leaseOutboxJobs(sql: Queryable, limit: number, leaseSeconds: number): Promise<OutboxJob[]> {
  return sql<OutboxJob[]>`
    update outbox o set attempts = o.attempts + 1, available_at = now() + make_interval(secs => ${leaseSeconds})
    where o.id in (
      select id from outbox where done_at is null and available_at <= now()
      order by available_at, id limit ${limit} for update skip locked
    )
    returning o.id, o.topic, o.kind, o.entity_id, o.attempts
  `
}

export async function completeOutboxJobs(sql: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  await sql`update outbox set done_at = now(), last_error = null where id = any(${ids as number[]}::bigint[])`
}

/** Gives leased jobs back, due at once and with the attempt not counted: they were not tried (shutdown). */
export async function releaseOutboxJobs(sql: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  await sql`
    update outbox set attempts = greatest(attempts - 1, 0), available_at = now()
    where id = any(${ids as number[]}::bigint[]) and done_at is null
  `
}

/** Leaves the job for a later attempt, after `retryInSeconds`. */
export async function failOutboxJob(sql: Queryable, id: number, error: string, retryInSeconds: number): Promise<void> {
  await sql`
    update outbox set last_error = ${error.slice(0, 2000)}, available_at = now() + make_interval(secs => ${retryInSeconds})
    where id = ${id}
  `
}

export interface OutboxStats {
  pending: number
  failing: number
  oldestPendingSeconds: number | null
  /** Seconds until the last pending job is due (its backoff runs out); null when none is pending. */
  lastDueInSeconds: number | null
}

export async function outboxStats(sql: Queryable): Promise<OutboxStats> {
  const [row] = await sql<OutboxStats[]>`
    select count(*)::int as pending, count(*) filter (where last_error is not null)::int as failing,
           extract(epoch from now() - min(created_at))::float8 as oldest_pending_seconds,
           extract(epoch from max(available_at) - now())::float8 as last_due_in_seconds
    from outbox where done_at is null
  `
  return row!
}

/** Finished jobs are kept a day for inspection, then dropped. */
export async function purgeFinishedOutboxJobs(sql: Queryable): Promise<number> {
  const rows = await sql`delete from outbox where done_at < now() - interval '1 day' returning 1`
  return rows.length
}

/**
 * Asks for the search document and embedding of these objects to be rebuilt. Called inside the
 * transaction of the write that changed their text, so a committed change is never left unindexed
 * and a rolled-back one never indexed.
 */
export async function requestReindex(tx: Queryable, kind: DocumentKind, ids: readonly string[]): Promise<void> {
  await enqueueOutbox(tx, refreshTopic, kind, ids)
}
