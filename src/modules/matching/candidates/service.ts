import type { Sql } from '../../../platform/db/client.js'
import { type CandidateProfile, type NeedContext, loadCandidateProfiles, loadNeedContext, storedNeedEmbedding } from './queries.js'
import { loadMatchSources } from '../index/search-sources.js'
import { nearestCandidates } from '../index/vector-search.js'
import { DomainError } from '../../../core/errors.js'
import type { Logger } from '../../../platform/logger.js'
import { EmbeddingBudgetExhaustedError } from '../embeddings/budgeted.js'
import { type Embedder, EmbeddingError, type VectorCalibration, defaultCalibration } from '../embeddings/embedder.js'
import type { FullTextIndex } from '../search/full-text.js'
import { notFound } from '../../../core/access.js'
import { type Fusion, type RankedCandidate, type Retriever, type RetrieverEvidence, type RuleEffect, applyRules, confidenceOf, fusionContributions, minimumConfidence, monotoneConfidence } from './ranking.js'
import { toMatchDocument } from '../index/search-document.js'
import { getNeed } from '../../needs/index.js'
import type { Principal } from '../../../core/principal.js'
import { type CandidateKind } from '../../../core/vocabulary.js'

export interface MatchingDeps {
  sql: Sql
  fullText: FullTextIndex
  embedder: Embedder
  logger: Logger
}

export interface CandidateAnswer {
  candidates: RankedCandidate[]
  /** Retrievers not used for this answer (failed, or withheld from a private need); the ranking used the others. */
  unavailableRetrievers: Retriever[]
  /** Why each of them was not used, for people. */
  unavailableReasons: { retriever: Retriever; reason: string }[]
  /** Candidates removed by rules, with why (conflicts are counted, not named). */
  excluded: { rule: RuleEffect['rule']; count: number }[]
  /** Set when no candidate was good enough: the list is empty rather than padded. */
  notice: string | null
}

export interface CandidateQuery {
  needId: string
  kinds: CandidateKind[]
  limit: number
  fusion?: Fusion
}

const depth = 100
/** Who may ask for candidates: the need's enterprise, its park staff and admins. */
function assertMayRank(principal: Principal): void {
  if (principal.role === 'expert') throw new DomainError('forbidden', 'Experts do not see candidate lists')
}

