import type { Principal } from '../../../core/principal.js'
import type { CandidateKind } from '../../../core/vocabulary.js'
import { type Retrieval, fuse, nothingListedNotice, retrieve } from '../retrieval.js'
import { type RetrieverEvidence, type Retriever, type RuleEffect, applyRules, minimumConfidence } from '../candidates/ranking.js'
import { type CandidateProfile, loadCandidateProfiles } from '../candidates/queries.js'
import { type MatchingDeps, judged, needAsQuery, needToRank } from '../candidates/service.js'
import { type Aspect, aspectsOf } from './aspects.js'
import { type ComposedTeam, type PoolMember, bestIndividual, composeTeams } from './compose.js'

/** How many of each aspect's best candidates enter the pool teams are formed from. */
export const poolPerAspect = 5
/** How deep each aspect's fused list is read before the rules. */
const readDepth = 30

export interface Evidence {
  matchedTerms: string[]
  retrievers: Partial<Record<Retriever, RetrieverEvidence>>
}

export interface TeamQuery {
  needId: string
  kinds: CandidateKind[]
  limit: number
}

export interface TeamAnswer {
  aspects: Aspect[]
  teams: ComposedTeam<Evidence>[]
  bestIndividual: ComposedTeam<Evidence> | null
  profiles: Map<string, CandidateProfile>
  excluded: { rule: RuleEffect['rule']; count: number }[]
  unavailableReasons: { retriever: Retriever; reason: string }[]
  notice: string | null
}

const oneAspectNotice = '该需求只陈述了一个技术难题，无需组队：请直接查看候选列表 (the need states one difficulty; a team has nothing to split — see its candidates)'
const noBetterTeamNotice = '没有哪个团队比排名第一的单个候选覆盖更多难题：邀请该候选即可 (no team covers more of the need\'s difficulties than the best single candidate)'
const nothingGoodNotice = '暂无足够匹配的候选可组成团队 (no candidate is a good enough match for any of the need\'s difficulties)'

/**
 * Teams for a need: its aspects (aspects.ts), each searched by the candidate list's retrievers and
 * fusion with the aspect's text as the query (the need's visibility decides whether an embeddings
 * provider may read it, as for the need itself), the candidate list's rules applied to each
 * candidate (applyRules: conflicts, unavailable and fully booked candidates never enter the pool),
 * then the best-covering teams (compose.ts). Offered only when they cover more aspects than the
 * best single candidate; otherwise, or with one aspect, a notice says so.
 */
export async function rankTeams(deps: MatchingDeps, principal: Principal, query: TeamQuery): Promise<TeamAnswer> {
  // Asked as the candidate list is: the need's enterprise, its park staff and admins; experts refused.
  const { need, context } = await needToRank(deps, principal, query.needId)
  const aspects = aspectsOf(need)
  const answer: TeamAnswer = { aspects, teams: [], bestIndividual: null, profiles: new Map(), excluded: [], unavailableReasons: [], notice: null }
  if (aspects.length < 2) return { ...answer, notice: oneAspectNotice }

  const base = await needAsQuery(deps, need, query.kinds, 'weighted')
  // The aspects are asked one after another: a provider's budget and rate are spent in order.
  const retrievals: Retrieval<CandidateKind>[] = []
  for (const aspect of aspects) retrievals.push(await retrieve(deps, { ...base, text: aspect.query, storedVector: async () => null }))
  const fused = retrievals.map((retrieval) => new Map([...fuse('weighted', retrieval)].sort((a, b) => b[1].score - a[1].score).slice(0, readDepth)))
  const keys = [...new Set(fused.flatMap((list) => [...list.values()]))]
  const profiles = new Map((await loadCandidateProfiles(deps.sql, keys)).map((profile) => [`${profile.kind}:${profile.id}`, profile]))

  const excludedBy = new Map<string, RuleEffect['rule']>()
  const members = new Map<string, PoolMember<Evidence>>()
  const perAspect: string[][] = aspects.map(() => [])
  // Every member's evidence is asked for in this one turn, so each aspect's texts are read in one statement.
  const evidenceRead: Promise<void>[] = []
  fused.forEach((list, aspect) => {
    for (const [key, entry] of list) {
      const profile = profiles.get(key)
      if (!profile) continue
      const rules = applyRules(profile, context)
      const { exclusion, score, confidence } = judged(entry, rules, retrievals[aspect]!)
      if (exclusion) {
        excludedBy.set(key, exclusion.rule)
        continue
      }
      const member = members.get(key) ?? { key, aspects: new Map() }
      const evidence: Evidence = { matchedTerms: [], retrievers: entry.retrievers }
      evidenceRead.push(entry.shownTerms().then((terms) => void (evidence.matchedTerms = terms.slice(0, 10))))
      member.aspects.set(aspect, { confidence, score, evidence })
      members.set(key, member)
      if (confidence >= minimumConfidence) perAspect[aspect]!.push(key)
    }
  })
  await Promise.all(evidenceRead)
  const pooled = new Set(perAspect.flatMap((ranked, aspect) => ranked.sort((a, b) => members.get(b)!.aspects.get(aspect)!.score - members.get(a)!.aspects.get(aspect)!.score).slice(0, poolPerAspect)))
  const pool = [...pooled].sort().map((key) => members.get(key)!)
  const excludedCounts = new Map<RuleEffect['rule'], number>()
  for (const rule of excludedBy.values()) excludedCounts.set(rule, (excludedCounts.get(rule) ?? 0) + 1)

  const unavailableReasons = dedupeReasons(retrievals)
  const individual = bestIndividual(pool, aspects.length, minimumConfidence)
  const better = composeTeams(pool, aspects.length, minimumConfidence).filter((team) => team.covered > (individual?.covered ?? 0))
  const notice = pool.length === 0 ? nothingListedNotice(retrievals[0]!, 'weighted', nothingGoodNotice) : better.length === 0 ? noBetterTeamNotice : null
  return {
    ...answer,
    teams: better.slice(0, query.limit),
    bestIndividual: individual,
    profiles,
    excluded: [...excludedCounts].map(([rule, count]) => ({ rule, count })),
    unavailableReasons,
    notice,
  }
}

/** Each retriever that some aspect could not use, once, with the first reason given. */
function dedupeReasons(retrievals: Retrieval<CandidateKind>[]): TeamAnswer['unavailableReasons'] {
  const reasons = new Map<Retriever, string>()
  for (const retrieval of retrievals) for (const { retriever, reason } of retrieval.unavailableReasons) if (!reasons.has(retriever)) reasons.set(retriever, reason)
  return [...reasons].map(([retriever, reason]) => ({ retriever, reason }))
}
