import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rankCandidates } from '../../../src/modules/matching/candidates/service.js'
import type { CandidateProfile, InvitationHistory, NeedContext } from '../../../src/modules/matching/candidates/queries.js'
import { type Embedder, allNeedVisibilities, defaultCalibration } from '../../../src/modules/matching/embeddings/embedder.js'
import type { FullTextHit, FullTextIndex } from '../../../src/modules/matching/search/full-text.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createExpert, createWorld } from '../../helpers/fixtures.js'
import { newNeed } from '../../helpers/flow.js'
import { answerHistory, applyRules, confidenceOf, consultationRecord, fusionContributions, minimumConfidence, monotoneConfidence, type RankedCandidate } from '../../../src/modules/matching/candidates/ranking.js'

/**
 * The ranking's arithmetic over explicit inputs: each retriever's scores min-max normalised and
 * weighed, summed per candidate, multiplied by the rules' factors; the confidence; the rules.
 * Every expected value is worked out here from those definitions, not copied from an answer.
 */

const textWeight = 1 - defaultCalibration.fusionWeight
const vectorWeight = defaultCalibration.fusionWeight

/** Scores are given rounded to six decimals. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6

function expectClose(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 9))
}

describe('fusionContributions: each retriever normalised within its own list, then weighed', () => {
  it('min-max normalises full-text scores to 0..1 and weighs them by 1 − fusionWeight', () => {
    const scores = [10, 8, 6, 2]
    expectClose(fusionContributions('weighted', 'full_text', scores), scores.map((score) => textWeight * ((score - 2) / (10 - 2))))
    expectClose(fusionContributions('weighted', 'full_text', scores), [0.8, 0.6, 0.4, 0])
  })

  it('weighs vector scores by fusionWeight', () => {
    expectClose(fusionContributions('weighted', 'vector', [0.7, 0.5, 0.3]), [vectorWeight * 1, vectorWeight * 0.5, 0])
  })

  it('takes the vector weight it is given, and the complement for full text', () => {
    expectClose(fusionContributions('weighted', 'vector', [4, 2, 0], 0.35), [0.35, 0.175, 0])
    expectClose(fusionContributions('weighted', 'full_text', [4, 2, 0], 0.35), [0.65, 0.325, 0])
  })

  it('the top of each list gets the whole weight and the bottom none, whatever the scale', () => {
    const raw = [3.2, 1.7, 0.4]
    const rescaled = raw.map((score) => 100 * score - 50)
    expectClose(fusionContributions('weighted', 'full_text', rescaled), fusionContributions('weighted', 'full_text', raw))
    expectClose(fusionContributions('weighted', 'full_text', [-1, -3, -5]), [textWeight, textWeight / 2, 0])
  })

  it('does not assume the list is sorted', () => {
    expectClose(fusionContributions('weighted', 'full_text', [3, 9, 6]), [0, textWeight, textWeight / 2])
  })

  it('all-equal scores: no spread to normalise, every hit gets the whole weight', () => {
    expectClose(fusionContributions('weighted', 'full_text', [5, 5, 5]), [textWeight, textWeight, textWeight])
    expectClose(fusionContributions('weighted', 'vector', [0.4, 0.4]), [vectorWeight, vectorWeight])
  })

  it('a single hit gets the whole weight', () => {
    expectClose(fusionContributions('weighted', 'full_text', [0.03]), [textWeight])
    expectClose(fusionContributions('weighted', 'vector', [0.9]), [vectorWeight])
  })

  it('an empty list contributes nothing', () => {
    expect(fusionContributions('weighted', 'vector', [])).toEqual([])
    expect(fusionContributions('weighted', 'full_text', [])).toEqual([])
  })

  it('one retriever alone (fusion full_text or vector) weighs 1', () => {
    expectClose(fusionContributions('full_text', 'full_text', [9, 3, 6]), [1, 0, 0.5])
    expectClose(fusionContributions('vector', 'vector', [0.6, 0.2]), [1, 0])
  })

  it('reciprocal rank fusion reads only the rank: 1 / (60 + rank)', () => {
    expectClose(fusionContributions('rrf', 'full_text', [100, 99, 1]), [1 / 61, 1 / 62, 1 / 63])
    expectClose(fusionContributions('rrf', 'vector', [0.9, 0.9]), [1 / 61, 1 / 62])
  })
})

describe('confidenceOf: half cosine above the floor, half shared terms out of 4', () => {
  const { confidenceFloor: floor, confidenceSpan: span } = defaultCalibration

  it('is 0 with a cosine at the floor and no shared term, 1 with a cosine a span above it and 4 terms', () => {
    expect(confidenceOf({ cosine: floor, matchedTerms: 0 })).toBe(0)
    expect(confidenceOf({ cosine: floor + span, matchedTerms: 4 })).toBe(1)
  })

  it('averages the two parts', () => {
    // Cosine halfway up the span (0.5) and 2 of 4 terms (0.5); a full cosine and no term.
    expect(confidenceOf({ cosine: floor + span / 2, matchedTerms: 2 })).toBe(0.5)
    expect(confidenceOf({ cosine: floor + span, matchedTerms: 0 })).toBe(0.5)
    expect(confidenceOf({ cosine: floor, matchedTerms: 3 })).toBe(0.375)
  })

  it('caps each part at 1 and floors the cosine part at 0', () => {
    expect(confidenceOf({ cosine: 0.99, matchedTerms: 40 })).toBe(1)
    expect(confidenceOf({ cosine: -0.2, matchedTerms: 2 })).toBe(0.25)
  })

  it('rounds to three decimals', () => {
    // (0.1 / 0.3 + 1 / 4) / 2 = 0.291666…
    expect(confidenceOf({ cosine: floor + 0.1, matchedTerms: 1 })).toBe(0.292)
  })

  it('a candidate the vector retriever did not return has no vector evidence when that retriever answered', () => {
    expect(confidenceOf({ cosine: undefined, matchedTerms: 4 })).toBe(0.5)
  })

  it('counts only the retrievers that answered: missing evidence is not evidence against', () => {
    const evidence = { cosine: floor + span / 2, matchedTerms: 4 }
    expect(confidenceOf(evidence, { vector: true, fullText: true })).toBe(0.75)
    expect(confidenceOf(evidence, { vector: true, fullText: false })).toBe(0.5)
    expect(confidenceOf(evidence, { vector: false, fullText: true })).toBe(1)
    expect(confidenceOf(evidence, { vector: false, fullText: false })).toBe(0)
  })

  it('reads the cosine by the embedder’s own calibration', () => {
    const calibration = { ...defaultCalibration, confidenceFloor: 0.3, confidenceSpan: 0.2 }
    expect(confidenceOf({ cosine: 0.4, matchedTerms: 0 }, { vector: true, fullText: false }, calibration)).toBe(0.5)
    expect(confidenceOf({ cosine: 0.25, matchedTerms: 0 }, { vector: true, fullText: false }, calibration)).toBe(0)
  })

  it('one shared term alone is below the listing threshold when both retrievers answered, at it when only full text did', () => {
    expect(minimumConfidence).toBe(0.25)
    expect(confidenceOf({ matchedTerms: 1 })).toBe(0.125)
    expect(confidenceOf({ matchedTerms: 1 })).toBeLessThan(minimumConfidence)
    expect(confidenceOf({ matchedTerms: 1 }, { vector: false, fullText: true })).toBe(0.25)
    expect(confidenceOf({ matchedTerms: 1 }, { vector: false, fullText: true })).toBeGreaterThanOrEqual(minimumConfidence)
  })
})

describe('monotoneConfidence: read top down, confidence never rises', () => {
  const ranked = (confidence: number, id: string): RankedCandidate => ({
    kind: 'expert', id, name: id, organisation: '', score: 0, confidence, reasons: { matchedTerms: [], retrievers: {}, rules: [] },
  })

  it('caps each confidence at the one above it', () => {
    const list = [ranked(0.9, 'a'), ranked(0.6, 'b'), ranked(0.8, 'c'), ranked(0.7, 'd'), ranked(0.3, 'e')]
    expect(monotoneConfidence(list).map((candidate) => candidate.confidence)).toEqual([0.9, 0.6, 0.6, 0.6, 0.3])
    expect(list.map((candidate) => candidate.confidence)).toEqual([0.9, 0.6, 0.8, 0.7, 0.3])
  })

  it('leaves a list that already falls as it is, equal confidences included', () => {
    const list = [ranked(0.8, 'a'), ranked(0.8, 'b'), ranked(0.4, 'c')]
    const capped = monotoneConfidence(list)
    capped.forEach((candidate, index) => expect(candidate).toBe(list[index]))
  })
})

const noHistory: InvitationHistory = { accepted: 0, declined: 0, expired: 0, completedConsultations: 0, ratedConsultations: 0, meanRating: null }

describe('answerHistory: the smoothed acceptance rate moves the score by at most ±10%', () => {
  const history = (accepted: number, declined: number, expired = 0) => ({ ...noHistory, accepted, declined, expired })

  it('says nothing below two invitations', () => {
    expect(answerHistory(history(0, 0))).toBeNull()
    expect(answerHistory(history(1, 0))).toBeNull()
    expect(answerHistory(history(0, 0, 1))).toBeNull()
  })

  it('factor 0.9 + 0.2 × (accepted + 1) / (invited + 2), rounded to three decimals', () => {
    // 3 of 3 accepted: 4/5 → 1.06; 2 of 3: 3/5 → 1.02; 0 of 2: 1/4 → 0.95; 0 of 4: 1/6 → 0.9333…
    expect(answerHistory(history(3, 0))).toMatchObject({ rule: 'answer_history', effect: 'boosted', factor: 1.06 })
    expect(answerHistory(history(2, 1))).toMatchObject({ effect: 'boosted', factor: 1.02 })
    expect(answerHistory(history(0, 2))).toMatchObject({ effect: 'lowered', factor: 0.95 })
    expect(answerHistory(history(0, 2, 2))).toMatchObject({ effect: 'lowered', factor: 0.933 })
  })

  it('an even record (rate one half) has no effect', () => {
    expect(answerHistory(history(1, 1))).toBeNull()
    expect(answerHistory(history(2, 1, 1))).toBeNull()
  })

  it('lapsed invitations count as not accepted', () => {
    expect(answerHistory(history(1, 0, 3))!.factor).toBe(answerHistory(history(1, 3, 0))!.factor)
  })

  it('stays within 0.9 and 1.1 however long the record', () => {
    const best = answerHistory(history(10_000, 0))!.factor
    const worst = answerHistory(history(0, 5_000, 5_000))!.factor
    expect(best).toBeLessThanOrEqual(1.1)
    expect(best).toBeGreaterThan(1.099)
    expect(worst).toBeGreaterThanOrEqual(0.9)
    expect(worst).toBeLessThan(0.901)
  })
})

describe('consultationRecord: completed consultations and their mean rating', () => {
  const record = (completed: number, rated: number, meanRating: number | null) => ({ ...noHistory, completedConsultations: completed, ratedConsultations: rated, meanRating })

  it('nothing without a completed consultation', () => {
    expect(consultationRecord(noHistory)).toBeNull()
  })

  it('completed but unrated ones earn a small boost', () => {
    expect(consultationRecord(record(2, 0, null))).toMatchObject({ rule: 'consultation_record', effect: 'boosted', factor: 1.03 })
    expect(consultationRecord(record(2, 0, 4))).toMatchObject({ factor: 1.03 })
  })

  it('rated ones: 1 + 0.05 × (mean − 3), so ±10% at 5 and 1, neutral at 3', () => {
    expect(consultationRecord(record(3, 3, 5))).toMatchObject({ effect: 'boosted', factor: 1.1 })
    expect(consultationRecord(record(3, 2, 1))).toMatchObject({ effect: 'lowered', factor: 0.9 })
    expect(consultationRecord(record(4, 4, 3.4))).toMatchObject({ effect: 'boosted', factor: 1.02 })
    expect(consultationRecord(record(4, 4, 3))).toBeNull()
  })
})

describe('applyRules: exclusions, then the preferences', () => {
  const need: NeedContext = { id: 'need', enterpriseId: 'enterprise-of-need', enterpriseName: '晋城煤业集团有限公司', parkId: 'park-of-need', regionCode: '140105', visibility: 'public' }
  const profile = (overrides: Partial<CandidateProfile> = {}): CandidateProfile => ({
    kind: 'expert', id: 'candidate', name: '李明', organisation: '山西大学', enterpriseId: null, responderEnterpriseId: null,
    responderOrganisation: '山西大学', availability: 'available', capacity: null, openEngagements: 0, parkId: null, regionCode: null,
    history: noHistory, ...overrides,
  })
  const rulesOf = (overrides: Partial<CandidateProfile>) => applyRules(profile(overrides), need).map((rule) => [rule.rule, rule.effect, rule.factor])

  it('an unrelated, available candidate far away gets no rule', () => {
    expect(applyRules(profile({ regionCode: '140402' }), need)).toEqual([])
  })

  it('excludes a conflict of interest: employed by the need’s enterprise, answered for by its employee, or the same organisation by name', () => {
    expect(rulesOf({ enterpriseId: need.enterpriseId })).toEqual([['conflict_of_interest', 'excluded', 1]])
    expect(rulesOf({ kind: 'society', responderEnterpriseId: need.enterpriseId })).toEqual([['conflict_of_interest', 'excluded', 1]])
    expect(rulesOf({ organisation: '晋城煤业集团', responderOrganisation: '晋城煤业集团' })).toEqual([['conflict_of_interest', 'excluded', 1]])
  })

  it('excludes the unavailable and those at capacity; capacity left or none set is not a rule', () => {
    expect(rulesOf({ availability: 'unavailable' })).toEqual([['unavailable', 'excluded', 1]])
    expect(rulesOf({ capacity: 2, openEngagements: 2 })).toEqual([['at_capacity', 'excluded', 1]])
    expect(rulesOf({ capacity: 2, openEngagements: 3 })).toEqual([['at_capacity', 'excluded', 1]])
    expect(rulesOf({ capacity: 2, openEngagements: 1 })).toEqual([])
    expect(rulesOf({ capacity: null, openEngagements: 50 })).toEqual([])
  })

  it('lists every exclusion that applies, first the conflict', () => {
    expect(rulesOf({ enterpriseId: need.enterpriseId, availability: 'unavailable', capacity: 0 }).map(([rule]) => rule)).toEqual([
      'conflict_of_interest', 'unavailable', 'at_capacity',
    ])
  })

  it('lowers a busy candidate by 15%', () => {
    expect(rulesOf({ availability: 'busy' })).toEqual([['busy', 'lowered', 0.85]])
  })

  it('boosts the need’s park 15%, else its district 10%, else its city 5%: only the closest applies', () => {
    expect(rulesOf({ kind: 'workstation', parkId: need.parkId, regionCode: need.regionCode })).toEqual([['same_park', 'boosted', 1.15]])
    expect(rulesOf({ parkId: 'another-park', regionCode: need.regionCode })).toEqual([['same_region', 'boosted', 1.1]])
    expect(rulesOf({ regionCode: '140106' })).toEqual([['same_city', 'boosted', 1.05]])
    expect(rulesOf({ regionCode: '140402' })).toEqual([])
  })

  it('a province-wide region code is not a city', () => {
    expect(rulesOf({ regionCode: '140000' })).toEqual([])
  })

  it('adds the invitation record and the consultation record, each its own factor', () => {
    const history = { ...noHistory, accepted: 3, completedConsultations: 3, ratedConsultations: 3, meanRating: 5 }
    expect(rulesOf({ availability: 'busy', regionCode: need.regionCode, history })).toEqual([
      ['busy', 'lowered', 0.85],
      ['same_region', 'boosted', 1.1],
      ['answer_history', 'boosted', 1.06],
      ['consultation_record', 'boosted', 1.1],
    ])
  })
})

/**
 * rankCandidates itself over a real database, with both retrievers' answers given: the full-text
 * index is a stub returning set scores, and the vector side reads stored 8-dimensional vectors
 * whose cosines with the need are chosen (unit vectors [c, s, 0, …] against [1, 0, …] give c).
 */
