import { greedyAssignment } from './greedy.js'
import type { AssignmentProblem } from './problem.js'
import { type LinearModel, maximise, term } from './highs.js'

export type { AssignmentProblem }

/**
 * Which expert meets which need at an event: a mixed-integer programme solved by HiGHS. The
 * objective is lexicographic, solved in two phases so that neither level's weights have to dwarf
 * the other's (one big-M objective would leave the scores inside the MIP gap):
 *   1. the most needs with at least one good meeting (confidence at or above the floor), and of
 *      those the fewest meetings short of each need's minimum: `coverWeight · Σ covered − Σ short`;
 *   2. at that optimum, the highest total score, less `thirdPenalty` for each meeting of a need
 *      beyond its second (so meetings spread before any need gets a third).
 * Hard constraints: each expert's cap (no more than the slots they attend), each need's maximum,
 * pinned pairs, no more meetings for an enterprise than the event has slots, no more meetings than
 * slots × tables. Conflicted, forbidden and unavailable pairs are never offered to the solver.
 */

export interface AssignmentValue {
  covered: number
  shortfall: number
  score: number
  thirds: number
  /** score − thirdPenalty · thirds: what phase 2 maximises. */
  objective: number
}

export interface AssignmentSolution {
  /** Indexes into `pairs` of the meetings chosen. */
  chosen: number[]
  value: AssignmentValue
  /** The LP relaxation's phase-2 objective at the phase-1 optimum: an upper bound on `value.objective`. */
  lpBound?: number
}

const defaultThirdPenalty = 0.05

/**
 * Each need keeps its best `topK` experts as candidate pairs (pinned pairs always): the solver's
 * size then grows with the needs, not needs × experts, and a pair further down a need's list
 * would not win a meeting over its betters anyway unless every better one were at its cap.
 */
export const topK = 40

/** The value of a set of meetings under the objective above (shared by the solver, its tests and the benchmark). */
export function valueOf(problem: AssignmentProblem, chosen: readonly number[]): AssignmentValue {
  const count = problem.needs.map(() => 0)
  const good = problem.needs.map(() => false)
  let score = 0
  for (const p of chosen) {
    const pair = problem.pairs[p]!
    count[pair.need]!++
    if (pair.good) good[pair.need] = true
    score += pair.score
  }
  const thirds = count.reduce((sum, n) => sum + Math.max(0, n - 2), 0)
  const shortfall = problem.needs.reduce((sum, need, i) => sum + Math.max(0, need.min - count[i]!), 0)
  const penalty = problem.thirdPenalty ?? defaultThirdPenalty
  return { covered: good.filter(Boolean).length, shortfall, score, thirds, objective: score - penalty * thirds }
}

/** Whether a set of meetings keeps every hard constraint. */
export function feasible(problem: AssignmentProblem, chosen: readonly number[]): boolean {
  const perNeed = problem.needs.map(() => 0)
  const perExpert = problem.experts.map(() => 0)
  const perParty = new Map<string, number>()
  const set = new Set(chosen)
  for (const p of chosen) {
    const pair = problem.pairs[p]!
    perNeed[pair.need]!++
    perExpert[pair.expert]!++
    const party = problem.needs[pair.need]!.party
    perParty.set(party, (perParty.get(party) ?? 0) + 1)
  }
  if (problem.pairs.some((pair, p) => pair.pinned && !set.has(p))) return false
  if (perNeed.some((n, i) => n > problem.needs[i]!.max)) return false
  if (perExpert.some((n, e) => n > capOf(problem, e))) return false
  if ([...perParty.values()].some((n) => n > problem.slotCount)) return false
  return chosen.length <= problem.slotCount * problem.tableCount
}

const capOf = (problem: AssignmentProblem, e: number) => Math.min(problem.experts[e]!.cap, problem.experts[e]!.slots.length)

