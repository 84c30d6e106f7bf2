import { describe, expect, it } from 'vitest'
import { type AssignmentProblem, type AssignmentValue, feasible, solveAssignment, valueOf } from '../../../src/modules/events/solver/assign.js'
import { solveTimetable } from '../../../src/modules/events/solver/timetable.js'

/** A seeded generator, so a failing instance can be rerun. */
function random(seed: number) {
  let s = seed >>> 0
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

function instance(seed: number, needs = 4, experts = 5, slots = 3): AssignmentProblem {
  const r = random(seed)
  const pairs: AssignmentProblem['pairs'][number][] = []
  for (let n = 0; n < needs; n++) {
    for (let e = 0; e < experts; e++) {
      if (r() < 0.2) continue // a conflict of interest or a forbidden pair: never offered
      const score = Math.round(r() * 1000) / 1000
      pairs.push({ need: n, expert: e, score, good: score >= 0.25 })
    }
  }
  return {
    needs: Array.from({ length: needs }, (_, n) => ({ party: `enterprise-${n % 3}`, min: 1, max: 1 + Math.floor(r() * 3) })),
    experts: Array.from({ length: experts }, () => ({ cap: 1 + Math.floor(r() * 3), slots: [0, 1, 2].filter(() => r() < 0.8).slice(0, slots) })),
    pairs,
    slotCount: slots,
    tableCount: 2 + Math.floor(r() * 3),
  }
}

/** Lexicographic order of the objective: covered first, then fewer short, then the phase-2 value. */
const better = (a: AssignmentValue, b: AssignmentValue) =>
  a.covered !== b.covered ? a.covered > b.covered : a.shortfall !== b.shortfall ? a.shortfall < b.shortfall : a.objective > b.objective + 1e-9

/** Every subset of the pairs: the optimum by enumeration (2^pairs subsets; 20 pairs at most here). */
function bruteForce(problem: AssignmentProblem): AssignmentValue {
  let best: AssignmentValue | null = null
  const count = problem.pairs.length
  for (let mask = 0; mask < 1 << count; mask++) {
    const chosen: number[] = []
    for (let p = 0; p < count; p++) if (mask & (1 << p)) chosen.push(p)
    if (!feasible(problem, chosen)) continue
    const value = valueOf(problem, chosen)
    if (!best || better(value, best)) best = value
  }
  return best!
}

describe('event assignment solver (HiGHS MILP)', () => {
  it('matches the brute-force optimum on small random instances (4 needs × 5 experts × 3 slots)', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const problem = instance(seed)
      const solved = await solveAssignment(problem, { lpBound: true })
      const optimum = bruteForce(problem)
      expect(feasible(problem, solved.chosen), `seed ${seed}`).toBe(true)
      expect(solved.value.covered, `seed ${seed}`).toBe(optimum.covered)
      expect(solved.value.shortfall, `seed ${seed}`).toBe(optimum.shortfall)
      expect(solved.value.objective, `seed ${seed}`).toBeCloseTo(optimum.objective, 5)
      expect(solved.lpBound!, `seed ${seed}`).toBeGreaterThanOrEqual(solved.value.objective - 1e-6)
    }
  }, 120_000)

  it('gives every need a good meeting before any need gets a third, where the scores allow it', async () => {
    // Expert 0 is the best for every need; need 0 could take three meetings. Fairness: need 1 gets its good meeting.
    const problem: AssignmentProblem = {
      needs: [{ party: 'a', min: 0, max: 3 }, { party: 'b', min: 0, max: 3 }],
      experts: [{ cap: 3, slots: [0, 1, 2] }, { cap: 3, slots: [0, 1, 2] }],
      pairs: [
        { need: 0, expert: 0, score: 0.9, good: true },
        { need: 0, expert: 1, score: 0.9, good: true },
        { need: 1, expert: 0, score: 0.3, good: true },
      ],
      slotCount: 3,
      tableCount: 1,
    }
    const { chosen } = await solveAssignment({ ...problem, slotCount: 2, tableCount: 1 })
    expect(chosen.map((p) => problem.pairs[p]!.need).sort()).toEqual([0, 1])
  })

  it('keeps pinned pairs and leaves out what is not offered', async () => {
    const problem = instance(3)
    const pinned = problem.pairs.findIndex((pair) => !pair.good)
    const withPin = { ...problem, pairs: problem.pairs.map((pair, p) => (p === pinned ? { ...pair, pinned: true } : pair)) }
    const { chosen } = await solveAssignment(withPin)
    if (pinned >= 0) expect(chosen).toContain(pinned)
  })

  it('timetables without double-booking an expert, an enterprise or a table', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const problem = instance(seed, 6, 8, 4)
      const { chosen } = await solveAssignment(problem)
      const meetings = chosen.map((p) => {
        const pair = problem.pairs[p]!
        return { expert: pair.expert, party: problem.needs[pair.need]!.party, slots: problem.experts[pair.expert]!.slots, weight: pair.score }
      })
      const { placed } = await solveTimetable({ meetings, slotCount: 4, tableCount: problem.tableCount })
      const seen = new Set<string>()
      placed.forEach((place, m) => {
        if (!place) return
        const meeting = meetings[m]!
        expect(meeting.slots).toContain(place.slot)
        expect(place.table).toBeLessThan(problem.tableCount)
        for (const key of [`e${meeting.expert}@${place.slot}`, `p${meeting.party}@${place.slot}`, `t${place.table}@${place.slot}`]) {
          expect(seen.has(key), `seed ${seed}: ${key} twice`).toBe(false)
          seen.add(key)
        }
      })
    }
  })
})
