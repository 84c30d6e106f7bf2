import type { AssignmentProblem } from '../../src/modules/events/solver/assign.js'
import { feasible, topK, valueOf } from '../../src/modules/events/solver/assign.js'
import { greedyAssignment } from '../../src/modules/events/solver/greedy.js'

/** A seeded generator (LCG), so every figure can be reproduced. */
export function seeded(seed: number) {
  let s = seed >>> 0
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

/**
 * A generated event: needs and experts with a topic each (8 topics) and a quality; a pair's
 * confidence is high on the same topic, lower on a neighbouring one, low otherwise, with noise.
 * 2% of pairs are conflicted (left out, as the service leaves them out); experts attend about
 * 70% of the 12 slots with a cap of 1–3; needs take 1–2 meetings; enterprises post 1–3 needs.
 * The weight is the service's (half confidence, half the score relative to the need's best).
 * Each need keeps its top-k experts (`topK`) unless `dense`.
 */
export function generateEvent(needs: number, experts: number, seed: number, options: { dense?: boolean } = {}): AssignmentProblem {
  const r = seeded(seed)
  const topics = 8
  const slotCount = 12
  const needTopic = Array.from({ length: needs }, () => Math.floor(r() * topics))
  const expertTopic = Array.from({ length: experts }, () => Math.floor(r() * topics))
  const expertQuality = Array.from({ length: experts }, () => 0.5 + r() / 2)
  const parties: string[] = []
  while (parties.length < needs) {
    const enterprise = `enterprise-${parties.length}`
    for (let i = 1 + Math.floor(r() * 3); i > 0 && parties.length < needs; i--) parties.push(enterprise)
  }
  const pairs: AssignmentProblem['pairs'][number][] = []
  for (let n = 0; n < needs; n++) {
    const row: { expert: number; confidence: number }[] = []
    for (let e = 0; e < experts; e++) {
      if (r() < 0.02) continue
      const distance = Math.min((needTopic[n]! - expertTopic[e]! + topics) % topics, (expertTopic[e]! - needTopic[n]! + topics) % topics)
      const base = distance === 0 ? 0.7 : distance === 1 ? 0.35 : 0.08
      row.push({ expert: e, confidence: Math.min(1, Math.max(0, base * expertQuality[e]! + (r() - 0.5) * 0.3)) })
    }
    const best = Math.max(...row.map((pair) => pair.confidence))
    row.sort((a, b) => b.confidence - a.confidence)
    for (const pair of options.dense ? row : row.slice(0, topK)) {
      const weight = Math.round((pair.confidence / 2 + (best > 0 ? pair.confidence / best / 2 : 0)) * 1e4) / 1e4
      pairs.push({ need: n, expert: pair.expert, score: weight, good: pair.confidence >= 0.25 })
    }
  }
  return {
    needs: parties.map((party) => ({ party, min: 1, max: 2 })),
    experts: Array.from({ length: experts }, () => ({ cap: 1 + Math.floor(r() * 3), slots: Array.from({ length: slotCount }, (_, i) => i).filter(() => r() < 0.7) })),
    pairs,
    slotCount,
    tableCount: Math.ceil((needs * 2) / slotCount) + 2,
  }
}

/** The baseline: pairs by weight, best first, each taken while every hard constraint holds. */
export function greedy(problem: AssignmentProblem) {
  const chosen = greedyAssignment(problem)
  if (!feasible(problem, chosen)) throw new Error('greedy broke a constraint')
  return { chosen, value: valueOf(problem, chosen) }
}
