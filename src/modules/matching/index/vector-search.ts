import { type Sql, vectorSearchSession } from '../../../platform/db/client.js'

import { type CandidateKind, type DocumentKind, candidateKinds, documentKinds } from '../../../core/vocabulary.js'

/**
 * HNSW search effort by default. At 100k experts (bench:latency, PostgreSQL, LSA vectors of
 * 2026-12-06) recall@10 against an exact scan was 0.904 at 100, 0.928 at 200 and 0.968 at 400, at
 * 6–8 ms p50 for each; the vector search runs beside the full-text one, which takes longer.
 */
export const DEFAULT_EF_SEARCH = Number(vectorSearchSession['hnsw.ef_search'])

export interface VectorFilter {
  kinds: readonly CandidateKind[]
  model: string
  dimensions: number
  parkId?: string | undefined
  regionCode?: string | undefined
  availableOnly?: boolean | undefined
  /** Search effort: HNSW's candidate list size (higher: better recall, slower). */
  efSearch?: number | undefined
}

export interface VectorHit<K extends DocumentKind = CandidateKind> {
  kind: K
  id: string
  /** Cosine similarity, 1 = same direction. */
  score: number
}

/**
 * Nearest candidates of each kind by cosine distance over the partial HNSW index of that kind and
 * dimension. Filters are applied during the index scan with pgvector 0.8's iterative scan, so a
 * selective filter still yields `limit` rows instead of whatever survived the first ef_search.
 * `exact` bypasses the index (for measuring recall).
 */
export async function nearestCandidates(
  sql: Sql,
  query: readonly number[],
  filter: VectorFilter,
  limit: number,
  options: { exact?: boolean } = {},
): Promise<VectorHit[]> {
  const dims = filter.dimensions
  if (!Number.isInteger(dims) || dims < 8 || dims > 4000) throw new Error(`bad dimensions ${dims}`)
  if (query.length !== dims) throw new Error(`query has ${query.length} dimensions, expected ${dims}`)
  const unknownKind = filter.kinds.find((kind) => !candidateKinds.includes(kind))
  if (unknownKind) throw new Error(`unknown candidate kind ${unknownKind}`)
  const vector = `[${query.join(',')}]`
  // The planner matches the partial expression indexes only against literals (a parameter could
  // be anything in a generic plan), so kind and dimensions are written in; both are checked above.
  const typed = sql.unsafe(`e.embedding::vector(${dims})`)
  const indexed = (kind: CandidateKind) => sql.unsafe(`e.kind = '${kind}' and e.dimensions = ${dims}`)
  // Exact: ordered by an expression the index does not serve, so every row is scanned. Not by
  // turning index scans off for the statement: a session plans a statement once (client.ts), and
  // the plan made with them off would serve every later search of that session.
  const distance = options.exact ? sql`(${typed} <=> ${vector}::vector) + 0` : sql`${typed} <=> ${vector}::vector`
  const perKind = (kind: CandidateKind, branch: number) => sql`
    (select ${branch}::int as branch, e.kind, e.id, 1 - (${typed} <=> ${vector}::vector) as score
    from match_embeddings e
    join match_documents d on d.kind = e.kind and d.id = e.id
    where ${indexed(kind)} and e.model = ${filter.model}
      ${filter.availableOnly ? sql`and d.available` : sql``}
      ${filter.parkId ? sql`and (d.park_id is null or d.park_id = ${filter.parkId})` : sql``}
      ${filter.regionCode ? sql`and (d.region_code is null or d.region_code = ${filter.regionCode})` : sql``}
    order by ${distance}
    limit ${limit})
  `
  if (filter.kinds.length === 0) return []
  // One statement for every kind: each branch still walks its own partial index, and hits come
  // kind by kind, nearest first, as the retriever ranks them.
  const branches = () =>
    filter.kinds.slice(1).reduce((all, kind, index) => sql`${all} union all ${perKind(kind, index + 1)}`, perKind(filter.kinds[0]!, 0))
  // With the session's own settings (every connection of ours starts with them: client.ts), one
  // statement. Each row says which settings it was searched with, so a session without them (a
  // pooler that drops startup parameters) is caught and searched again below, settings set.
  if (filter.efSearch === undefined && !options.exact) {
    const hits = await sql<(VectorHit & { efSearch: string | null; iterativeScan: string | null })[]>`
      select kind, id, score, current_setting('hnsw.ef_search', true) as ef_search, current_setting('hnsw.iterative_scan', true) as iterative_scan
      from (${branches()}) hits order by branch, score desc
    `
    const settings = hits[0]
    if (settings && settings.efSearch === vectorSearchSession['hnsw.ef_search'] && settings.iterativeScan === vectorSearchSession['hnsw.iterative_scan']) {
      return hits.map(({ kind, id, score }) => ({ kind, id, score }))
    }
  }
  return sql.begin(async (tx) => {
    const settings = tx`
      select set_config('hnsw.iterative_scan', ${vectorSearchSession['hnsw.iterative_scan']}, true), set_config('hnsw.ef_search', ${String(filter.efSearch ?? DEFAULT_EF_SEARCH)}, true)
    `.execute()
    // Issued together, the settings and the search go in one round trip (postgres.js pipelines them, in order).
    const [hits] = await Promise.all([tx<VectorHit[]>`select kind, id, score from (${branches()}) hits order by branch, score desc`, settings])
    return hits
  })
}

/**
 * Cosine of the query to given documents of one kind, nearest first, by an exact scan of just
 * those rows: the evidence for particular pairs (explainCandidates), and the nearest needs among
 * those a caller may read (needs have no HNSW index: there are few, and the readable ones fewer).
 * Documents without a vector of this model are absent.
 */
export async function nearestAmong<K extends DocumentKind>(
  sql: Sql,
  query: readonly number[],
  filter: { kind: K; ids: readonly string[]; model: string; dimensions: number; availableOnly?: boolean | undefined },
  limit: number,
): Promise<VectorHit<K>[]> {
  const dims = filter.dimensions
  if (!Number.isInteger(dims) || dims < 8 || dims > 4000) throw new Error(`bad dimensions ${dims}`)
  if (query.length !== dims) throw new Error(`query has ${query.length} dimensions, expected ${dims}`)
  if (!documentKinds.includes(filter.kind)) throw new Error(`unknown document kind ${filter.kind}`)
  if (filter.ids.length === 0 || limit < 1) return []
  const vector = `[${query.join(',')}]`
  const typed = sql.unsafe(`e.embedding::vector(${dims})`)
  return sql<VectorHit<K>[]>`
    select e.kind, e.id, 1 - (${typed} <=> ${vector}::vector) as score
    from match_embeddings e
    join match_documents d on d.kind = e.kind and d.id = e.id
    where e.kind = ${filter.kind}::document_kind and e.dimensions = ${dims} and e.model = ${filter.model}
      and e.id = any(${filter.ids as string[]}::uuid[])
      ${filter.availableOnly ? sql`and d.available` : sql``}
    order by ${typed} <=> ${vector}::vector, e.id
    limit ${Math.floor(limit)}
  `
}
