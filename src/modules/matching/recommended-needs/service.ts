import { notFound } from '../../../core/access.js'
import { DomainError } from '../../../core/errors.js'
import type { Principal } from '../../../core/principal.js'
import type { CandidateKind } from '../../../core/vocabulary.js'
import { needsWithheldFrom, readableNeedIds } from '../../needs/index.js'
import { loadCandidateProfiles, storedEmbedding } from '../candidates/queries.js'
import { type Fusion, type RuleEffect, applyRules, minimumConfidence, monotoneConfidence } from '../candidates/ranking.js'
import { type MatchingDeps, judged } from '../candidates/service.js'
import { toMatchDocument } from '../index/search-document.js'
import { loadMatchSources } from '../index/search-sources.js'
import { nearestAmong } from '../index/vector-search.js'
import { RETRIEVAL_DEPTH, fuse, nothingListedNotice, retrieve } from '../retrieval.js'
import { type RecommendedNeed, type RecommendedNeedPage, type RecommendedNeedQuery, decodeOffset, encodeOffset } from './model.js'
import { loadCandidateOwner, loadNeedSummaries, needsOpenTo } from './queries.js'

/** Rules about the candidate, not the need: they would exclude every need, so the answer says them once. */
const standingRules: readonly RuleEffect['rule'][] = ['unavailable', 'at_capacity']

const nothingGoodNotice = '暂无足够匹配的需求 (no need is a good enough match; broaden the profile\'s fields and keywords)'

/**
 * Who may ask: the expert who answers for the candidate (the expert itself, a society's contact,
 * a workstation's lead), park staff and admins. Enterprises are refused as experts are refused
 * candidate lists: it is the other side's view.
 */
function assertMayAsk(principal: Principal, answeringExpertId: string | null): void {
  if (principal.role === 'enterprise') throw new DomainError('forbidden', 'Enterprises do not see the needs recommended to experts')
  if (principal.role === 'expert' && principal.expertId !== answeringExpertId) {
    throw new DomainError('forbidden', 'Only the expert who answers for this candidate sees the needs recommended to it')
  }
}

/**
 * Needs for a candidate: matching the other way round. The candidate's own text is the query, the
 * needs it could still take up are the documents, and the retrievers, their fusion, the rules and
 * the confidence are the candidates' (`retrieval.ts`, `candidates/ranking.ts`). Only needs the
 * caller may read are listed (each is read through the needs module, as `GET /v1/needs/{id}` would).
 */
