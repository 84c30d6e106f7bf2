import { exclusionsOf } from '../../../core/engagement-rules.js'
import { cityOf } from '../../../core/regions.js'
import type { CandidateKind } from '../../../core/vocabulary.js'
import { type VectorCalibration, defaultCalibration } from '../embeddings/embedder.js'
import type { CandidateProfile, NeedContext } from './queries.js'

/*
 * The ranking's arithmetic, over explicit inputs: how each retriever's hits add to a fused score,
 * which rules multiply it, and how confident a listed candidate is. The service (service.ts)
 * fetches the evidence and applies these; test/modules/matching/ranking.test.ts checks them.
 */

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

/** Reciprocal rank fusion's constant: the usual 60 keeps one retriever's top hit from dominating. */
const rrfK = 60
/** Below this confidence a candidate is not shown at all. */
export const minimumConfidence = 0.25


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
 * What one more document's score would add had the retriever listed it: its rank is after every
 * listed score above it, and its contribution is read against the list's own scores (weighted:
 * normalised by the list's range, so below the list's lowest it adds nothing). For documents a
 * retriever did not list deep enough (explainCandidates); a listed score gives what the list gave.
 */
export function contributionBeside(fusion: Fusion, retriever: Retriever, listed: readonly number[], score: number, vectorWeight = defaultCalibration.fusionWeight): { rank: number; contribution: number } {
  const rank = 1 + listed.filter((other) => other > score).length
  const scores = [...listed.slice(0, rank - 1), score, ...listed.slice(rank - 1)]
  return { rank, contribution: fusionContributions(fusion, retriever, scores, vectorWeight)[rank - 1]! }
}

/**
 * Confidence comes from each candidate's own evidence while the order comes from the fused score
 * and the rules, so the two can disagree (a boosted candidate with fewer shared terms above one
 * with more). A person reads the list top down: each confidence is capped at the one above it, so
 * it never rises down the list and never claims more than the candidate's own evidence. Applied
 * after the threshold, so which candidates are listed does not change.
 */
export function monotoneConfidence<T extends { confidence: number }>(candidates: T[]): T[] {
  let cap = 1
  return candidates.map((candidate) => {
    cap = Math.min(cap, candidate.confidence)
    return cap === candidate.confidence ? candidate : { ...candidate, confidence: cap }
  })
}

/**
 * The rules after fusion. Exclusions: a conflict of interest (the need's own enterprise, by id or by
 * organisation name), an unavailable expert, an expert at capacity. Preferences: the need's park,
 * region and city; a busy expert is lowered; the record of answering earlier invitations.
 */
export function applyRules(profile: CandidateProfile, need: Omit<NeedContext, 'visibility'>): RuleEffect[] {
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
