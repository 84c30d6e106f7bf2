/**
 * Matchmaking events (产需对接会): the assignment MILP (HiGHS) on generated events, against a
 * greedy baseline and the LP relaxation's bound, and its solve time with the timetable.
 *
 *   npm run bench:events                    # 100 needs × 400 experts and 500 × 2,000, 3 seeds
 *   npm run bench:events -- --size small    # 20 × 80, 1 seed (CI)
 *
 * Instances: scripts/lib/events-instances.ts (topics, conflicts, slots and caps as described
 * there); each need keeps its top-k experts (`topK`, as the service does). At 100 × 400 the dense
 * instance (every pair) is solved too, to show what the top-k sparsification costs.
 */
import { solveAssignment } from '../src/modules/events/solver/assign.js'
import { highs } from '../src/modules/events/solver/highs.js'
import { solveTimetable } from '../src/modules/events/solver/timetable.js'
import { generateEvent, greedy } from './lib/events-instances.js'

const args = process.argv.slice(2)
const small = args.includes('--size') && args[args.indexOf('--size') + 1] === 'small'
// 100 × 50: experts scarcer than meetings wanted, where fairness and the optimum part from greedy.
const sizes: [number, number][] = small ? [[20, 80]] : [[100, 400], [500, 2000], [100, 50]]
const seeds = small ? [1] : [1, 2, 3]

const fixed = (x: number, digits = 2) => x.toFixed(digits)
const loading = performance.now()
await highs()
console.log(`HiGHS WASM loaded in ${Math.round(performance.now() - loading)} ms (once per process; not in the figures below)`)
// One small solve first: the engine's first large solve otherwise carries its warm-up.
await solveAssignment(generateEvent(20, 80, 99))
console.log(`warmed up in ${Math.round(performance.now() - loading)} ms\n`)
console.log('| needs × experts | seed | pairs | MILP covered / score | greedy covered / score | score vs greedy | LP bound | gap to LP | assignment ms | timetable ms | unplaced |')
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const [needs, experts] of sizes) {
  for (const seed of seeds) {
    const problem = generateEvent(needs, experts, seed)
    const started = performance.now()
    const solved = await solveAssignment(problem)
    const assignedAt = performance.now()
    const meetings = solved.chosen.map((p) => {
      const pair = problem.pairs[p]!
      return { expert: pair.expert, party: problem.needs[pair.need]!.party, slots: problem.experts[pair.expert]!.slots, weight: pair.score }
    })
    const { placed } = await solveTimetable({ meetings, slotCount: problem.slotCount, tableCount: problem.tableCount })
    const timetabledAt = performance.now()
    // The LP bound: the relaxation at the phase-1 optimum, solved apart so it is not in the timed figure.
    const { lpBound } = await solveAssignment(problem, { lpBound: true })
    const base = greedy(problem)
    const v = solved.value
    console.log(
      `| ${needs} × ${experts} | ${seed} | ${problem.pairs.length} | ${v.covered} / ${fixed(v.objective)} | ${base.value.covered} / ${fixed(base.value.objective)} | ` +
        `${fixed((v.objective / base.value.objective - 1) * 100, 1)}% | ${fixed(lpBound!)} | ${fixed(((lpBound! - v.objective) / lpBound!) * 100, 3)}% | ` +
        `${Math.round(assignedAt - started)} | ${Math.round(timetabledAt - assignedAt)} | ${placed.filter((x) => x === null).length} |`,
    )
  }
  if (needs === 100 && experts === 400) {
    const dense = generateEvent(needs, experts, 1, { dense: true })
    const started = performance.now()
    const solved = await solveAssignment(dense)
    console.log(`\nDense 100 × 400 (seed 1, every pair, ${dense.pairs.length} pairs): covered ${solved.value.covered}, score ${fixed(solved.value.objective)}, ${Math.round(performance.now() - started)} ms\n`)
  }
}
