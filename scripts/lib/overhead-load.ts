/**
 * Keep-alive HTTP load for scripts/bench-overhead.ts: autocannon's connections, each sending its
 * next request as soon as the last is answered, for a fixed time. Everything about a run is a
 * median over alternating rounds (scripts/lib/stats.ts), since the machine is shared.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

export interface LoadTarget {
  url: string
  headers?: Record<string, string>
}

export interface LoadRun {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /**
   * The server's CPU time (all its threads) over the requests it answered: unlike throughput, not
   * capped by the load generator sharing the machine, and less moved by other processes. NaN
   * where /proc is not there to read it.
   */
  cpuMicrosPerRequest: number
  /** Answers other than 2xx, and connection errors: a configuration that is failing, not slow. */
  failed: number
}

/** `pid` is the server process, whose CPU time is read before and after. */
export async function runLoad(target: LoadTarget, options: { connections: number; seconds: number; pid: number | undefined }): Promise<LoadRun> {
  const cpuBefore = cpuMicros(options.pid)
  const result = await autocannon({
    url: target.url,
    headers: target.headers ?? {},
    connections: options.connections,
    duration: options.seconds,
  })
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest: (cpuMicros(options.pid) - cpuBefore) / result.requests.total,
    failed: result.non2xx + result.errors,
  }
}

let ticksPerSecond: number | undefined

/** User and system CPU time of a process so far, in µs, from /proc/<pid>/stat (Linux); NaN elsewhere. */
function cpuMicros(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / ticksPerSecond
  } catch {
    return Number.NaN
  }
}