/** The rows and bounds both phases share: x_p binary meetings, f_n covered, s_n short, t_n thirds. */
function baseModel(problem: AssignmentProblem): LinearModel & { cover: string[]; phase2: string[]; full: string[] } {
  const constraints: string[] = []
  const bounds: string[] = []
  const byNeed = problem.needs.map(() => [] as number[])
  const byExpert = problem.experts.map(() => [] as number[])
  const byParty = new Map<string, number[]>()
  problem.pairs.forEach((pair, p) => {
    byNeed[pair.need]!.push(p)
    byExpert[pair.expert]!.push(p)
    const party = problem.needs[pair.need]!.party
    byParty.set(party, [...(byParty.get(party) ?? []), p])
    bounds.push(pair.pinned ? `x${p} = 1` : `0 <= x${p} <= 1`)
  })
  const sum = (ps: readonly number[]) => ps.map((p) => term(1, `x${p}`)).join(' ')
  const cover: string[] = []
  const phase2: string[] = []
  const full: string[] = []
  const penalty = problem.thirdPenalty ?? defaultThirdPenalty
  problem.needs.forEach((need, n) => {
    const ps = byNeed[n]!
    if (ps.length > 0) constraints.push(`${sum(ps)} <= ${need.max}`)
    const good = ps.filter((p) => problem.pairs[p]!.good)
    bounds.push(`0 <= f${n} <= ${good.length > 0 ? 1 : 0}`, `s${n} >= 0`)
    if (good.length > 0) constraints.push(`f${n} ${good.map((p) => term(-1, `x${p}`)).join(' ')} <= 0`)
    constraints.push(`s${n} ${sum(ps)} >= ${need.min}`)
    cover.push(term(coverWeight(problem), `f${n}`), term(-1, `s${n}`))
    // Every need covered and none short, phase 2 says so need by need: well-scaled rows, unlike the big-weight sum.
    if (good.length > 0) full.push(`${sum(good)} >= 1`)
    if (need.min > 0) full.push(`${sum(ps)} >= ${need.min}`)
    // A third meeting is possible only where the maximum allows it.
    if (penalty > 0 && need.max > 2) {
      bounds.push(`t${n} >= 0`)
      constraints.push(`t${n} ${ps.map((p) => term(-1, `x${p}`)).join(' ')} >= -2`)
      phase2.push(term(-penalty, `t${n}`))
    }
  })
  problem.experts.forEach((_, e) => {
    if (byExpert[e]!.length > 0) constraints.push(`${sum(byExpert[e]!)} <= ${capOf(problem, e)}`)
  })
  for (const ps of byParty.values()) constraints.push(`${sum(ps)} <= ${problem.slotCount}`)
  if (problem.pairs.length > 0) constraints.push(`${sum(problem.pairs.map((_, p) => p))} <= ${problem.slotCount * problem.tableCount}`)
  problem.pairs.forEach((pair, p) => phase2.push(term(round(pair.score), `x${p}`)))
  return { objective: [], constraints, bounds, binaries: problem.pairs.map((_, p) => `x${p}`), cover, phase2, full }
}

/** A covered need outweighs every meeting short of a minimum together. */
const coverWeight = (problem: AssignmentProblem) => problem.needs.length + problem.needs.reduce((sum, need) => sum + need.min, 0) + 1
/** Phase 1's upper bound: every need with a good pair covered, none short. */
const coverBound = (problem: AssignmentProblem) => coverWeight(problem) * new Set(problem.pairs.filter((pair) => pair.good).map((pair) => pair.need)).size
const round = (x: number) => Math.round(x * 1e6) / 1e6

/**
 * Solves both phases. Throws a plain Error when no assignment keeps the hard constraints (pins
 * beyond a cap or maximum); the service checks pins first and says which.
 */
export async function solveAssignment(problem: AssignmentProblem, options: { lpBound?: boolean } = {}): Promise<AssignmentSolution> {
  if (problem.pairs.length === 0) return { chosen: [], value: valueOf(problem, []), lpBound: 0 }
  const model = baseModel(problem)
  // Phase 1 is solved only when the fair greedy falls short of its bound; meeting the bound proves the optimum.
  const fair = valueOf(problem, greedyAssignment(problem, { fairFirst: true }))
  const bound = coverBound(problem)
  const level = fair.shortfall === 0 && fair.covered * coverWeight(problem) === bound ? bound : Math.round((await maximise({ ...model, objective: model.cover })).ObjectiveValue)
  const levelRows = level === bound ? model.full : [`${model.cover.join(' ')} >= ${level}`]
  const second: LinearModel = { ...model, objective: model.phase2, constraints: [...model.constraints, ...levelRows] }
  const result = await maximise(second)
  const chosen = problem.pairs.map((_, p) => p).filter((p) => (result.Columns[`x${p}`]?.Primal ?? 0) > 0.5)
  const solution: AssignmentSolution = { chosen, value: valueOf(problem, chosen) }
  if (options.lpBound) solution.lpBound = (await maximise(second, { relax: true })).ObjectiveValue
  return solution
}
