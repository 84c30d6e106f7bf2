/**
 * bench:quality's reverse measure: the labelled set (seed/eval/needs.ts, need → judged experts)
 * read the other way. Every expert judged right or partial for at least one of the selected needs
 * is a query; its relevant needs are all evaluation needs that judged it, with that grade; the
 * demo data's own needs and every other evaluation need count as not relevant. Needs are ranked by
 * `recommendNeeds` (the recommended-needs endpoint, rules included) as an admin, who may read
 * every need, so what is measured is the ranking and not the read scope.
 */
import type { Principal } from '../../src/core/principal.js'
import type { EvalNeed } from '../../seed/eval/needs.js'
import { type MatchingDeps, recommendNeeds } from '../../src/modules/matching/index.js'
import type { Fusion } from '../../src/modules/matching/candidates/ranking.js'
import { ndcgAt, recallAt, reciprocalRank } from './ranking-metrics.js'

export interface ReverseResult {
  fusion: Fusion
  /** Experts asked about (each relevant to at least one selected need). */
  experts: number
  ndcg10: number
  recall10: number
  mrr: number
  /** Mean needs listed per expert (limit 20). */
  listed: number
  ms: number[]
}

const admin: Principal = { role: 'admin', keyId: 'd3e0a000-0000-4000-8000-000000000002' }

/** Per expert: its relevant needs and their grades (2 right, 1 partial), the higher grade where two needs' judgements differ. */
export function reverseJudgements(selected: readonly EvalNeed[], all: readonly EvalNeed[]): Map<string, Map<string, number>> {
  const asked = new Set(selected.flatMap((need) => [...need.judged.expert.right, ...need.judged.expert.partial]))
  const judgements = new Map<string, Map<string, number>>()
  for (const need of all) {
    const grade = (expertId: string, value: number) => {
      if (!asked.has(expertId)) return
      const grades = judgements.get(expertId) ?? new Map<string, number>()
      grades.set(need.id, Math.max(grades.get(need.id) ?? 0, value))
      judgements.set(expertId, grades)
    }
    for (const id of need.judged.expert.partial) grade(id, 1)
    for (const id of need.judged.expert.right) grade(id, 2)
  }
  return judgements
}

export async function benchReverse(deps: MatchingDeps, selected: readonly EvalNeed[], all: readonly EvalNeed[], fusion: Fusion): Promise<ReverseResult> {
  const judgements = reverseJudgements(selected, all)
  const sums = { ndcg: 0, recall: 0, mrr: 0, listed: 0 }
  const ms: number[] = []
  for (const [expertId, grades] of [...judgements].sort(([a], [b]) => a.localeCompare(b))) {
    const started = performance.now()
    const answer = await recommendNeeds(deps, admin, { kind: 'expert', id: expertId }, { limit: 20, fusion })
    ms.push(performance.now() - started)
    const ranking = answer.items.map((need) => need.id)
    sums.ndcg += ndcgAt(10, ranking, grades)
    sums.recall += recallAt(10, ranking, grades)
    sums.mrr += reciprocalRank(ranking, grades)
    sums.listed += ranking.length
  }
  const n = Math.max(judgements.size, 1)
  return { fusion, experts: judgements.size, ndcg10: sums.ndcg / n, recall10: sums.recall / n, mrr: sums.mrr / n, listed: sums.listed / n, ms }
}
