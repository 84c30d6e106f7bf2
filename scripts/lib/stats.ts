/** Latency summaries for the benchmarks: nearest-rank percentiles over milliseconds. */

export interface Summary {
  n: number
  p50: number
  p95: number
  p99: number
  mean: number
  max: number
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    max: sorted.at(-1) ?? Number.NaN,
  }
}

/** Runs `fn` and returns its result with the wall time in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await fn()
  return [result, performance.now() - started]
}

export const ms = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
export const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(1)} s`
export const thousands = (value: number) => value.toLocaleString('en-US')

/**
 * Paired comparison of two rankings' per-need nDCG@10: mean difference with a 95% bootstrap
 * interval (resampling needs; fixed seed so reruns print the same), and wins/ties/losses.
 */
export function pairedDifference(a: readonly number[], b: readonly number[]) {
  const diffs = a.map((value, i) => value - b[i]!)
  let state = 20220718
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const means: number[] = []
  for (let round = 0; round < 2000; round++) {
    let sum = 0
    for (let i = 0; i < diffs.length; i++) sum += diffs[Math.floor(random() * diffs.length)]!
    means.push(sum / diffs.length)
  }
  means.sort((x, y) => x - y)
  return {
    mean: diffs.reduce((sum, d) => sum + d, 0) / diffs.length,
    low: means[Math.floor(0.025 * means.length)]!,
    high: means[Math.floor(0.975 * means.length)]!,
    wins: diffs.filter((d) => d > 1e-9).length,
    ties: diffs.filter((d) => Math.abs(d) <= 1e-9).length,
    losses: diffs.filter((d) => d < -1e-9).length,
  }
}
