import type { Sql } from '../../../platform/db/client.js'
import { type NeedContext, loadCandidateProfiles, loadNeedContext, storedNeedEmbedding } from './queries.js'
import { loadMatchSources } from '../index/search-sources.js'
import { nearestCandidates } from '../index/vector-search.js'
import { DomainError } from '../../../core/errors.js'
import { notFound } from '../../../core/access.js'
import { type Fusion, type RankedCandidate, type Retriever, type RuleEffect, applyRules, confidenceOf, minimumConfidence, monotoneConfidence } from './ranking.js'
import { toMatchDocument } from '../index/search-document.js'
import { getNeed } from '../../needs/index.js'
import type { Principal } from '../../../core/principal.js'
import { type CandidateKind, type DocumentKind, type NeedVisibility } from '../../../core/vocabulary.js'
import { type FusedEntry, QUERY_EMBED_TIMEOUT_MS, RETRIEVAL_DEPTH, type Retrieval, type RetrievalDeps, type RetrievalQuery, fuse, nothingListedNotice, retrieve } from '../retrieval.js'

export interface MatchingDeps extends RetrievalDeps {
  sql: Sql
}

export { QUERY_EMBED_TIMEOUT_MS }

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

/** Said when no candidate is good enough (the recommended needs say the same of needs). */
const nothingGoodNotice = '暂无足够匹配的候选 (no candidate is a good enough match; broaden the need or its keywords)'
/** Who may ask for candidates (and teams): the need's enterprise, its park staff and admins. */
function assertMayRank(principal: Principal): void {
  if (principal.role === 'expert') throw new DomainError('forbidden', 'Experts do not see candidate lists')
}

/** The need a ranking (its candidates, its teams) is asked for, read as the caller may, with what the rules read of it. */
export async function needToRank(deps: MatchingDeps, principal: Principal, needId: string) {
  assertMayRank(principal)
  // Read together (one wait, not two); the context is used only once getNeed has let the caller see the need.
  const [need, context] = await Promise.all([getNeed(deps.sql, principal, needId), loadNeedContext(deps.sql, needId)])
  if (principal.role === 'enterprise' && need.enterpriseId !== principal.enterpriseId) {
    throw new DomainError('forbidden', 'Only the enterprise that posted a need sees its candidates')
  }
  if (!context) throw notFound('need', needId)
  return { need, context }
}

export async function rankCandidates(deps: MatchingDeps, principal: Principal, query: CandidateQuery): Promise<CandidateAnswer> {
  // The need's text is read beside the access check and used only after it.
  const [{ need, context }, sources] = await Promise.all([needToRank(deps, principal, query.needId), loadMatchSources(deps.sql, 'need', [query.needId])])
  const retrieval = await retrieve(deps, await needAsQuery(deps, need, query.kinds, query.fusion ?? 'weighted', sources[0]))
  const { unavailableReasons } = retrieval
  const unavailable = unavailableReasons.map((entry) => entry.retriever)
  const fused = fuse(query.fusion ?? 'weighted', retrieval)

  const ordered = [...fused.values()].sort((a, b) => b.score - a.score).slice(0, Math.max(query.limit * 3, 30))
  const profiles = new Map((await loadCandidateProfiles(deps.sql, ordered)).map((profile) => [`${profile.kind}:${profile.id}`, profile]))

  const excluded = new Map<RuleEffect['rule'], number>()
  const candidates: RankedCandidate[] = []
  const shownTermsOf = new Map<RankedCandidate, () => Promise<string[]>>()
  for (const entry of ordered) {
    const profile = profiles.get(`${entry.kind}:${entry.id}`)
    if (!profile) continue
    const rules = applyRules(profile, context)
    const { exclusion, score, confidence } = judged(entry, rules, retrieval)
    if (exclusion) {
      excluded.set(exclusion.rule, (excluded.get(exclusion.rule) ?? 0) + 1)
      continue
    }
    const candidate: RankedCandidate = {
      kind: entry.kind,
      id: entry.id,
      name: profile.name,
      organisation: profile.organisation,
      score,
      confidence,
      reasons: { matchedTerms: [], retrievers: entry.retrievers, rules },
    }
    candidates.push(candidate)
    shownTermsOf.set(candidate, entry.shownTerms)
  }
  candidates.sort((a, b) => b.score - a.score)
  const listed = candidates.filter((candidate) => candidate.confidence >= minimumConfidence).slice(0, query.limit)
  // Asked for together, so their texts are read in one statement.
  await Promise.all(
    listed.map(async (candidate) => {
      candidate.reasons.matchedTerms = (await shownTermsOf.get(candidate)!()).slice(0, 20)
    }),
  )
  const good = monotoneConfidence(listed)
  return {
    candidates: good,
    unavailableRetrievers: unavailable,
    unavailableReasons,
    excluded: [...excluded].map(([rule, count]) => ({ rule, count })),
    notice: good.length > 0 ? null : nothingListedNotice(retrieval, query.fusion ?? 'weighted', nothingGoodNotice),
  }
}

/** What the retrievers are asked for a need's candidates: its text, and its vector where it may have one. */
export async function needAsQuery(
  deps: MatchingDeps,
  need: { id: string; visibility: NeedVisibility },
  kinds: CandidateKind[],
  fusion: Fusion,
  /** The need's search source when the caller has read it already. */
  loaded?: Awaited<ReturnType<typeof loadMatchSources>>[number],
): Promise<RetrievalQuery<CandidateKind>> {
  const source = loaded ?? (await loadMatchSources(deps.sql, 'need', [need.id]))[0]
  const document = toMatchDocument(source!)
  return {
    text: `${document.title}\n${document.body}`,
    kinds,
    fusion,
    // A need its enterprise keeps private is not handed to a third-party provider (the local
    // embedder reads everything: nothing leaves the process).
    withheld: deps.embedder.needVisibilities.has(need.visibility) ? null : withheldReason(need.visibility),
    storedVector: () => storedNeedEmbedding(deps.sql, need.id, deps.embedder.model),
    nearest: (vector) =>
      nearestCandidates(deps.sql, vector, { kinds, model: deps.embedder.model, dimensions: deps.embedder.dimensions, availableOnly: true }, RETRIEVAL_DEPTH),
  }
}

/** The score a document's rules make of its fused one, the exclusion among them, and its confidence (before the list's cap). */
export function judged(entry: FusedEntry<DocumentKind>, rules: RuleEffect[], retrieval: Retrieval<DocumentKind>) {
  const exclusion = rules.find((rule) => rule.effect === 'excluded') ?? null
  const score = Math.round(rules.reduce((value, rule) => value * rule.factor, entry.score) * 1e6) / 1e6
  const confidence = confidenceOf({ cosine: entry.retrievers.vector?.score, matchedTerms: entry.matchedTerms.length }, retrieval.used, retrieval.calibration)
  return { exclusion, score, confidence }
}

export function withheldReason(visibility: string): string {
  return `需求可见范围为 ${visibility}，其文本不发送给向量服务商，仅按全文检索匹配 (a ${visibility} need's text is not sent to the embeddings provider: EMBEDDING_PROVIDER_NEED_VISIBILITY)`
}
