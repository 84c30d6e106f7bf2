import type { MatchDocument } from '../index/search-documents.js'
import { type CandidateKind, type DocumentKind } from '../../../core/vocabulary.js'

export { contentHash } from '../index/search-documents.js'
export type { CandidateKind, DocumentKind, MatchDocument }


export interface FullTextHit<K extends DocumentKind = CandidateKind> {
  kind: K
  id: string
  /** 1-based position in this retriever's answer. */
  rank: number
  /** The retriever's own score: comparable within one answer, not between retrievers. */
  score: number
  /**
   * Query terms the document matched, in query order where the retriever knows it: the index's own
   * terms (character pairs among them), which the confidence counts.
   */
  matchedTerms: string[]
  /**
   * The same matches as a person reads them (`matchedTermsShown`): whole words, heaviest first.
   * Worked out on demand: only the few candidates listed need it, of the hundred retrieved. Ask
   * for a list's together (all before awaiting any): PostgreSQL reads their texts in one statement.
   */
  shownTerms(): Promise<string[]>
}

export interface FullTextFilter<K extends DocumentKind = CandidateKind> {
  /** Candidates for a need, or needs for a candidate (recommended needs). */
  kinds: K[]
  /** Constrains only documents that have a park (workstations); the others pass. */
  parkId?: string | undefined
  /** Constrains only documents that have a region; the others pass. */
  regionCode?: string | undefined
  availableOnly?: boolean | undefined
  /**
   * Only these documents (of the kinds above): the evidence for given pairs (explainCandidates),
   * or the needs a caller may read. Scored exactly as in an unrestricted search.
   */
  ids?: readonly string[] | undefined
}

export interface DocumentRef {
  kind: DocumentKind
  id: string
}

export interface FullTextIndex {
  readonly name: 'postgres' | 'meilisearch'
  /** Inserts or replaces; when it resolves the documents are searchable. */
  upsert(docs: MatchDocument[]): Promise<void>
  remove(refs: DocumentRef[]): Promise<void>
  /**
   * Periodic upkeep (the scheduled jobs, and `npm run reindex` with force): PostgreSQL recounts its
   * term statistics when documents changed since; Meilisearch keeps its own.
   */
  maintain(options?: { force?: boolean }): Promise<Record<string, unknown>>
  /** Never throws on odd query text: a query with no searchable term finds nothing. */
  search<K extends DocumentKind = CandidateKind>(query: string, filter: FullTextFilter<K>, limit: number): Promise<FullTextHit<K>[]>
}
