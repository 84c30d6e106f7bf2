/*
 * Choosing teams, over explicit inputs (the service fetches the evidence): a weighted best-coverage
 * problem solved exactly. Each candidate in the pool (the best few per aspect, after the rules) has
 * a strength per aspect: its confidence for that aspect's query when at least the candidate list's
 * minimum, else 0 (it does not cover it). A team's coverage is the mean over aspects of its
 * strongest member's strength, every aspect weighing the same (each is a difficulty the need
 * states); an aspect is covered when some member covers it. Every team of two to four members (at
 * most one per aspect) is enumerated from the pool, keeping only teams in which each member is
 * the strongest on an aspect of its own; with at most four aspects and five per aspect that is at
 * most 6,175 teams, so no heuristic is needed. Order: aspects covered, then coverage, then fewer
 * members, then the members' summed scores.
 */

export interface AspectEvidence<E> {
  /** The candidate's confidence for this aspect (0–1, as the candidate list computes it). */
  confidence: number
  /** Its fused score after rules for this aspect, breaking ties. */
  score: number
  evidence: E
}

export interface PoolMember<E> {
  key: string
  /** Evidence per aspect index (0-based); absent where it was not retrieved for that aspect. */
  aspects: Map<number, AspectEvidence<E>>
}

export interface ComposedTeam<E> {
  members: PoolMember<E>[]
  /** For each aspect (0-based), the member covering it and its evidence; null when nobody covers it. */
  assignments: ({ member: PoolMember<E>; evidence: AspectEvidence<E> } | null)[]
  covered: number
  /** Mean over aspects of the strongest member's strength (0–1). */
  coverage: number
}

export const maxTeamSize = 4

export function strengthOf<E>(member: PoolMember<E>, aspect: number, minimum: number): number {
  const evidence = member.aspects.get(aspect)
  return evidence && evidence.confidence >= minimum ? evidence.confidence : 0
}

/** How a set of candidates covers the aspects (a single candidate is a team of one). */
export function evaluate<E>(members: PoolMember<E>[], aspectCount: number, minimum: number): ComposedTeam<E> {
  const assignments: ComposedTeam<E>['assignments'] = []
  let total = 0
  for (let aspect = 0; aspect < aspectCount; aspect++) {
    let best: { member: PoolMember<E>; evidence: AspectEvidence<E> } | null = null
    let bestStrength = 0
    for (const member of members) {
      const strength = strengthOf(member, aspect, minimum)
      const evidence = member.aspects.get(aspect)
      if (strength > bestStrength || (strength > 0 && strength === bestStrength && evidence!.score > best!.evidence.score)) {
        best = { member, evidence: evidence! }
        bestStrength = strength
      }
    }
    assignments.push(best)
    total += bestStrength
  }
  const covered = assignments.filter((assignment) => assignment !== null).length
  return { members, assignments, covered, coverage: aspectCount === 0 ? 0 : Math.round((total / aspectCount) * 1000) / 1000 }
}

const scoreSum = <E>(team: ComposedTeam<E>) => team.assignments.reduce((sum, assignment) => sum + (assignment?.evidence.score ?? 0), 0)

export function byCoverage<E>(a: ComposedTeam<E>, b: ComposedTeam<E>): number {
  return b.covered - a.covered || b.coverage - a.coverage || a.members.length - b.members.length || scoreSum(b) - scoreSum(a)
}

/** Every team of 2 to min(4, aspects) members in which each member covers an aspect best, best first. */
export function composeTeams<E>(pool: PoolMember<E>[], aspectCount: number, minimum: number): ComposedTeam<E>[] {
  const largest = Math.min(maxTeamSize, aspectCount)
  const teams: ComposedTeam<E>[] = []
  const chosen: PoolMember<E>[] = []
  const visit = (start: number) => {
    if (chosen.length >= 2) {
      const team = evaluate([...chosen], aspectCount, minimum)
      const needed = team.members.every((member) => team.assignments.some((assignment) => assignment?.member === member))
      if (needed) teams.push(team)
    }
    if (chosen.length === largest) return
    for (let i = start; i < pool.length; i++) {
      chosen.push(pool[i]!)
      visit(i + 1)
      chosen.pop()
    }
  }
  visit(0)
  return teams.sort(byCoverage)
}

/** The best single candidate, judged as a team of one. */
export function bestIndividual<E>(pool: PoolMember<E>[], aspectCount: number, minimum: number): ComposedTeam<E> | null {
  return pool.map((member) => evaluate([member], aspectCount, minimum)).sort(byCoverage)[0] ?? null
}
