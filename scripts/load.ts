/**
 * `npm run load`: throughput and latency of the real Node server under a mixed workload, step by
 * step in concurrency, and whether every write it acknowledged is stored exactly once. Figures are
 * printed, nothing is asserted; the exit status is 1 only if an acknowledged write is missing or
 * duplicated, or the run could not be made.
 *
 *   npm run load                                        # 60 s per step at 1, 4, 16, 64 users, PostgreSQL
 *   npm run load -- --duration 5 --concurrency 4,16     # CI
 *   npm run load -- --db pglite                         # the embedded database
 *   npm run load -- --mix candidates,getNeed=2          # other weights (unnamed ones 0): one operation's cost alone
 *
 * Setup: a fresh database (`bench_load_<pid>` on BENCH_DATABASE_URL, else DATABASE_URL; or a
 * PGlite folder), migrated, with the demo world (SEED_DEMO's data), `--experts` extra experts
 * (capacity 100) with a key each and `--open-needs` open needs to invite them to, all indexed; then
 * `src/server.ts` as a child process on 127.0.0.1 (pool DATABASE_POOL_MAX, default 10; request
 * logging on, as in production; rate limits raised out of the way, still counted). The load comes
 * from a second process (scripts/lib/load-worker.ts): `concurrency` users, each sending one request
 * at a time over keep-alive connections, picking from the mix
 *   listNeeds 20 · listExperts 15 · getNeed 15 · candidates 15 · createNeed 20 · accept 15
 * where createNeed is POST /v1/needs with a unique title and Idempotency-Key, and accept is an
 * invitation (POST /v1/needs/{id}/matches) followed by the expert's POST /v1/matches/{id}/accept.
 * `--keep` leaves the database; `--log-level` sets the server's LOG_LEVEL.
 */
import os from 'node:os'
import { summarise } from './lib/stats.js'
import { ms, thousands } from './lib/stats.js'
import type { LoadJob, LoadResult, OperationName } from './lib/load-protocol.js'
import {
  type DbKind,
  checkAcknowledgedWrites,
  cpuSeconds,
  createScratchDatabase,
  prepareWorld,
  printWriteCheck,
  serverUrlFromEnv,
  startLoadWorker,
  startService,
  waitForOutbox,
} from './lib/service-under-test.js'

const p99LimitMs = 200
export const defaultMix: LoadJob['mix'] = { listNeeds: 20, listExperts: 15, getNeed: 15, candidates: 15, createNeed: 20, accept: 15 }
const operations: OperationName[] = ['listNeeds', 'listExperts', 'getNeed', 'candidates', 'createNeed', 'invite', 'accept']

function parseOptions(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`)
    if (index === -1) return undefined
    const next = argv[index + 1]
    if (next === undefined || next.startsWith('--')) throw new Error(`--${name} needs a value`)
    return next
  }
  const positive = (name: string, fallback: number) => {
    const parsed = Number(value(name) ?? fallback)
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
    return parsed
  }
  const concurrency = (value('concurrency') ?? '1,4,16,64').split(',').map((item) => {
    const n = Number(item)
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error(`--concurrency: ${item} is not an integer from 1 to 1000`)
    return n
  })
  const db = (value('db') ?? 'postgres') as DbKind
  if (db !== 'postgres' && db !== 'pglite') throw new Error('--db is postgres or pglite')
  if (db === 'postgres' && !serverUrlFromEnv()) throw new Error('--db postgres needs BENCH_DATABASE_URL or DATABASE_URL (or use --db pglite)')
  const mix = { ...defaultMix }
  if (value('mix') !== undefined) {
    for (const key of Object.keys(mix) as (keyof typeof mix)[]) mix[key] = 0
    for (const item of value('mix')!.split(',')) {
      const [name, weight = '1'] = item.split('=')
      if (!(name! in mix)) throw new Error(`--mix: ${name} is not one of ${Object.keys(mix).join(', ')}`)
      const parsed = Number(weight)
      if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--mix: ${item} needs a weight of 0 or more`)
      mix[name as keyof typeof mix] = parsed
    }
    if (Object.values(mix).every((weight) => weight === 0)) throw new Error('--mix: at least one weight must be above 0')
  }
  return {
    mix,
    durationSeconds: positive('duration', 60),
    concurrency,
    db,
    experts: positive('experts', 100),
    openNeeds: positive('open-needs', 300),
    keep: argv.includes('--keep'),
    logLevel: value('log-level') ?? 'info',
  }
}


