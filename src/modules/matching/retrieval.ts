import type { DocumentKind } from '../../core/vocabulary.js'
import type { Logger } from '../../platform/logger.js'
import { EmbeddingBudgetExhaustedError } from './embeddings/budgeted.js'
import { type Embedder, EmbeddingError, type VectorCalibration, defaultCalibration } from './embeddings/embedder.js'
import type { VectorHit } from './index/vector-search.js'
import { type Fusion, type Retriever, type RetrieverEvidence, fusionContributions } from './candidates/ranking.js'
import type { FullTextHit, FullTextIndex } from './search/full-text.js'
import type { RetrievalCache } from './retrieval-cache.js'

/*
 * Both directions of matching (candidates for a need, needs for a candidate) ask the same two
 * retrievers and fuse their answers the same way: this is that part, once. What is searched for
 * and which rules follow is the caller's.
 */

/** How deep each retriever looks. */
export const RETRIEVAL_DEPTH = 100

/**
 * How long a ranking waits for the provider to embed a query the outbox has not embedded yet. The
 * client's own retries can take a minute; past this the answer comes from full text and says so.
 */
export const QUERY_EMBED_TIMEOUT_MS = 3000

export interface RetrievalDeps {
  fullText: FullTextIndex
  embedder: Embedder
  logger: Logger
  /** Retrievals kept while the candidate index's generation stays (a server process's; none on Workers). */
  retrievalCache?: KeptRetrievals | undefined
}

export interface RetrievalQuery<K extends DocumentKind> {
  /** The query document's text (title and body). */
  text: string
  kinds: K[]
  fusion: Fusion
  /** Only these documents (the needs a caller may read); undefined: any. */
  ids?: readonly string[] | undefined
  /** Why the query text may not be given to the embedder (a private need and a provider); null: it may. */
  withheld: string | null
  /** The query document's stored vector of the embedder's model, if the outbox has made one. */
  storedVector(): Promise<number[] | null>
  /** The nearest documents to a query vector. */
  nearest(vector: number[]): Promise<VectorHit<K>[]>
}

export interface Retrieval<K extends DocumentKind> {
  textHits: FullTextHit<K>[]
  vectorHits: VectorHit<K>[]
  /** The query's vector when the vector retriever ran (for the cosine of pairs it did not list). */
  queryVector: number[] | null
  unavailableReasons: { retriever: Retriever; reason: string }[]
  /** Which retrievers' evidence the answer rests on (asked and answered). */
  used: { vector: boolean; fullText: boolean }
  calibration: VectorCalibration
}

/** Retrievals kept by a server (retrieval-cache.ts). */
export type KeptRetrievals = RetrievalCache<Retrieval<DocumentKind>>

/** The vector a query is searched with, or why there is none (null reason: the vector retriever is not asked). */
type QueryVector = { vector: number[] | null; unavailable: string | null }

export async function retrieve<K extends DocumentKind>(deps: RetrievalDeps, query: RetrievalQuery<K>): Promise<Retrieval<K>> {
  const cache = deps.retrievalCache
  // Candidates only: the generation follows candidate documents, not needs, and a search among
  // given ids is for one caller.
  if (!cache || query.ids !== undefined || query.kinds.some((kind) => kind === 'need')) return search(deps, query, queryVectorOf(deps, query))
  // Keyed by the vector searched with, not only the text: a need's stored vector may be older than its text.
  const [generation, queryVector] = await Promise.all([cache.generation(), queryVectorOf(deps, query)])
  const key = JSON.stringify([query.text, query.kinds, query.fusion, query.withheld, deps.embedder.model, queryVector.vector?.join(',') ?? null])
  // Kept under a key naming the kinds asked for: a retrieval of these kinds.
  const kept = cache.get(key, generation) as Retrieval<K> | undefined
  if (kept) return { ...kept, unavailableReasons: [...kept.unavailableReasons] }
  const retrieval = await search(deps, query, Promise.resolve(queryVector))
  // Only complete answers: a retriever that failed or was not ready may answer next time.
  if (retrieval.unavailableReasons.every((entry) => entry.reason === query.withheld)) cache.set(key, generation, retrieval)
  return retrieval
}

async function queryVectorOf(deps: RetrievalDeps, query: RetrievalQuery<DocumentKind>): Promise<QueryVector> {
  if (query.fusion === 'full_text') return { vector: null, unavailable: null }
  if (query.withheld !== null) return { vector: null, unavailable: query.withheld }
  try {
    await deps.embedder.prepare?.()
    const notReady = deps.embedder.notReadyReason?.() ?? null
    if (notReady) return { vector: null, unavailable: notReady }
    const vector = (await query.storedVector()) ?? (await deps.embedder.embed([query.text], { signal: AbortSignal.timeout(QUERY_EMBED_TIMEOUT_MS) }))[0]!
    return { vector, unavailable: null }
  } catch (error) {
    deps.logger.warn('vector retriever failed', { error: String(error) })
    return { vector: null, unavailable: vectorFailureReason(error) }
  }
}

