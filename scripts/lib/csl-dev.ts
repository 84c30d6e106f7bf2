/**
 * The CSL development split (`../shared/bench/csl-dev/`, see its README) and its metrics, shared by
 * `bench:external` and `scripts/segmenter-study.ts`: the data, nDCG@10 and recall@20 as the set
 * defines them, and BM25 exactly as its `bm25_baseline.py`.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface CslExpert {
  key: string
  discipline: string
  keywords: string[]
  titles: string[]
  abstracts: string[]
}

export interface CslNeed {
  key: string
  title: string
  description: string
  relevant: Record<string, number>
}

export interface CslDev {
  experts: CslExpert[]
  needs: CslNeed[]
}

/** The set lives beside the project, not in it; CSL_DEV names another copy. */
export function loadCslDev(): CslDev {
  const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))))
  const candidates = [process.env.CSL_DEV, path.join(root, '..', 'shared', 'bench', 'csl-dev', 'csl-dev.json'), '/work/shared/bench/csl-dev/csl-dev.json']
  const found = candidates.find((candidate) => candidate && existsSync(candidate))
  if (!found) throw new Error(`csl-dev.json not found (looked in ${candidates.filter(Boolean).join(', ')}); set CSL_DEV`)
  return JSON.parse(readFileSync(found, 'utf8')) as CslDev
}

/** As bm25_baseline.py: an expert is its titles, keywords and abstracts joined by spaces. */
export const expertText = (expert: CslExpert) => [...expert.titles, ...expert.keywords, ...expert.abstracts].join(' ')
/** As bm25_baseline.py: a need's title and description run together. */
export const needText = (need: CslNeed) => need.title + need.description

export function ndcgAt10(ranking: readonly string[], relevant: Record<string, number>): number {
  const dcg = (grades: number[]) => grades.slice(0, 10).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0)
  const ideal = dcg(Object.values(relevant).sort((a, b) => b - a))
  return ideal === 0 ? 0 : dcg(ranking.map((key) => relevant[key] ?? 0)) / ideal
}

export function recallAt20(ranking: readonly string[], relevant: Record<string, number>): number {
  const judged = Object.keys(relevant)
  if (judged.length === 0) return 0
  const top = new Set(ranking.slice(0, 20))
  return judged.filter((key) => top.has(key)).length / judged.length
}

/** The reference's tokens: overlapping character pairs of the lower-cased text without whitespace. */
export function characterBigrams(text: string): string[] {
  const chars = [...text.toLowerCase().replace(/\s+/g, '')]
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1])
}

export function termFrequencies(tokens: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>()
  for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1)
  return tf
}

/**
 * Each query's expert keys, best first, by BM25 (k1 1.2, b 0.75, idf ln(1 + (N − df + 0.5)/(df +
 * 0.5)), a document's length its number of tokens, a query term counted once); ties keep the
 * experts' order, as Python's stable sort. `commonShare` drops query terms in more than that share
 * of experts (all of them if none is left).
 */
export function bm25Rankings(experts: readonly { key: string; tf: Map<string, number> }[], queries: readonly string[][], commonShare = 1): string[][] {
  const total = experts.length
  const lengths = experts.map(({ tf }) => [...tf.values()].reduce((a, b) => a + b, 0))
  const average = lengths.reduce((a, b) => a + b, 0) / total
  const df = new Map<string, number>()
  for (const { tf } of experts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const k1 = 1.2
  const b = 0.75
  return queries.map((query) => {
    const present = [...new Set(query)].filter((term) => df.has(term))
    const specific = present.filter((term) => df.get(term)! <= commonShare * total)
    const terms = (specific.length > 0 ? specific : present).map((term) => {
      const n = df.get(term)!
      return [term, Math.log(1 + (total - n + 0.5) / (n + 0.5))] as const
    })
    const scored = experts.map(({ key, tf }, i) => {
      let sum = 0
      for (const [term, idf] of terms) {
        const f = tf.get(term)
        if (f) sum += (idf * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * lengths[i]!) / average))
      }
      return { key, sum }
    })
    return scored.sort((x, y) => y.sum - x.sum).map((entry) => entry.key)
  })
}
