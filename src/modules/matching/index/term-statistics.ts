import type { Queryable, Sql } from '../../../platform/db/client.js'

/**
 * The term statistics BM25 reads: how many documents hold each lexeme (`match_term_statistics`,
 * rebuilt, not maintained per write) and the corpus totals (`match_term_totals`).
 */

/** BM25's inverse document frequency of a term held by `documents` of `total` (never negative). */
export function inverseDocumentFrequency(documents: number, total: number): number {
  return Math.log(1 + (total - documents + 0.5) / (documents + 0.5))
}

/**
 * How many documents hold each of some terms, and over how many documents that was counted. Needs
 * are counted with the candidates: a word every need uses (希望, 目前, 问题) is a common term of the
 * query side even where few profiles hold it, and a search reads their postings too.
 */
export interface TermDocumentCounts {
  /** Documents at the last refresh; null before the first one. */
  total: number | null
  /** Mean distinct lexemes of a candidate document at the last refresh (counted now before the first). */
  averageLength: number
  /** Per term: from the statistics, else 1 if some candidate document holds it (a new term), else 0. */
  documents: Map<string, number>
}

/**
 * Document counts for a query's terms. A term the statistics do not know (they are rebuilt, not
 * maintained per write) is probed in the postings, so a term added since the last refresh is
 * still found and a term no document holds costs nothing later.
 */
export async function termDocumentCounts(sql: Queryable, terms: string[]): Promise<TermDocumentCounts> {
  if (terms.length === 0) return { total: null, averageLength: 1, documents: new Map() }
  // One statement: the totals ride on every term's row (each statement is a round trip).
  const rows = await sql<{ lexeme: string; documents: number; total: number | null; averageLength: number | null }[]>`
    select q.lexeme,
      coalesce(s.documents, case when probe.held then 1 else 0 end) as documents,
      totals.total, totals.average_length
    from unnest(${terms}::text[]) as q(lexeme)
    left join match_term_statistics s on s.lexeme = q.lexeme
    -- A probe per unknown term, by key. Written as EXISTS, the planner could hash every candidate
    -- posting once per statement instead (10-700 ms under the load's writes, measured).
    left join lateral (
      select true as held from match_postings p
      where s.documents is null and p.lexeme = q.lexeme and p.kind <> 'need'
      limit 1
    ) probe on true
    cross join (
      select t.documents as total,
        coalesce(t.average_length, (select avg(length(d.terms))::float8 from match_documents d where d.kind <> 'need')) as average_length
      from (select 1) one left join match_term_totals t on true
    ) totals
  `
  const documents = new Map(rows.map((row) => [row.lexeme, row.documents]))
  return { total: rows[0]?.total ?? null, averageLength: rows[0]?.averageLength ?? 1, documents }
}

/** True when documents changed (written or removed) since the term statistics were taken. */
export async function termStatisticsStale(sql: Queryable): Promise<boolean> {
  const [row] = await sql<{ stale: boolean }[]>`
    select coalesce((
      select t.refreshed_at < (select max(d.updated_at) from match_documents d)
        or t.documents <> (select count(*) from match_documents d)
      from match_term_totals t
    ), true) as stale
  `
  return row!.stale
}

/**
 * Recounts every lexeme over all documents (ts_stat reads them all), replacing the old
 * counts in one transaction so readers see either, and refreshes the planner's statistics (the
 * embedded database has no autovacuum).
 */
export async function refreshTermStatistics(sql: Sql): Promise<{ lexemes: number; documents: number }> {
  const totals = await sql.begin(async (tx) => {
    // A full recount outlasts the per-request statement deadline on a large corpus.
    await tx`set local statement_timeout = 0`
    await tx`delete from match_term_statistics`
    const [counted] = await tx<{ lexemes: number }[]>`
      with inserted as (
        insert into match_term_statistics (lexeme, documents)
        select word, ndoc from ts_stat('select terms from match_documents')
        returning 1
      )
      select count(*)::int as lexemes from inserted
    `
    const [total] = await tx<{ documents: number }[]>`
      insert into match_term_totals (documents, average_length, refreshed_at)
      select count(*), avg(length(terms)) filter (where kind <> 'need'), now() from match_documents
      on conflict (singleton) do update set
        documents = excluded.documents, average_length = excluded.average_length, refreshed_at = excluded.refreshed_at
      returning documents
    `
    return { lexemes: counted!.lexemes, documents: total!.documents }
  })
  await sql`analyze match_documents`
  return totals
}
