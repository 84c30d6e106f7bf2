import type { DocumentKind } from '../../core/vocabulary.js'
import type { Logger } from '../../platform/logger.js'
import { EmbeddingBudgetExhaustedError } from './embeddings/budgeted.js'
import { type Embedder, EmbeddingError, type VectorCalibration, defaultCalibration } from './embeddings/embedder.js'
import type { VectorHit } from './index/vector-search.js'
import { type Fusion, type Retriever, type RetrieverEvidence, fusionContributions } from './candidates/ranking.js'
import type { FullTextHit, FullTextIndex } from './search/full-text.js'

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

export async function retrieve<K extends DocumentKind>(deps: RetrievalDeps, query: RetrievalQuery<K>): Promise<Retrieval<K>> {
  const unavailableReasons: Retrieval<K>['unavailableReasons'] = []
  const calibration = deps.embedder.calibration ?? defaultCalibration
  let queryVector: number[] | null = null
  const retrieveVector = async (): Promise<VectorHit<K>[]> => {
    if (query.fusion === 'full_text') return []
    if (query.withheld !== null) {
      unavailableReasons.push({ retriever: 'vector', reason: query.withheld })
      return []
    }
    const search = async () => {
      await deps.embedder.prepare?.()
      const notReady = deps.embedder.notReadyReason?.() ?? null
      if (notReady) {
        unavailableReasons.push({ retriever: 'vector', reason: notReady })
        return []
      }
      const vector =
        (await query.storedVector()) ?? (await deps.embedder.embed([query.text], { signal: AbortSignal.timeout(QUERY_EMBED_TIMEOUT_MS) }))[0]!
      if (vector.every((value) => value === 0)) return []
      queryVector = vector
      const hits = await query.nearest(vector)
      return hits.filter((hit) => hit.score >= calibration.retrievalFloor)
    }
    return search().catch((error: unknown) => {
      deps.logger.warn('vector retriever failed', { error: String(error) })
      unavailableReasons.push({ retriever: 'vector', reason: vectorFailureReason(error) })
      return []
    })
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
  return { textHits, vectorHits, queryVector, unavailableReasons, used, calibration }
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