describe('rankCandidates: fused, multiplied by the rules, excluded, thresholded', () => {
  let t: TestApp
  let w: World
  let needId: string
  const ids: Record<string, string> = {}
  const model = 'ranking-test-8'
  const needVector = [1, 0, 0, 0, 0, 0, 0, 0]

  const embedder = (notReady: string | null = null): Embedder => ({
    model,
    dimensions: 8,
    needVisibilities: allNeedVisibilities,
    calibration: defaultCalibration,
    notReadyReason: () => notReady,
    embed: async (texts) => texts.map(() => needVector),
  })
  const textHit = (label: string, score: number, matchedTerms: number): FullTextHit => ({
    kind: 'expert', id: ids[label]!, rank: 0, score, matchedTerms: Array.from({ length: matchedTerms }, (_, index) => `词${index}`), shownTerms: async () => [],
  })
  const fullText = (hits: FullTextHit[]) => ({ name: 'postgres', search: async () => hits.map((hit, index) => ({ ...hit, rank: index + 1 })) }) as unknown as FullTextIndex
  const rank = (hits: FullTextHit[], options: { notReady?: string | null; limit?: number } = {}) =>
    rankCandidates(
      { sql: t.db.sql, fullText: fullText(hits), embedder: embedder(options.notReady ?? null), logger: createLogger('silent') },
      { role: 'admin', keyId: w.keys.admin.id },
      { needId, kinds: ['expert'], limit: options.limit ?? 10 },
    )

  async function expert(label: string, columns: { regionCode?: string; availability?: string; capacity?: number }, cosine?: number) {
    const row = await createExpert(t.db.sql, { name: label, organisation: `${label}研究所` })
    ids[label] = row.id
    await t.db.sql`
      update experts set region_code = ${columns.regionCode ?? '130100'}, availability = ${columns.availability ?? 'available'},
        capacity = ${columns.capacity ?? 5}
      where id = ${row.id}`
    if (cosine === undefined) return
    const vector = [cosine, Math.sqrt(1 - cosine * cosine), 0, 0, 0, 0, 0, 0]
    await t.db.sql`
      insert into match_documents (kind, id, available, body, terms, content_hash)
      values ('expert', ${row.id}, ${columns.availability !== 'unavailable'}, ${label}, to_tsvector('simple', ''), 'test')
      on conflict (kind, id) do nothing`
    await t.db.sql`
      insert into match_embeddings (kind, id, model, dimensions, content_hash, embedding)
      values ('expert', ${row.id}, ${model}, 8, 'test', ${`[${vector.join(',')}]`}::vector)`
  }

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    // The need's park is parkA, district 140400.
    needId = await newNeed(t, w.keys.admin.headers, '焦炉煤气制氢提纯', { enterpriseId: w.enterpriseA.id })
    await expert('甲', {}, 0.3)
    await expert('乙', { regionCode: '140400', availability: 'busy' }, 0.7)
    await expert('丙', {})
    await expert('丁', { availability: 'unavailable' }, 0.65)
    await expert('戊', {}, 0.5)
    await expert('己', {}, 0.05)
    await expert('庚', {})
    await expert('辛', {})
  })
  afterAll(() => t.close())

  it('sums the weighted, normalised contributions of both retrievers and multiplies by the rules’ factors', async () => {
    // Full text: 甲 10, 丁 8, 乙 6, 丙 2 → normalised 1, .75, .5, 0, weighed by 0.8.
    // Vector, available candidates with a cosine above the 0.12 floor: 乙 .7, 戊 .5, 甲 .3 → (c − .3) / .4,
    // weighed by 0.2 (丁 is unavailable, 己 at .05 is not retrieved).
    const answer = await rank([textHit('甲', 10, 4), textHit('丁', 8, 4), textHit('乙', 6, 2), textHit('丙', 2, 1)])
    const text = (score: number) => textWeight * ((score - 2) / (10 - 2))
    const vector = (cosine: number) => vectorWeight * ((cosine - 0.3) / (0.7 - 0.3))
    const expected = {
      甲: text(10) + vector(0.3),
      // Busy (× 0.85) in the need's district (× 1.1).
      乙: (text(6) + vector(0.7)) * 0.85 * 1.1,
      戊: vector(0.5),
    }
    expect(answer.candidates.map((candidate) => candidate.name)).toEqual(['甲', '乙', '戊'])
    for (const candidate of answer.candidates) expect(candidate.score).toBeCloseTo(expected[candidate.name as keyof typeof expected], 5)
    const [first, second] = answer.candidates
    expect(first!.reasons.retrievers).toEqual({ full_text: { rank: 1, score: 10 }, vector: { rank: 3, score: 0.3 } })
    expect(second!.reasons.rules.map((rule) => [rule.rule, rule.factor])).toEqual([['busy', 0.85], ['same_region', 1.1]])
    expect(answer.unavailableRetrievers).toEqual([])
    expect(answer.notice).toBeNull()
  })

  it('removes an excluded candidate before the list and counts it, whatever its score', async () => {
    const answer = await rank([textHit('甲', 10, 4), textHit('丁', 8, 4), textHit('乙', 6, 2), textHit('丙', 2, 1)])
    expect(answer.candidates.map((candidate) => candidate.id)).not.toContain(ids['丁'])
    expect(answer.excluded).toEqual([{ rule: 'unavailable', count: 1 }])
  })

  it('gives each candidate the confidence of its own evidence and drops those below the threshold', async () => {
    const answer = await rank([textHit('甲', 10, 4), textHit('丁', 8, 4), textHit('乙', 6, 2), textHit('丙', 2, 1)])
    const { confidenceFloor: floor, confidenceSpan: span } = defaultCalibration
    const confidence = Object.fromEntries(answer.candidates.map((candidate) => [candidate.name, candidate.confidence]))
    // 甲: cosine .3 → .6, 4 terms → 1; 乙: cosine .7 → 1 (capped), 2 terms → .5; 戊: cosine .5 → 1, no term.
    expect(confidence['甲']).toBeCloseTo(((0.3 - floor) / span + 1) / 2, 3)
    expect(confidence['乙']).toBeCloseTo((1 + 0.5) / 2, 3)
    expect(confidence['戊']).toBeCloseTo((1 + 0) / 2, 3)
    // 丙: no vector evidence and one term, (0 + .25) / 2 = .125 < .25: ranked, not listed.
    expect(answer.candidates.map((candidate) => candidate.name)).not.toContain('丙')
  })

  it('with the vector retriever unavailable, full text alone ranks (its weight unchanged) and alone makes the confidence', async () => {
    const answer = await rank([textHit('甲', 10, 4), textHit('乙', 6, 2), textHit('丙', 2, 1)], { notReady: '向量模型尚未就绪' })
    expect(answer.unavailableRetrievers).toEqual(['vector'])
    expect(answer.candidates.map((candidate) => candidate.name)).toEqual(['甲', '乙', '丙'])
    expectClose(answer.candidates.map((candidate) => candidate.score), [textWeight * 1, textWeight * 0.5 * 0.85 * 1.1, 0].map(round6))
    // Full-text evidence only: 4 terms → 1, 2 → .5, 1 → .25 (listed: at the threshold).
    expect(answer.candidates.map((candidate) => candidate.confidence)).toEqual([1, 0.5, 0.25])
  })

  it('a single full-text hit gets the whole full-text weight', async () => {
    const answer = await rank([textHit('丙', 0.42, 4)], { notReady: '向量模型尚未就绪' })
    expect(answer.candidates.map((candidate) => candidate.name)).toEqual(['丙'])
    expect(answer.candidates[0]!.score).toBeCloseTo(textWeight, 9)
  })

  it('equal fused scores keep the retrievers’ order: full-text rank, then vector-only hits', async () => {
    // 庚 and 辛 tie at the whole full-text weight (equal scores, no spread).
    const answer = await rank([textHit('辛', 5, 4), textHit('庚', 5, 4)], { notReady: '向量模型尚未就绪' })
    expect(answer.candidates.map((candidate) => candidate.name)).toEqual(['辛', '庚'])
    expectClose(answer.candidates.map((candidate) => candidate.score), [textWeight, textWeight])
    const reversed = await rank([textHit('庚', 5, 4), textHit('辛', 5, 4)], { notReady: '向量模型尚未就绪' })
    expect(reversed.candidates.map((candidate) => candidate.name)).toEqual(['庚', '辛'])
  })

  it('an empty full-text answer leaves the vector side to rank alone, weighed as before', async () => {
    const answer = await rank([])
    // Vector hits 乙 .7, 戊 .5, 甲 .3 (丁 excluded): 乙 keeps its rules; 甲 at the bottom of the list gets 0.
    expect(answer.candidates.map((candidate) => candidate.name)).toEqual(['乙', '戊', '甲'])
    expect(answer.candidates[0]!.score).toBeCloseTo(vectorWeight * 1 * 0.85 * 1.1, 5)
    expect(answer.candidates[1]!.score).toBeCloseTo(vectorWeight * ((0.5 - 0.3) / 0.4), 5)
    expect(answer.candidates[2]!.score).toBe(0)
  })

  it('nothing good enough gives an empty list and says so', async () => {
    const answer = await rank([textHit('丙', 3, 0)], { notReady: '向量模型尚未就绪' })
    expect(answer.candidates).toEqual([])
    expect(answer.notice).toMatch(/no candidate is a good enough match/)
  })
})
