import type { Queryable } from '../../../platform/db/client.js'

import type { DocumentKind } from '../../../core/vocabulary.js'
import { sha256Hex } from '../../../platform/digest.js'

/** One lexeme of a document with its positions; weight A marks title occurrences, D body ones. */
export interface WeightedTerm {
  lexeme: string
  positions: { at: number; weight: 'A' | 'D' }[]
}

/** What both retrievers index: one document per candidate and per need. */
export interface MatchDocument {
  kind: DocumentKind
  id: string
  /** Needs and workstations belong to a park; experts and societies do not. */
  parkId: string | null
  regionCode: string | null
  available: boolean
  title: string
  body: string
}

export interface MatchDocumentWrite extends MatchDocument {
  terms: WeightedTerm[]
  contentHash: string
}

export interface MatchDocumentRef {
  kind: DocumentKind
  id: string
}

export interface FullTextQuery {
  /** The query's lexemes, already analysed; a document holding any of them is scored. */
  terms: string[]
  /** Each term's inverse document frequency, in the order of `terms`. */
  idf: number[]
  /** The mean document length (distinct lexemes) BM25 normalises by; from the term statistics. */
  averageLength: number
  kinds: DocumentKind[]
  parkId?: string | undefined
  regionCode?: string | undefined
  availableOnly?: boolean | undefined
  /** Only these documents (of the kinds above). */
  ids?: readonly string[] | undefined
  limit: number
}

/**
 * BM25's constants: k1 bounds what repeated occurrences add, b how much a long document is
 * discounted. A title occurrence counts TITLE_WEIGHT times a body one (BM25F-style).
 */
export const BM25 = { k1: 1.2, b: 0.75, titleWeight: 2 } as const

export interface FullTextRow {
  kind: DocumentKind
  id: string
  score: number
  /** Query lexemes the document holds, unordered. */
  matchedTerms: string[]
}

/**
 * The `content_hash` column: sha-256 (hex) of a document's text. NUL separates title and body; it
 * cannot occur in PostgreSQL text, so two different (title, body) pairs never hash the same input.
 */
export function contentHash(title: string, body: string): string {
  return sha256Hex(`${title}\u0000${body}`)
}

/** tsvector positions stop at 16383; later ones are clamped by PostgreSQL anyway. */
const MAX_POSITION = 16_383

/** Quotes a lexeme for tsvector/tsquery input: inside quotes only `'` and `\` are special. */
function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/**
 * The text form of a tsvector. Built here rather than with `array_to_tsvector` because ranking
 * needs positions (occurrence counts) and weights (title over body), which only the input syntax
 * can carry; every lexeme is quoted, so no character in it is parsed.
 */
export function tsvectorText(terms: WeightedTerm[]): string {
  return terms
    .filter((term) => term.lexeme !== '' && term.positions.length > 0)
    .map((term) => {
      const positions = term.positions.map((p) => `${Math.min(Math.max(Math.trunc(p.at), 1), MAX_POSITION)}${p.weight}`)
      return `${quoteLexeme(term.lexeme)}:${positions.join(',')}`
    })
    .join(' ')
}

/** An OR of quoted lexemes: user text never reaches tsquery operators, prefixes or weights. */
export function tsqueryText(terms: string[]): string {
  return terms
    .filter((term) => term !== '')
    .map(quoteLexeme)
    .join(' | ')
}

/**
 * The last title position: a document's title terms come first (`documentTerms`), so positions up
 * to this one are the title's. BM25 counts those twice without cutting the title out again.
 */
export function titleEnd(terms: WeightedTerm[]): number {
  let end = 0
  for (const term of terms) for (const position of term.positions) if (position.weight === 'A') end = Math.max(end, position.at)
  return Math.min(Math.max(Math.trunc(end), 0), MAX_POSITION)
}

/** Inserts or replaces documents; rows whose text and filters are unchanged are left untouched. */
export async function upsertMatchDocuments(sql: Queryable, docs: MatchDocumentWrite[]): Promise<void> {
  if (docs.length === 0) return
  // Columns travel as parallel arrays, enums and booleans as text[]: postgres.js serialises only
  // array types it knew when the connection opened, and the enum may be newer than that. One statement cannot update a row twice: the last version of a document wins.
  const unique = [...new Map(docs.map((doc) => [`${doc.kind}:${doc.id}`, doc])).values()]
  await sql`
    insert into match_documents as d (kind, id, park_id, region_code, available, title, body, terms, title_end, content_hash)
    select r.kind, r.id, r.park_id, r.region_code, r.available, r.title, r.body, r.terms::tsvector, r.title_end, r.content_hash
    from unnest(
      ${unique.map((doc) => doc.kind)}::text[]::document_kind[],
      ${unique.map((doc) => doc.id)}::uuid[],
      ${unique.map((doc) => doc.parkId)}::uuid[],
      ${unique.map((doc) => doc.regionCode)}::text[],
      ${unique.map((doc) => String(doc.available))}::text[]::boolean[],
      ${unique.map((doc) => doc.title)}::text[],
      ${unique.map((doc) => doc.body)}::text[],
      ${unique.map((doc) => tsvectorText(doc.terms))}::text[],
      ${unique.map((doc) => titleEnd(doc.terms))}::int[],
      ${unique.map((doc) => doc.contentHash)}::text[]
    ) as r(kind, id, park_id, region_code, available, title, body, terms, title_end, content_hash)
    on conflict (kind, id) do update set
      park_id = excluded.park_id,
      region_code = excluded.region_code,
      available = excluded.available,
      title = excluded.title,
      body = excluded.body,
      terms = excluded.terms,
      title_end = excluded.title_end,
      content_hash = excluded.content_hash,
      updated_at = now()
    where (d.park_id, d.region_code, d.available, d.title, d.body, d.terms)
      is distinct from (excluded.park_id, excluded.region_code, excluded.available, excluded.title, excluded.body, excluded.terms)
  `
}

