import type { Queryable, Sql } from './client.js'

/**
 * SQL only the latency benchmark (scripts/bench-latency.ts) needs: a scratch database per run,
 * the expert vector index dropped while vectors are bulk-loaded and rebuilt after, and statistics
 * refreshed as autovacuum would eventually do.
 */

const benchDatabaseName = /^bench_[a-z0-9_]{1,50}$/

function checkedName(name: string): string {
  if (!benchDatabaseName.test(name)) throw new Error(`not a benchmark database name: ${name}`)
  return name
}

export async function createBenchDatabase(admin: Sql, name: string): Promise<void> {
  await admin`create database ${admin(checkedName(name))}`
}

export async function dropBenchDatabase(admin: Sql, name: string): Promise<void> {
  await admin`drop database if exists ${admin(checkedName(name))} with (force)`
}

/** The expert HNSW index of these dimensions; `ensureVectorIndexes` makes it again under the same name. */
export async function dropExpertVectorIndex(sql: Queryable, dimensions: number): Promise<void> {
  if (!Number.isInteger(dimensions) || dimensions < 8 || dimensions > 4000) throw new Error(`bad dimensions ${dimensions}`)
  await sql.unsafe(`drop index if exists match_embeddings_expert_${dimensions}_idx`)
}

/**
 * Memory for index builds in this transaction: an HNSW graph that does not fit is built much more
 * slowly (pgvector says so in a notice).
 */
export async function setIndexBuildMemory(sql: Queryable, size: string): Promise<void> {
  await sql`select set_config('maintenance_work_mem', ${size}, true)`
}

/** Vacuums and refreshes planner statistics over every table (visibility maps for index-only scans). */
export async function vacuumAnalyze(sql: Sql): Promise<void> {
  await sql`vacuum analyze`
}

/** How many documents of these kinds hold at least one of the terms: the documents a search scores. */
export async function countFullTextMatches(sql: Queryable, terms: readonly string[], kinds: readonly string[], availableOnly: boolean): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from match_documents d
    where (d.kind, d.id) in (
        select p.kind, p.id from match_postings p
        where p.lexeme = any(${terms as string[]}::text[]) and p.kind = any(${kinds as string[]}::text[]::document_kind[])
      )
      ${availableOnly ? sql`and d.available` : sql``}
  `
  return row!.count
}

export interface RelationSize {
  name: string
  bytes: number
}

/** Sizes of the matching tables and their indexes, to tell what fits in memory. */
export async function matchingRelationSizes(sql: Queryable): Promise<RelationSize[]> {
  return sql<RelationSize[]>`
    select c.relname as name, pg_relation_size(c.oid)::float8 as bytes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'i')
      and (c.relname like 'match_documents%' or c.relname like 'match_embeddings%')
    order by c.relname
  `
}
