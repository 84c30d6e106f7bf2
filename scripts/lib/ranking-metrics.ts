/** The ranking measures bench:quality prints, over graded judgements (2 right, 1 partial, absent 0). */

/** Graded gain 2^g − 1, log2 discount; 0 when nothing relevant can be found. */
export function ndcgAt(k: number, ranking: string[], grades: Map<string, number>): number {
  const dcg = (gains: number[]) => gains.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0)
  const ideal = dcg([...grades.values()].sort((a, b) => b - a))
  return ideal === 0 ? 0 : dcg(ranking.map((key) => grades.get(key) ?? 0)) / ideal
}

/** Share of the right (grade 2) items in the top k, out of at most k, so 1 is reachable. */
export function recallAt(k: number, ranking: string[], grades: Map<string, number>): number {
  const right = [...grades].filter(([, grade]) => grade === 2).map(([key]) => key)
  if (right.length === 0) return 0
  const top = new Set(ranking.slice(0, k))
  return right.filter((key) => top.has(key)).length / Math.min(k, right.length)
}

/** 1 / the rank of the first relevant item (right or partial); 0 when none is listed. */
export function reciprocalRank(ranking: string[], grades: Map<string, number>): number {
  const index = ranking.findIndex((key) => (grades.get(key) ?? 0) > 0)
  return index < 0 ? 0 : 1 / (index + 1)
}
