import {
  type MatchDocumentRef,
  type WeightedTerm,
  contentHash,
  deleteMatchDocuments,
  matchDocumentTexts,
  searchMatchDocuments,
  upsertMatchDocuments,
} from '../index/search-documents.js'
import {
  type TermDocumentCounts,
  inverseDocumentFrequency,
  refreshTermStatistics,
  termDocumentCounts,
  termStatisticsStale,
} from '../index/term-statistics.js'
import type { Sql } from '../../../platform/db/client.js'
import { matchedTermsShown } from '../candidates/matched-terms.js'
import { analyse, indexTerms } from '../text-analysis.js'
import type { FullTextFilter, FullTextHit, FullTextIndex, MatchDocument } from './full-text.js'
import type { DocumentKind } from '../../../core/vocabulary.js'

/** Longer tokens (a pasted hash, a run of letters) are no use as search terms; lexemes stop at 2 KB. */
export const MAX_TERM_CHARS = 64
/** Beyond a few occurrences a term says nothing more about a document (PostgreSQL keeps 256). */
const MAX_OCCURRENCES = 32
/** A need's whole text is a query; this bounds a pasted book without touching any real need. */
export const MAX_QUERY_TERMS = 1024

const codePoints = (term: string) => [...term].length
const usable = (term: string) => term !== '' && codePoints(term) <= MAX_TERM_CHARS && !term.includes('\u0000')

/**
 * A document's lexemes (exactly `indexTerms` of its title and body) with one position per
 * occurrence, title occurrences weighted A. A two-character word is also a bigram of the same
 * spot, so a lexeme's occurrences are the larger of its word and bigram counts, not their sum.
 */
export function documentTerms(title: string, body: string): WeightedTerm[] {
  const terms = new Map<string, { word: WeightedTerm['positions']; bigram: WeightedTerm['positions'] }>()
  let position = 0
  const add = (tokens: string[], from: 'word' | 'bigram', weight: 'A' | 'D') => {
    for (const token of tokens) {
      position += 1
      if (!usable(token)) continue
      let entry = terms.get(token)
      if (!entry) terms.set(token, (entry = { word: [], bigram: [] }))
      if (entry[from].length < MAX_OCCURRENCES) entry[from].push({ at: position, weight })
    }
  }
  const inTitle = analyse(title)
  const inBody = analyse(body)
  add(inTitle.words, 'word', 'A')
  add(inTitle.bigrams, 'bigram', 'A')
  add(inBody.words, 'word', 'D')
  add(inBody.bigrams, 'bigram', 'D')
  return [...terms].map(([lexeme, { word, bigram }]) => ({
    lexeme,
    positions: bigram.length > word.length ? bigram : word,
  }))
}

/** The query's lexemes: its index terms, as a document's, bounded in number. */
export function queryTerms(query: string): string[] {
  return indexTerms(query).filter(usable).slice(0, MAX_QUERY_TERMS)
}

/**
 * Terms in more than this share of all documents (的, 技术, 研究) say little about any
 * one of them and make every document a match. Dropping them raised nDCG@10 on the demo data from
 * 0.91 to 0.95 and cut the rows ranked; it also removes single-character noise without losing a
 * meaningful single character (氢, 钢).
 */
export const COMMON_TERM_SHARE = 0.1
/**
 * How many (term, document) matches one search may rank. A need's text is 100-200 terms; at 100k
 * experts their OR matched 55k documents and took 1.7 s to rank. The rarest terms are taken first
 * (the ones ranking weighs most) until their documents add up to this, so the work is bounded by
 * it and not by the corpus; below about this many documents every useful term is kept.
 */
export const TERM_POSTINGS_BUDGET = 3000

export interface TermSelection {
  terms: string[]
  /** Query terms no candidate document holds. */
  absent: number
  /** Terms in more than COMMON_TERM_SHARE of the documents. */
  common: number
  /** Terms left out because the budget was spent on rarer ones. */
  overBudget: number
}

/**
 * The query terms worth searching for: those some document holds, not common, rarest first while
 * their document counts fit the budget (at least one term always), returned in query order.
 * Without statistics (a database never refreshed) every present term is kept.
 */
