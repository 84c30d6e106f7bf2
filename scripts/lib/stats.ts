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
