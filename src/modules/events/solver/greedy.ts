import type { AssignmentProblem } from './problem.js'

/**
 * Greedy assignments: the benchmark's baseline (pairs by weight, best first, each taken while
 * every hard constraint holds) and, with `fairFirst`, the solver's shortcut for phase 1: pinned
 * pairs, then one good meeting per need (needs with the fewest good options first), then each
 * need up to its minimum. When that covers every need that has a good pair and leaves no need
 * short, it meets phase 1's upper bound, so phase 1 needs no solve.
 */
export function greedyAssignment(problem: AssignmentProblem, options: { fairFirst?: boolean } = {}): number[] {
  const perNeed = problem.needs.map(() => 0)
  const perExpert = problem.experts.map(() => 0)
  const perParty = new Map<string, number>()
  const taken = new Set<number>()
  const capOf = (e: number) => Math.min(problem.experts[e]!.cap, problem.experts[e]!.slots.length)
  const take = (p: number) => {
    const { need, expert } = problem.pairs[p]!
    const party = problem.needs[need]!.party
    if (taken.has(p) || perNeed[need]! >= problem.needs[need]!.max || perExpert[expert]! >= capOf(expert)) return false
    if ((perParty.get(party) ?? 0) >= problem.slotCount || taken.size >= problem.slotCount * problem.tableCount) return false
    perNeed[need]!++
    perExpert[expert]!++
    perParty.set(party, (perParty.get(party) ?? 0) + 1)
    taken.add(p)
    return true
  }
  const byWeight = problem.pairs.map((_, p) => p).sort((a, b) => problem.pairs[b]!.score - problem.pairs[a]!.score)
  if (options.fairFirst) {
    for (const p of byWeight) if (problem.pairs[p]!.pinned) take(p)
    const goodOf = problem.needs.map(() => [] as number[])
    for (const p of byWeight) if (problem.pairs[p]!.good) goodOf[problem.pairs[p]!.need]!.push(p)
    const covered = (n: number) => goodOf[n]!.some((p) => taken.has(p))
    const order = problem.needs.map((_, n) => n).sort((a, b) => goodOf[a]!.length - goodOf[b]!.length)
    for (const n of order) if (!covered(n)) goodOf[n]!.some(take)
    for (const p of byWeight) if (perNeed[problem.pairs[p]!.need]! < problem.needs[problem.pairs[p]!.need]!.min) take(p)
  }
  for (const p of byWeight) take(p)
  return [...taken]
}