async function search<K extends DocumentKind>(deps: RetrievalDeps, query: RetrievalQuery<K>, queryVector: Promise<QueryVector>): Promise<Retrieval<K>> {
  const unavailableReasons: Retrieval<K>['unavailableReasons'] = []
  const calibration = deps.embedder.calibration ?? defaultCalibration
  let searchedWith: number[] | null = null
  const retrieveVector = async (): Promise<VectorHit<K>[]> => {
    const { vector, unavailable } = await queryVector
    if (unavailable !== null) {
      unavailableReasons.push({ retriever: 'vector', reason: unavailable })
      return []
    }
    if (vector === null || vector.every((value) => value === 0)) return []
    searchedWith = vector
    try {
      const hits = await query.nearest(vector)
      return hits.filter((hit) => hit.score >= calibration.retrievalFloor)
    } catch (error) {
      deps.logger.warn('vector retriever failed', { error: String(error) })
      unavailableReasons.push({ retriever: 'vector', reason: vectorFailureReason(error) })
      return []
    }
  }
  const [textHits, vectorHits] = await Promise.all([
    query.fusion === 'vector'
      ? []
      : deps.fullText.search(query.text, { kinds: query.kinds, availableOnly: true, ids: query.ids }, RETRIEVAL_DEPTH).catch((error: unknown) => {
          deps.logger.warn('full-text retriever failed', { error: String(error) })
          unavailableReasons.push({ retriever: 'full_text', reason: '全文检索服务暂不可用 (the full-text index did not answer)' })
          return []
        }),
    retrieveVector(),
  ])
  const unavailable = unavailableReasons.map((entry) => entry.retriever)
  const used = {
    vector: query.fusion !== 'full_text' && !unavailable.includes('vector'),
    fullText: query.fusion !== 'vector' && !unavailable.includes('full_text'),
  }
  return { textHits, vectorHits, queryVector: searchedWith, unavailableReasons, used, calibration }
}

/** One document's fused evidence. matchedTerms are the index's terms, counted; shownTerms the readable ones shown. */
export interface FusedEntry<K extends DocumentKind> {
  kind: K
  id: string
  score: number
  matchedTerms: string[]
  shownTerms: () => Promise<string[]>
  retrievers: Partial<Record<Retriever, RetrieverEvidence>>
}

/** A document no full-text hit matched shows no terms. */
export const noShownTerms = async (): Promise<string[]> => []

/** Each retriever's hits weighed into one score per document (ranking.ts: fusionContributions). */
export function fuse<K extends DocumentKind>(fusion: Fusion, retrieval: Retrieval<K>): Map<string, FusedEntry<K>> {
  const fused = new Map<string, FusedEntry<K>>()
  const add = (retriever: Retriever, hits: { kind: K; id: string; score: number; matchedTerms?: string[]; shownTerms?: () => Promise<string[]> }[]) => {
    const contribution = fusionContributions(fusion, retriever, hits.map((hit) => hit.score), retrieval.calibration.fusionWeight)
    hits.forEach((hit, index) => {
      const key = `${hit.kind}:${hit.id}`
      const entry = fused.get(key) ?? { kind: hit.kind, id: hit.id, score: 0, matchedTerms: [], shownTerms: noShownTerms, retrievers: {} }
      entry.score += contribution[index]!
      entry.retrievers[retriever] = { rank: index + 1, score: roundedScore(hit.score) }
      if (hit.matchedTerms) entry.matchedTerms = hit.matchedTerms
      if (hit.shownTerms) entry.shownTerms = hit.shownTerms
      fused.set(key, entry)
    })
  }
  add('full_text', retrieval.textHits)
  add('vector', retrieval.vectorHits)
  return fused
}

/** A retriever's own score as reasons show it. */
export const roundedScore = (score: number) => Math.round(score * 10_000) / 10_000

/** The answer's notice when nothing is listed: the retrievers failed, or nothing was good enough. */
export function nothingListedNotice(retrieval: Retrieval<DocumentKind>, fusion: Fusion, nothingGood: string): string {
  const asked = fusion === 'full_text' || fusion === 'vector' ? 1 : 2
  return retrieval.unavailableReasons.length >= asked ? '检索服务暂不可用，请稍后重试 (no retriever could answer; try again shortly)' : nothingGood
}

function vectorFailureReason(error: unknown): string {
  if (error instanceof EmbeddingBudgetExhaustedError) return '本密钥今日向量额度已用完 (this key\'s daily embedding budget is spent)'
  if (error instanceof EmbeddingError || (error instanceof Error && error.name === 'TimeoutError')) {
    return '向量服务暂不可用或超时 (the embeddings provider did not answer in time)'
  }
  return '向量检索暂不可用 (the vector search failed)'
}
