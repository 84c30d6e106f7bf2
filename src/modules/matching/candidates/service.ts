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
import { toMatchDocument } from '../index/search-document.js'
import { getNeed } from '../../needs/service.js'
import { exclusionsOf } from '../../../core/engagement-rules.js'
import type { Principal } from '../../../core/principal.js'
import { cityOf } from '../../../core/regions.js'
import { type CandidateKind } from '../../../core/vocabulary.js'

export interface MatchingDeps {
  sql: Sql
  fullText: FullTextIndex
  embedder: Embedder
  logger: Logger
}

export type Retriever = 'full_text' | 'vector'
export type Fusion = 'weighted' | 'rrf' | 'full_text' | 'vector'

export interface RuleEffect {
  rule: 'conflict_of_interest' | 'unavailable' | 'at_capacity' | 'busy' | 'same_park' | 'same_region' | 'same_city' | 'answer_history' | 'consultation_record'
  effect: 'excluded' | 'boosted' | 'lowered'
  /** Multiplier applied to the fused score (1 for exclusions, which remove the candidate). */
  factor: number
  detail: string
}

export interface RetrieverEvidence {
  rank: number
  score: number
}

export interface RankedCandidate {
  kind: CandidateKind
  id: string
  name: string
  organisation: string
  score: number
  confidence: number
  reasons: {
    matchedTerms: string[]
    retrievers: Partial<Record<Retriever, RetrieverEvidence>>
    rules: RuleEffect[]
  }
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

/** Reciprocal rank fusion's constant: the usual 60 keeps one retriever's top hit from dominating. */
const rrfK = 60
const depth = 100
/** Below this confidence a candidate is not shown at all. */
export const minimumConfidence = 0.25

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

/**
 * Confidence comes from each candidate's own evidence while the order comes from the fused score
 * and the rules, so the two can disagree (a boosted candidate with fewer shared terms above one
 * with more). A person reads the list top down: each confidence is capped at the one above it, so
 * it never rises down the list and never claims more than the candidate's own evidence. Applied
 * after the threshold, so which candidates are listed does not change.
 */
export function monotoneConfidence(candidates: RankedCandidate[]): RankedCandidate[] {
  let cap = 1
  return candidates.map((candidate) => {
    cap = Math.min(cap, candidate.confidence)
    return cap === candidate.confidence ? candidate : { ...candidate, confidence: cap }
  })
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
 * What each hit of one retriever's list adds to a candidate's fused score. Weighted fusion: each
 * retriever's scores min-max normalised within its own list, then weighed by the embedder's
 * calibrated `fusionWeight` (vector) and its complement (full text).
 */
export function fusionContributions(fusion: Fusion, retriever: Retriever, scores: readonly number[], vectorWeight = defaultCalibration.fusionWeight): number[] {
  if (fusion === 'rrf') return scores.map((_, index) => 1 / (rrfK + index + 1))
  const weight = fusion === 'weighted' ? (retriever === 'vector' ? vectorWeight : 1 - vectorWeight) : 1
  const min = Math.min(...scores)
  const range = Math.max(...scores) - min
  return scores.map((score) => weight * (range > 0 ? (score - min) / range : 1))
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

/**
 * The rules after fusion. Exclusions: a conflict of interest (the need's own enterprise, by id or by
 * organisation name), an unavailable expert, an expert at capacity. Preferences: the need's park,
 * region and city; a busy expert is lowered; the record of answering earlier invitations.
 */
export function applyRules(profile: CandidateProfile, need: NeedContext): RuleEffect[] {
  const rules: RuleEffect[] = [...exclusionsOf(profile, need)]
  if (profile.availability === 'busy') {
    rules.push({ rule: 'busy', effect: 'lowered', factor: 0.85, detail: '档期紧张 (busy)' })
  }
  if (profile.parkId && profile.parkId === need.parkId) {
    rules.push({ rule: 'same_park', effect: 'boosted', factor: 1.15, detail: '同一试点园区 (in the need\'s park)' })
  } else if (profile.regionCode && profile.regionCode === need.regionCode) {
    rules.push({ rule: 'same_region', effect: 'boosted', factor: 1.1, detail: '同一行政区 (same district)' })
  } else if (profile.regionCode && cityOf(profile.regionCode) !== null && cityOf(profile.regionCode) === cityOf(need.regionCode)) {
    rules.push({ rule: 'same_city', effect: 'boosted', factor: 1.05, detail: '同城 (same city)' })
  }
  const history = answerHistory(profile.history)
  if (history) rules.push(history)
  const record = consultationRecord(profile.history)
  if (record) rules.push(record)
  return rules
}

/**
 * Completed consultations in the last year. Rated ones move the score by the enterprises' mean
 * rating, 3 neutral, ±10% at 5 and 1; completed but not yet rated ones earn a small boost.
 */
export function consultationRecord(history: CandidateProfile['history']): RuleEffect | null {
  if (history.completedConsultations === 0) return null
  if (history.meanRating === null || history.ratedConsultations === 0) {
    return { rule: 'consultation_record', effect: 'boosted', factor: 1.03, detail: `近一年完成咨询 ${history.completedConsultations} 次，尚无评分 (completed consultations, not yet rated)` }
  }
  const factor = Math.round((1 + 0.05 * (history.meanRating - 3)) * 1000) / 1000
  if (factor === 1) return null
  return {
    rule: 'consultation_record',
    effect: factor > 1 ? 'boosted' : 'lowered',
    factor,
    detail: `近一年完成咨询 ${history.completedConsultations} 次，企业评分均值 ${history.meanRating.toFixed(1)}（${history.ratedConsultations} 次评分）(completed consultations and their mean rating)`,
  }
}

/** Below this many invitations a candidate's record says nothing either way. */
const MIN_INVITATIONS_FOR_HISTORY = 2

/**
 * How the candidate answered earlier invitations: the acceptance rate, smoothed toward one half
 * ((accepted + 1) / (invited + 2)), moves the score by at most ±10%, so a record can reorder close
 * candidates but never lift an unrelated one. Lapsed (expired) invitations count as not accepted.
 */
export function answerHistory(history: CandidateProfile['history']): RuleEffect | null {
  const invited = history.accepted + history.declined + history.expired
  if (invited < MIN_INVITATIONS_FOR_HISTORY) return null
  const rate = (history.accepted + 1) / (invited + 2)
  const factor = Math.round((0.9 + 0.2 * rate) * 1000) / 1000
  if (factor === 1) return null
  return {
    rule: 'answer_history',
    effect: factor > 1 ? 'boosted' : 'lowered',
    factor,
    detail: `近一年受邀 ${invited} 次：接受 ${history.accepted}、婉拒 ${history.declined}、未回复 ${history.expired} (invitations in the last year: accepted, declined, lapsed)`,
  }
}

/**
 * 0–1 from absolute evidence, not rank alone (rank 1 of an unrelated list is still unrelated):
 * half from the cosine above the noise floor, half from how many need terms the text shares.
 * The threshold keeps the list's recall on the labelled set while an unrelated need gets none.
 * Only the retrievers that answered count: when one was not asked or failed, the other's evidence
 * is all there is, and missing evidence must not read as evidence against.
 */
export function confidenceOf(
  evidence: { cosine?: number | undefined; matchedTerms: number },
  used: { vector: boolean; fullText: boolean } = { vector: true, fullText: true },
  calibration: VectorCalibration = defaultCalibration,
): number {
  const vector = evidence.cosine === undefined ? 0 : Math.min(1, Math.max(0, (evidence.cosine - calibration.confidenceFloor) / calibration.confidenceSpan))
  const text = Math.min(1, evidence.matchedTerms / 4)
  const parts = [...(used.vector ? [vector] : []), ...(used.fullText ? [text] : [])]
  if (parts.length === 0) return 0
  return Math.round((parts.reduce((sum, part) => sum + part, 0) / parts.length) * 1000) / 1000
}