export async function rankCandidates(deps: MatchingDeps, principal: Principal, query: CandidateQuery): Promise<CandidateAnswer> {
  assertMayRank(principal)
  const need = await getNeed(deps.sql, principal, query.needId)
  if (principal.role === 'enterprise' && need.enterpriseId !== principal.enterpriseId) {
    throw new DomainError('forbidden', 'Only the enterprise that posted a need sees its candidates')
  }
  const context = await loadNeedContext(deps.sql, need.id)
  if (!context) throw notFound('need', query.needId)
  const [source] = await loadMatchSources(deps.sql, 'need', [need.id])
  const document = toMatchDocument(source!)
  const queryText = `${document.title}\n${document.body}`

  const unavailableReasons: CandidateAnswer['unavailableReasons'] = []
  // A need its enterprise keeps private is not handed to a third-party provider (the local
  // embedder reads everything: nothing leaves the process).
  const retrieveVector = async () => {
    if (query.fusion === 'full_text') return []
    if (!deps.embedder.needVisibilities.has(need.visibility)) {
      unavailableReasons.push({ retriever: 'vector', reason: withheldReason(need.visibility) })
      return []
    }
    const search = async () => {
      await deps.embedder.prepare?.()
      const notReady = deps.embedder.notReadyReason?.() ?? null
      if (notReady) {
        unavailableReasons.push({ retriever: 'vector', reason: notReady })
        return []
      }
      return vectorSearch(deps, need.id, queryText, query.kinds)
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
      : deps.fullText.search(queryText, { kinds: query.kinds, availableOnly: true }, depth).catch((error: unknown) => {
          deps.logger.warn('full-text retriever failed', { error: String(error) })
          unavailableReasons.push({ retriever: 'full_text', reason: '全文检索服务暂不可用 (the full-text index did not answer)' })
          return []
        }),
    retrieveVector(),
  ])
  const unavailable = unavailableReasons.map((entry) => entry.retriever)

  // matchedTerms are the index's terms, counted as evidence; shownTerms the readable ones shown.
  const fused = new Map<string, { kind: CandidateKind; id: string; score: number; matchedTerms: string[]; shownTerms: () => string[]; retrievers: Partial<Record<Retriever, RetrieverEvidence>> }>()
  const fusion = query.fusion ?? 'weighted'
  const calibration = deps.embedder.calibration ?? defaultCalibration
  const add = (retriever: Retriever, hits: { kind: CandidateKind; id: string; score: number; matchedTerms?: string[]; shownTerms?: () => string[] }[]) => {
    const contribution = fusionContributions(fusion, retriever, hits.map((hit) => hit.score), calibration.fusionWeight)
    hits.forEach((hit, index) => {
      const key = `${hit.kind}:${hit.id}`
      const entry = fused.get(key) ?? { kind: hit.kind, id: hit.id, score: 0, matchedTerms: [], shownTerms: () => [], retrievers: {} }
      entry.score += contribution[index]!
      entry.retrievers[retriever] = { rank: index + 1, score: Math.round(hit.score * 10_000) / 10_000 }
      if (hit.matchedTerms) entry.matchedTerms = hit.matchedTerms
      if (hit.shownTerms) entry.shownTerms = hit.shownTerms
      fused.set(key, entry)
    })
  }
  add('full_text', textHits)
  add('vector', vectorHits)

  const retrieversUsed = (fusion === 'full_text' || fusion === 'vector' ? 1 : 2) - unavailable.length
  const used = {
    vector: fusion !== 'full_text' && !unavailable.includes('vector'),
    fullText: fusion !== 'vector' && !unavailable.includes('full_text'),
  }
  const ordered = [...fused.values()].sort((a, b) => b.score - a.score).slice(0, Math.max(query.limit * 3, 30))
  const profiles = new Map((await loadCandidateProfiles(deps.sql, ordered)).map((profile) => [`${profile.kind}:${profile.id}`, profile]))

  const excluded = new Map<RuleEffect['rule'], number>()
  const candidates: RankedCandidate[] = []
  const shownTermsOf = new Map<RankedCandidate, () => string[]>()
  for (const entry of ordered) {
    const profile = profiles.get(`${entry.kind}:${entry.id}`)
    if (!profile) continue
    const rules = applyRules(profile, context)
    const exclusion = rules.find((rule) => rule.effect === 'excluded')
    if (exclusion) {
      excluded.set(exclusion.rule, (excluded.get(exclusion.rule) ?? 0) + 1)
      continue
    }
    const score = rules.reduce((value, rule) => value * rule.factor, entry.score)
    const candidate: RankedCandidate = {
      kind: entry.kind,
      id: entry.id,
      name: profile.name,
      organisation: profile.organisation,
      score: Math.round(score * 1e6) / 1e6,
      confidence: confidenceOf({ cosine: entry.retrievers.vector?.score, matchedTerms: entry.matchedTerms.length }, used, calibration),
      reasons: { matchedTerms: [], retrievers: entry.retrievers, rules },
    }
    candidates.push(candidate)
    shownTermsOf.set(candidate, entry.shownTerms)
  }
  candidates.sort((a, b) => b.score - a.score)
  const listed = candidates.filter((candidate) => candidate.confidence >= minimumConfidence).slice(0, query.limit)
  for (const candidate of listed) candidate.reasons.matchedTerms = shownTermsOf.get(candidate)!().slice(0, 20)
  const good = monotoneConfidence(listed)
  return {
    candidates: good,
    unavailableRetrievers: unavailable,
    unavailableReasons,
    excluded: [...excluded].map(([rule, count]) => ({ rule, count })),
    notice:
      good.length > 0
        ? null
        : unavailable.length === retrieversUsed + unavailable.length
          ? '检索服务暂不可用，请稍后重试 (no retriever could answer; try again shortly)'
          : '暂无足够匹配的候选 (no candidate is a good enough match; broaden the need or its keywords)',
  }
}

function withheldReason(visibility: string): string {
  return `需求可见范围为 ${visibility}，其文本不发送给向量服务商，仅按全文检索匹配 (a ${visibility} need's text is not sent to the embeddings provider: EMBEDDING_PROVIDER_NEED_VISIBILITY)`
}

function vectorFailureReason(error: unknown): string {
  if (error instanceof EmbeddingBudgetExhaustedError) return '本密钥今日向量额度已用完 (this key\'s daily embedding budget is spent)'
  if (error instanceof EmbeddingError || (error instanceof Error && error.name === 'TimeoutError')) {
    return '向量服务暂不可用或超时 (the embeddings provider did not answer in time)'
  }
  return '向量检索暂不可用 (the vector search failed)'
}

/**
 * How long a ranking waits for the provider to embed a need the outbox has not embedded yet. The
 * client's own retries can take a minute; past this the answer comes from full text and says so.
 */
export const QUERY_EMBED_TIMEOUT_MS = 3000

async function vectorSearch(deps: MatchingDeps, needId: string, text: string, kinds: CandidateKind[]) {
  const vector =
    (await storedNeedEmbedding(deps.sql, needId, deps.embedder.model)) ??
    (await deps.embedder.embed([text], { signal: AbortSignal.timeout(QUERY_EMBED_TIMEOUT_MS) }))[0]!
  if (vector.every((value) => value === 0)) return []
  const hits = await nearestCandidates(deps.sql, vector, { kinds, model: deps.embedder.model, dimensions: deps.embedder.dimensions, availableOnly: true }, depth)
  return hits.filter((hit) => hit.score >= (deps.embedder.calibration ?? defaultCalibration).retrievalFloor)
}