type Cpu = ReturnType<typeof cpuSeconds>

/** The server's count of rankings answered from kept retrievals, from its last log line (none before they existed). */
function keptRetrievals(logTail: string): { hits: number; misses: number; entries: number } | null {
  for (const line of logTail.split('\n').reverse()) {
    try {
      const entry = JSON.parse(line) as { message?: string; keptRetrievals?: { hits: number; misses: number; entries: number } }
      if (entry.message === 'stopped') return entry.keptRetrievals ?? null
    } catch {
      // Not a log line of ours.
    }
  }
  return null
}

function report(result: LoadResult, before: Cpu, after: Cpu) {
  const all = operations.flatMap((name) => result.samples[name].latencies)
  const errors = operations.reduce((sum, name) => sum + result.samples[name].errors, 0)
  const overall = summarise(all)
  const throughput = all.length / (result.elapsedMs / 1000)
  console.log(`\n  concurrency ${result.concurrency}: ${thousands(all.length)} requests in ${(result.elapsedMs / 1000).toFixed(1)} s = ${throughput.toFixed(1)} req/s; p50 ${ms(overall.p50)} · p95 ${ms(overall.p95)} · p99 ${ms(overall.p99)} · max ${ms(overall.max)} ms; errors ${errors}`)
  const perRequest = (from: number | null | undefined, to: number | null | undefined) => (from == null || to == null || all.length === 0 ? null : ((to - from) * 1000) / all.length)
  const serverCpu = perRequest(before?.server, after?.server)
  const databaseCpu = perRequest(before?.database, after?.database)
  if (serverCpu !== null) console.log(`    CPU per request: server ${serverCpu.toFixed(2)} ms${databaseCpu !== null ? ` · database ${databaseCpu.toFixed(2)} ms` : ''} (less disturbed by other work on the machine than req/s)`)
  console.log('    operation      n      req/s    p50 ms   p95 ms   p99 ms   max ms  errors  statuses')
  for (const name of operations) {
    const entry = result.samples[name]
    if (entry.latencies.length === 0) continue
    const s = summarise(entry.latencies)
    const statuses = Object.entries(entry.statuses).map(([status, count]) => `${status}×${count}`).join(' ')
    console.log(
      `    ${name.padEnd(12)} ${String(s.n).padStart(6)} ${(s.n / (result.elapsedMs / 1000)).toFixed(1).padStart(8)} ${ms(s.p50).padStart(9)} ${ms(s.p95).padStart(8)} ${ms(s.p99).padStart(8)} ${ms(s.max).padStart(8)} ${String(entry.errors).padStart(7)}  ${statuses}`,
    )
    for (const example of entry.errorExamples) console.log(`                   e.g. ${example}`)
  }
  return { concurrency: result.concurrency, throughput, p99: overall.p99, errors, serverCpu, databaseCpu }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const runId = `${process.pid}`
  const titlePrefix = `压测${runId}-`
  console.log('npm run load: mixed workload against src/server.ts')
  console.log(`  machine    ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  console.log(`  run        ${options.durationSeconds} s per step at concurrency ${options.concurrency.join(', ')} · ${options.db} · mix ${Object.entries(options.mix).map(([k, v]) => `${k} ${v}`).join(', ')}`)

  const database = await createScratchDatabase(options.db, 'load', { keep: options.keep })
  const worker = startLoadWorker()
  let service: Awaited<ReturnType<typeof startService>> | undefined
  let failed = false
  try {
    const prepStarted = Date.now()
    const own = await database.open()
    const world = await prepareWorld(own.sql, { experts: options.experts, capacity: 100, openNeeds: options.openNeeds, runId })
    if (database.kind === 'pglite') await own.close()
    console.log(`  prepared   demo world + ${world.experts.length} experts with keys + ${world.openNeedIds.length} open needs, indexed, in ${((Date.now() - prepStarted) / 1000).toFixed(1)} s`)

    service = await startService({
      ...database.serverEnv,
      SEED_DEMO: 'true',
      LOG_LEVEL: options.logLevel,
      RATE_LIMIT_REQUESTS: '10000000',
      RATE_LIMIT_CANDIDATES: '10000000',
    }, 'load-server')
    if (database.kind === 'postgres') await waitForOutbox(own.sql)
    console.log(`  server     ${service.baseUrl} ready, outbox drained; log in ${service.logFile}`)

    const results: LoadResult[] = []
    const rows = []
    for (const [step, concurrency] of options.concurrency.entries()) {
      const before = cpuSeconds(service.child.pid, database.name)
      const result = await worker.run({
        step,
        baseUrl: service.baseUrl,
        concurrency,
        durationMs: options.durationSeconds * 1000,
        timeoutMs: 30_000,
        mix: options.mix,
        titlePrefix,
        keyPrefix: `load-${runId}-`,
        world,
      })
      results.push(result)
      rows.push(report(result, before, cpuSeconds(service.child.pid, database.name)))
    }

    console.log('\n  summary (p99 over all operations; the limit is 200 ms)')
    console.log('    concurrency   req/s     p99 ms   errors   server CPU ms/req   database CPU ms/req')
    const cpu = (value: number | null) => (value === null ? '–' : value.toFixed(2))
    for (const row of rows) console.log(`    ${String(row.concurrency).padStart(11)} ${row.throughput.toFixed(1).padStart(7)} ${ms(row.p99).padStart(10)} ${String(row.errors).padStart(8)} ${cpu(row.serverCpu).padStart(19)} ${cpu(row.databaseCpu).padStart(21)}`)
    const sustained = rows.filter((row) => row.p99 < p99LimitMs && row.errors === 0)
    const best = sustained.reduce<(typeof rows)[number] | undefined>((top, row) => (!top || row.throughput > top.throughput ? row : top), undefined)
    const breaking = rows.find((row) => row.p99 >= p99LimitMs || row.errors > 0)
    console.log(`  max sustained throughput with p99 < ${p99LimitMs} ms and no errors: ${best ? `${best.throughput.toFixed(1)} req/s at concurrency ${best.concurrency}` : 'none of the steps'}`)
    console.log(`  breaks at: ${breaking ? `concurrency ${breaking.concurrency} (p99 ${ms(breaking.p99)} ms, ${breaking.errors} errors)` : `not within ${options.concurrency.join(', ')}`}`)

    console.log('\n  acknowledged writes')
    if (database.kind === 'postgres') await waitForOutbox(own.sql)
    const stopped = await service.stop()
    console.log(`  server stopped on SIGTERM with exit code ${stopped}`)
    const kept = keptRetrievals(service.logTail(5))
    if (kept) console.log(`  kept retrievals: ${kept.hits} of ${kept.hits + kept.misses} candidate searches answered from them (${kept.entries} kept at the end)`)
    const checkDb = database.kind === 'postgres' ? own : await database.open()
    const check = await checkAcknowledgedWrites(checkDb.sql, world, titlePrefix, results)
    await checkDb.close()
    printWriteCheck(check)
    failed = !check.ok || stopped !== 0
    console.log(`  load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  } finally {
    worker.stop()
    await service?.stop('SIGKILL')
    await database.drop()
  }
  process.exit(failed ? 1 : 0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
