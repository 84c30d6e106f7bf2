import type { Queryable } from './client.js'

/**
 * SQL only the load and fault scripts (scripts/load.ts, scripts/faults.ts) need: after a run,
 * whether every write the service acknowledged is in the database exactly once.
 */

export interface TitleCount {
  title: string
  count: number
  ids: string[]
}

/** Needs whose title starts with `prefix` (a run's own titles), grouped by title. */
export async function needsByTitlePrefix(sql: Queryable, prefix: string): Promise<TitleCount[]> {
  const pattern = `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  return sql<TitleCount[]>`
    select title, count(*)::int as count, array_agg(id::text order by id) as ids
    from needs where title like ${pattern}
    group by title
  `
}

/** How many idempotency records each of these keys has for this API key (at most one by design). */
export async function idempotencyRecordCounts(sql: Queryable, apiKeyHash: string, keys: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql<{ idempotencyKey: string; count: number }[]>`
    select r.idempotency_key, count(*)::int as count
    from idempotency_records r join api_keys k on k.id = r.api_key_id
    where k.key_hash = ${apiKeyHash} and r.idempotency_key = any(${keys as string[]}::text[])
    group by r.idempotency_key
  `
  return new Map(rows.map((row) => [row.idempotencyKey, row.count]))
}

export interface MatchState {
  id: string
  needId: string
  status: string
}

export async function matchStates(sql: Queryable, ids: readonly string[]): Promise<MatchState[]> {
  return sql<MatchState[]>`select id, need_id, status from matches where id = any(${ids as string[]}::uuid[])`
}

/** Accepted invitations per need, for these needs. */
export async function acceptedMatchesPerNeed(sql: Queryable, needIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql<{ needId: string; count: number }[]>`
    select need_id, count(*)::int as count from matches
    where need_id = any(${needIds as string[]}::uuid[]) and status = 'accepted'
    group by need_id
  `
  return new Map(rows.map((row) => [row.needId, row.count]))
}

export interface BackendActivity {
  state: string | null
  waitEvent: string | null
  seconds: number | null
  query: string
}

/** What the other sessions on this database are doing, to tell a stuck request's cause. */
export async function databaseActivity(sql: Queryable): Promise<BackendActivity[]> {
  return sql<BackendActivity[]>`
    select state, concat_ws(':', wait_event_type, wait_event) as wait_event,
           round(extract(epoch from now() - query_start)::numeric, 1)::float8 as seconds, left(query, 80) as query
    from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
    order by query_start
  `
}