export async function recommendNeeds(
  deps: MatchingDeps,
  principal: Principal,
  candidate: { kind: CandidateKind; id: string },
  query: RecommendedNeedQuery & { fusion?: Fusion },
): Promise<RecommendedNeedPage> {
  const fusion = query.fusion ?? 'weighted'
  const offset = decodeOffset(query.cursor)
  const owner = await loadCandidateOwner(deps.sql, candidate.kind, candidate.id)
  if (!owner) throw notFound(candidate.kind, candidate.id)
  assertMayAsk(principal, owner.answeringExpertId)
  const [[profile], [source], open] = await Promise.all([
    loadCandidateProfiles(deps.sql, [candidate]),
    loadMatchSources(deps.sql, candidate.kind, [candidate.id]),
    needsOpenTo(deps.sql, candidate),
  ])
  const document = toMatchDocument(source!)
  const ids = open.map((need) => need.id)
  const retrieval = await retrieve(deps, {
    text: `${document.title}\n${document.body}`,
    kinds: ['need'],
    fusion,
    ids,
    // The query is the candidate's profile, which every role may read and which the outbox already
    // gives the embedder: nothing is withheld. A private need's text stays out of a provider all
    // the same: such needs are never embedded by one (their documents have no vector of its
    // model), so they are found by full text only.
    withheld: null,
    storedVector: () => storedEmbedding(deps.sql, candidate.kind, candidate.id, deps.embedder.model),
    nearest: (vector) =>
      nearestAmong(deps.sql, vector, { kind: 'need', ids, model: deps.embedder.model, dimensions: deps.embedder.dimensions, availableOnly: true }, RETRIEVAL_DEPTH),
  })
  const fused = [...fuse(fusion, retrieval).values()]
  const readable = new Set(await readableNeeds(deps, principal, fused.map((entry) => entry.id)))
  const summaries = new Map((await loadNeedSummaries(deps.sql, [...readable])).map((need) => [need.id, need]))
  const standing = new Map(open.map((need) => [need.id, need]))

  let blockedBy: RuleEffect | null = null
  const excluded = new Map<RuleEffect['rule'], number>()
  const ranked: (RecommendedNeed & { shownTerms: () => Promise<string[]> })[] = []
  for (const entry of fused) {
    const need = summaries.get(entry.id)
    if (!need || !profile) continue
    const rules = applyRules(profile, need).filter((rule) => {
      if (!standingRules.includes(rule.rule)) return true
      blockedBy ??= rule
      return false
    })
    const { exclusion, score, confidence } = judged(entry, rules, retrieval)
    if (exclusion) {
      excluded.set(exclusion.rule, (excluded.get(exclusion.rule) ?? 0) + 1)
      continue
    }
    const live = standing.get(need.id)
    ranked.push({
      id: need.id, title: need.title, kind: need.kind, industryCode: need.industryCode, status: need.status, visibility: need.visibility,
      enterpriseId: need.enterpriseId, parkId: need.parkId, proposalsCloseAt: need.proposalsCloseAt?.toISOString() ?? null,
      score, confidence,
      reasons: { matchedTerms: [], retrievers: entry.retrievers, rules },
      engagement: { invitationId: live?.invitationId ?? null, proposal: live?.proposal ?? null },
      shownTerms: entry.shownTerms,
    })
  }
  ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
  const good = monotoneConfidence(ranked.filter((need) => need.confidence >= minimumConfidence))
  const shown = good.slice(offset, offset + query.limit)
  // A confidential need is recommended for its problem; who posted it stays unnamed (null) to an expert not accepted.
  const withheld = await needsWithheldFrom(deps.sql, principal, shown.map((need) => need.id))
  // Asked for together, so their texts are read in one statement.
  const page = await Promise.all(
    shown.map(async ({ shownTerms, ...need }) => ({
      ...need,
      enterpriseId: withheld.has(need.id) ? null : need.enterpriseId,
      reasons: { ...need.reasons, matchedTerms: (await shownTerms()).slice(0, 20) },
    })),
  )
  const next = offset + query.limit
  return {
    candidate: { ...candidate, name: owner.name },
    items: page,
    nextCursor: next < good.length ? encodeOffset(next) : null,
    total: good.length,
    unavailableRetrievers: retrieval.unavailableReasons.map((entry) => entry.retriever),
    unavailableReasons: retrieval.unavailableReasons,
    excluded: [...excluded].map(([rule, count]) => ({ rule, count })),
    blockedBy,
    notice: noticeOf(blockedBy, good.length > 0 ? null : nothingListedNotice(retrieval, fusion, nothingGoodNotice)),
  }
}

/** Unavailable or at capacity: the list is still shown (what it would get), saying it cannot take any up now. */
function noticeOf(blockedBy: RuleEffect | null, nothing: string | null): string | null {
  const blocked = blockedBy ? `目前不能接受新的对接（${blockedBy.detail}）：以下需求仅供参考，调整接单状态或容量后才能接受邀请或被采纳 (cannot take up a need now; the list is for reference)` : null
  return [blocked, nothing].filter((part) => part !== null).join('；') || null
}

/** The needs the caller may read, of these, in their order: the needs module's read rules, in one read. */
async function readableNeeds(deps: MatchingDeps, principal: Principal, ids: string[]): Promise<string[]> {
  const readable = await readableNeedIds(deps.sql, principal, ids)
  return ids.filter((id) => readable.has(id))
}