export async function deleteMatchDocuments(sql: Queryable, refs: MatchDocumentRef[]): Promise<void> {
  if (refs.length === 0) return
  await sql`
    delete from match_documents d
    using unnest(${refs.map((ref) => ref.kind)}::text[]::document_kind[], ${refs.map((ref) => ref.id)}::uuid[]) as r(kind, id)
    where d.kind = r.kind and d.id = r.id
  `
}

/**
 * Ranked OR match scored by BM25 from the postings (match_postings, kept by triggers): for each
 * query term the document holds, idf · tf·(k1 + 1) / (tf + k1·(1 − b + b·length/average)),
 * summed. tf counts the term's occurrences (title ones TITLE_WEIGHT times); a document's length
 * is its number of distinct lexemes. The postings of the query's terms are an index-only scan of a
 * few thousand rows at most (the term budget); the filters are checked per scored document by
 * key. A park or region filter only constrains documents that have one: experts and societies
 * belong to no park and pass.
 */
export async function searchMatchDocuments(sql: Queryable, query: FullTextQuery): Promise<FullTextRow[]> {
  if (query.terms.every((term) => term === '') || query.kinds.length === 0 || query.limit < 1) return []
  const park = query.parkId === undefined ? sql`` : sql`and (d.park_id is null or d.park_id = ${query.parkId}::uuid)`
  const region =
    query.regionCode === undefined ? sql`` : sql`and (d.region_code is null or d.region_code = ${query.regionCode})`
  const available = query.availableOnly ? sql`and d.available` : sql``
  const only = query.ids === undefined ? sql`` : sql`and s.id = any(${query.ids as string[]}::uuid[])`
  const average = Math.max(query.averageLength, 1)
  return sql<FullTextRow[]>`
    with q as (
      select lexeme, idf from unnest(${query.terms}::text[], ${query.idf}::float8[]) as t(lexeme, idf)
    ),
    scored as (
      select p.kind, p.id, array_agg(p.lexeme) as matched_terms,
        sum(q.idf * p.tf * ${BM25.k1 + 1}::float8 / (p.tf + ${BM25.k1}::float8 * (1 - ${BM25.b}::float8 + ${BM25.b}::float8 * p.document_length / ${average}::float8)))::float8 as score
      from q cross join lateral (
        select p.kind, p.id, p.lexeme, p.document_length,
          (p.occurrences + ${BM25.titleWeight - 1}::float8 * p.title_occurrences)::float8 as tf
        from match_postings p
        -- Kind in the index condition too: a term every posted need holds must not walk the needs'
        -- postings when candidates are asked for (under the load's writes it had walked thousands).
        where p.lexeme = q.lexeme and p.kind = any(${query.kinds}::text[]::document_kind[])
        offset 0 -- one index range per term and kind, never a scan of every posting
      ) p
      group by p.kind, p.id
    ),
    ranked as (
      -- Best first, the filters looked up by key per document (offset 0: the planner cannot tell how
      -- few there are and would otherwise scan every document to hash-join them) until the limit
      -- passes them: the documents below the limit are never looked up.
      select s.kind, s.id, s.score, s.matched_terms
      from (select * from scored order by score desc, kind, id) s cross join lateral (
        select d.available, d.park_id, d.region_code from match_documents d where d.kind = s.kind and d.id = s.id offset 0
      ) d
      where true ${park} ${region} ${available} ${only}
      order by s.score desc, s.kind, s.id
      limit ${query.limit}
    )
    -- No text: only the few documents listed need theirs (matchDocumentTexts), and the hundred
    -- ranked ones' was the largest part of reading the answer (issue 17's profile).
    select kind, id, score, matched_terms from ranked order by score desc, kind, id
  `
}

/** Documents' title and body (`title\nbody`) by `kind:id`, for the matched terms shown to people; a removed document is absent. */
export async function matchDocumentTexts(sql: Queryable, refs: readonly MatchDocumentRef[]): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map()
  const rows = await sql<{ kind: DocumentKind; id: string; text: string }[]>`
    select d.kind, d.id, d.title || E'\n' || d.body as text
    from unnest(${refs.map((ref) => ref.kind)}::text[]::document_kind[], ${refs.map((ref) => ref.id)}::uuid[]) as r(kind, id)
    join match_documents d on d.kind = r.kind and d.id = r.id
  `
  return new Map(rows.map((row) => [`${row.kind}:${row.id}`, row.text]))
}
