import { exclusionsOf } from '../../core/engagement-rules.js'
import { DomainError } from '../../core/errors.js'
import { needStatusesTakingPartners } from '../../core/vocabulary.js'
import { type Actor, recordAudit } from '../../platform/db/audit.js'
import { type MatchingDeps, explainCandidates, loadCandidateProfiles, loadNeedContext } from '../matching/index.js'
import type { EventRow, SolutionSummary } from './model.js'
import * as eventsDb from './queries.js'
import { visibleEvent } from './service.js'
import { type AssignmentProblem, solveAssignment, topK } from './solver/assign.js'
import { InfeasibleModel } from './solver/highs.js'
import { solveTimetable } from './solver/timetable.js'

type Refused = SolutionSummary['refused'][number]

/**
 * A pair's weight in the objective (0–1): half its confidence, which is comparable across needs
 * but saturates at 1 for every well-evidenced expert, and half its fused score relative to the
 * need's best enrolled expert, which orders the experts within a need (its scale is the need's own).
 */
export const weightOf = (confidence: number, score: number, best: number) => Math.round((confidence / 2 + (best > 0 ? score / best / 2 : 0)) * 1e4) / 1e4

/**
 * `POST /v1/events/{id}/assignment`: scores every enrolled pair as the need's candidate list
 * would (`explainCandidates`, weighted by `weightOf`), leaves out pairs the engagement rules refuse
 * (conflict of interest, unavailable, at capacity: `exclusionsOf`), forbidden pairs and experts
 * without a slot, solves the assignment and then the timetable, and stores the meetings.
 */
export async function solveEvent(deps: MatchingDeps, actor: Actor, id: string): Promise<EventRow> {
  const started = Date.now()
  const event = await visibleEvent(deps.sql, actor.principal, id)
  if (event.status === 'published') throw new DomainError('conflict', 'A published event is not solved again', { currentState: 'published' })
  const key = (needId: string, expertId: string) => `${needId}:${expertId}`
  const pinned = new Set(event.pins.map((pair) => key(pair.needId, pair.expertId)))
  const forbidden = new Set(event.forbids.map((pair) => key(pair.needId, pair.expertId)))
  const profiles = new Map((await loadCandidateProfiles(deps.sql, event.experts.map((expert) => ({ kind: 'expert' as const, id: expert.expertId })))).map((p) => [p.id, p]))
  const states = new Map((await eventsDb.needsByIds(deps.sql, event.needs.map((need) => need.needId))).map((need) => [need.id, need]))
  const refused: Refused[] = []
  const refuse = (needId: string, expertId: string, rule: string, detail: string) => {
    if (pinned.has(key(needId, expertId))) refused.push({ needId, expertId, rule, detail })
  }
  const problem: AssignmentProblem = {
    needs: event.needs.map((need) => ({ party: states.get(need.needId)!.enterpriseId, min: need.minMeetings ?? 1, max: need.maxMeetings ?? 2 })),
    experts: event.experts.map((expert) => ({ cap: expert.cap ?? 3, slots: expert.slots ?? [] })),
    pairs: [],
    slotCount: event.slots.length,
    tableCount: event.tables.length,
  }
  const pairs: (AssignmentProblem['pairs'][number] & { needId: string; expertId: string; confidence: number })[] = []
  for (const [n, need] of event.needs.entries()) {
    const state = states.get(need.needId)!
    if (!needStatusesTakingPartners.includes(state.status)) {
      for (const expert of event.experts) refuse(need.needId, expert.expertId, 'need_not_taking_partners', `需求状态为 ${state.status} (the need takes no partners)`)
      continue
    }
    const context = (await loadNeedContext(deps.sql, need.needId))!
    const explained = await explainCandidates(deps, need.needId, event.experts.map((expert) => ({ kind: 'expert' as const, id: expert.expertId })))
    const offered: typeof pairs = []
    const best = Math.max(0, ...[...explained.values()].map((explanation) => explanation.score))
    for (const [e, expert] of event.experts.entries()) {
      const [exclusion] = exclusionsOf(profiles.get(expert.expertId)!, context)
      if (exclusion) refuse(need.needId, expert.expertId, exclusion.rule, exclusion.detail)
      else if ((expert.slots ?? []).length === 0) refuse(need.needId, expert.expertId, 'no_slot', '专家未选择可出席时段 (the expert attends no slot)')
      else if (!forbidden.has(key(need.needId, expert.expertId))) {
        const { confidence, score } = explained.get(`expert:${expert.expertId}`) ?? { confidence: 0, score: 0 }
        const isPinned = pinned.has(key(need.needId, expert.expertId))
        offered.push({ need: n, expert: e, score: weightOf(confidence, score, best), good: confidence >= event.minConfidence, pinned: isPinned, needId: need.needId, expertId: expert.expertId, confidence })
      }
    }
    offered.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.score - a.score)
    pairs.push(...offered.filter((pair, rank) => pair.pinned || rank < topK))
  }
  const solution = await solveAssignment({ ...problem, pairs }, { lpBound: true }).catch((error: unknown) => {
    // Only pins make the model infeasible: every other constraint is met by meeting nobody.
    if (!(error instanceof InfeasibleModel)) throw error
    throw new DomainError('conflict', 'The pinned pairs cannot all meet within the caps, maxima and slots: unpin some', { rule: 'pins_infeasible' })
  })
  const chosen = solution.chosen.map((p) => pairs[p]!)
  const { placed } = await solveTimetable({
    meetings: chosen.map((pair) => ({ expert: pair.expert, party: problem.needs[pair.need]!.party, slots: problem.experts[pair.expert]!.slots, weight: pair.score + (pair.pinned ? 1 : 0) })),
    slotCount: problem.slotCount,
    tableCount: problem.tableCount,
  })
  const summary: SolutionSummary = {
    meetings: placed.filter(Boolean).length,
    needsCovered: solution.value.covered,
    needsEnrolled: event.needs.length,
    shortfall: solution.value.shortfall,
    totalScore: Math.round(solution.value.score * 1e4) / 1e4,
    lpBound: solution.lpBound === undefined ? null : Math.round(solution.lpBound * 1e4) / 1e4,
    unplaced: placed.filter((place) => place === null).length,
    solveMs: Date.now() - started,
    refused,
  }
  return deps.sql.begin(async (tx) => {
    const current = await visibleEvent(tx, actor.principal, id, { forUpdate: true })
    await eventsDb.saveSolution(tx, id, summary, chosen.map((pair, m) => ({
      needId: pair.needId, expertId: pair.expertId, slot: placed[m]?.slot ?? null, table: placed[m]?.table ?? null, score: pair.score, confidence: pair.confidence, pinned: pair.pinned ?? false,
    })))
    const after = (await eventsDb.findEvent(tx, id))!
    await recordAudit(tx, actor, { action: 'event.solve', entityType: 'event', entityId: id, parkId: after.parkId, before: current, after })
    return after
  })
}