export function selectQueryTerms(terms: string[], counts: TermDocumentCounts, budget = TERM_POSTINGS_BUDGET): TermSelection {
  const documentsOf = (term: string) => counts.documents.get(term) ?? 0
  const present = terms.filter((term) => documentsOf(term) > 0)
  const commonLimit = counts.total === null ? Number.POSITIVE_INFINITY : counts.total * COMMON_TERM_SHARE
  const specific = present.filter((term) => documentsOf(term) <= commonLimit)
  // A query of common terms only (技术) still answers, ranked by its rarest ones.
  const pool = specific.length > 0 ? specific : present
  const byRarity = pool.map((term, index) => ({ term, index })).sort((a, b) => documentsOf(a.term) - documentsOf(b.term) || a.index - b.index)
  const chosen: typeof byRarity = []
  let spent = 0
  for (const entry of byRarity) {
    const cost = documentsOf(entry.term)
    if (chosen.length > 0 && spent + cost > budget) break
    spent += cost
    chosen.push(entry)
  }
  return {
    terms: chosen.sort((a, b) => a.index - b.index).map((entry) => entry.term),
    absent: terms.length - present.length,
    common: present.length - specific.length,
    overBudget: pool.length - chosen.length,
  }
}

export interface PostgresFullTextOptions {
  /** See TERM_POSTINGS_BUDGET; benchmarks vary it. */
  postingsBudget?: number
}

export function createPostgresFullText(sql: Sql, options: PostgresFullTextOptions = {}): FullTextIndex {
  const budget = options.postingsBudget ?? TERM_POSTINGS_BUDGET

  return {
    name: 'postgres',

    async upsert(docs: MatchDocument[]) {
      const writes = docs.map((doc) => ({
        ...doc,
        terms: documentTerms(doc.title, doc.body),
        contentHash: contentHash(doc.title, doc.body),
      }))
      await upsertMatchDocuments(sql, writes)
    },

    async maintain({ force = false } = {}) {
      if (!force && !(await termStatisticsStale(sql))) return { refreshed: false }
      return { refreshed: true, ...(await refreshTermStatistics(sql)) }
    },

    async remove(refs) {
      await deleteMatchDocuments(sql, refs)
    },

    async search<K extends DocumentKind>(query: string, filter: FullTextFilter<K>, limit: number): Promise<FullTextHit<K>[]> {
      const all = queryTerms(query)
      if (all.length === 0 || filter.kinds.length === 0 || limit < 1 || filter.ids?.length === 0) return []
      const counts = await termDocumentCounts(sql, all)
      const { terms } = selectQueryTerms(all, counts, budget)
      if (terms.length === 0) return []
      const total = counts.total ?? Math.max(...terms.map((term) => counts.documents.get(term) ?? 1))
      const idf = terms.map((term) => inverseDocumentFrequency(counts.documents.get(term) ?? 1, total))
      // The query's reading for the shown terms (segmenting the whole need, a fifth of a
      // millisecond) is worked out once, and only if a candidate is listed.
      let shown: ReturnType<typeof matchedTermsShown> | undefined
      const shownFor = () => (shown ??= matchedTermsShown(query))
      // An OR of every term of a need matched 55k of 100k experts and took 1.7 s to rank; the
      // budget keeps the postings read to a few thousand at most (selectQueryTerms).
      const rows = await searchMatchDocuments(sql, {
        terms,
        idf,
        averageLength: counts.averageLength,
        kinds: filter.kinds,
        parkId: filter.parkId,
        regionCode: filter.regionCode,
        availableOnly: filter.availableOnly,
        ids: filter.ids,
        limit: Math.floor(limit),
      })
      const idfOf = new Map(terms.map((term, index) => [term, idf[index]!]))
      const positionOf = new Map(terms.map((term, index) => [term, index]))
      const textOf = textsOnDemand(sql)
      return rows.map((row, index) => {
        // In query order: a document holds a few of the terms, so its own are sorted, not every term looked up.
        const matchedTerms = row.matchedTerms.filter((term) => positionOf.has(term)).sort((a, b) => positionOf.get(a)! - positionOf.get(b)!)
        return {
          kind: row.kind as K,
          id: row.id,
          rank: index + 1,
          score: row.score,
          matchedTerms,
          shownTerms: async () => shownFor()({ matched: matchedTerms, text: await textOf(row), weight: (term) => idfOf.get(term) ?? 0 }),
        }
      })
    },
  }
}

/**
 * The documents' texts for the shown terms, read only for the documents asked for: every one asked
 * for before the read starts (a list's, asked for in one loop before any is awaited) in one statement.
 */
function textsOnDemand(sql: Sql): (ref: MatchDocumentRef) => Promise<string> {
  let batch: { refs: MatchDocumentRef[]; texts: Promise<Map<string, string>> } | undefined
  return (ref) => {
    if (!batch) {
      const refs: MatchDocumentRef[] = []
      const texts = Promise.resolve().then(() => {
        batch = undefined
        return matchDocumentTexts(sql, refs)
      })
      batch = { refs, texts }
    }
    batch.refs.push({ kind: ref.kind, id: ref.id })
    return batch.texts.then((texts) => texts.get(`${ref.kind}:${ref.id}`) ?? '')
  }
}
