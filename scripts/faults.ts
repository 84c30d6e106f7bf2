/**
 * `npm run faults`: how the real Node server behaves when its database or a provider fails, under
 * a light mixed load (scripts/lib/load-worker.ts in a second process). Figures are printed; the
 * exit status is 1 if a request hung past the deadline, a fault surfaced as something other than
 * 503 problem+json, the service did not recover, or an acknowledged write was lost or duplicated.
 *
 *   npm run faults -- --restart-postgres                  # everything, 30 s per database fault
 *   npm run faults -- --duration 10 --restart-postgres    # CI
 *   npm run faults                                        # without stopping PostgreSQL
 *
 * The server (REQUEST_DEADLINE_MS `--deadline-ms`, default 3000) reaches a fresh database
 * (`bench_faults_<pid>` on BENCH_DATABASE_URL, else DATABASE_URL) through a TCP proxy of this
 * script (test/helpers/tcp-proxy.ts). Meanwhile /readyz is polled every 100 ms and a need is
 * created every 200 ms, to time the recovery. Phases:
 *   1. PostgreSQL stopped, down `--down-seconds` (3), started (`pg_ctlcluster`; only with
 *      `--restart-postgres`: it cuts off every other client of the server too).
 *   2. The proxy stalls every connection for `--stall-seconds` (5): bytes held, sockets open.
 *   3. The proxy resets every connection.
 *   4. The embeddings provider (a local OpenAI-compatible server) answers 500, hangs, is closed,
 *      then comes back: writes, the outbox and the candidates endpoint are watched.
 *   5. Meilisearch configured at a closed port (no Meilisearch server runs here).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { readdirSync } from 'node:fs'
import os from 'node:os'
import { readDatabaseHealth } from '../src/platform/db/health.js'
import { databaseActivity } from '../src/platform/db/load-check.js'
import { outboxStats } from '../src/platform/db/outbox.js'
import { type EmbeddingsServer, startEmbeddingsServer } from '../test/helpers/embeddings-server.js'
import { freePort } from '../test/helpers/server-process.js'
import { startTcpProxy } from '../test/helpers/tcp-proxy.js'
import type { LoadJob, LoadResult, LoadWorld } from './lib/load-protocol.js'
import { summarise } from './lib/stats.js'
import {
  type Service,
  checkAcknowledgedWrites,
  createScratchDatabase,
  prepareWorld,
  printWriteCheck,
  serverUrlFromEnv,
  startLoadWorker,
  startService,
} from './lib/service-under-test.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Timer and scheduling slack on a shared 2-core machine, on top of the deadline. */
const slackMs = 1000

function parseOptions(argv: string[]) {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`)
    if (index === -1) return fallback
    const parsed = Number(argv[index + 1])
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
    return parsed
  }
  if (!serverUrlFromEnv()) throw new Error('npm run faults needs a PostgreSQL server: set BENCH_DATABASE_URL or DATABASE_URL')
  return {
    durationSeconds: value('duration', 30),
    deadlineMs: value('deadline-ms', 3000),
    downSeconds: value('down-seconds', 3),
    stallSeconds: value('stall-seconds', 5),
    concurrency: value('concurrency', 4),
    restartPostgres: argv.includes('--restart-postgres'),
  }
}

interface Sample {
  startedAt: number
  endedAt: number
  status: number
  code?: string | undefined
}

/** Sends one request after another (never overlapping) until stopped, recording each answer. */
function startProbe(send: () => Promise<{ status: number; code?: string }>, intervalMs: number) {
  const samples: Sample[] = []
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      const startedAt = Date.now()
      const answer = await send().catch(() => ({ status: 0, code: 'network' }))
      samples.push({ startedAt, endedAt: Date.now(), ...answer })
      await sleep(intervalMs)
    }
  })()
  return {
    samples,
    async stop() {
      stopped = true
      await loop
    },
  }
}

function postgresVersion(): string {
  return readdirSync('/etc/postgresql').sort((a, b) => Number(a) - Number(b)).at(-1)!
}

let postgresStopped = false
/**
 * Asynchronous on purpose: the readiness and write probes run in this process, and a synchronous
 * call would hold their answers back for as long as pg_ctlcluster takes (2 s to start), making
 * timely answers look like requests that outlived the deadline.
 */
async function pgctl(action: 'stop' | 'start') {
  if (action === 'stop') postgresStopped = true
  const { stdout, stderr } = await promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', action])
  process.stdout.write(stdout)
  process.stderr.write(stderr)
  if (action === 'start') postgresStopped = false
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const runId = `${process.pid}`
  const titlePrefix = `故障${runId}-`
  let failures = 0
  const fail = (message: string) => {
    failures += 1
    console.log(`  FAILED: ${message}`)
  }
  console.log('npm run faults: database and provider faults under load, against src/server.ts')
  console.log(`  machine    ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  console.log(`  run        ${options.durationSeconds} s of load per database fault at concurrency ${options.concurrency}; REQUEST_DEADLINE_MS ${options.deadlineMs}`)

  const database = await createScratchDatabase('postgres', 'faults')
  const own = await database.open()
  const worker = startLoadWorker()
  const databaseUrl = database.serverEnv.DATABASE_URL!
  const target = new URL(databaseUrl)
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
  const results: LoadResult[] = []
  const probeWrites: LoadResult = { step: -1, concurrency: 1, elapsedMs: 0, samples: {} as LoadResult['samples'], createdNeeds: [], acceptedMatches: [], timeline: [] }
  let service: Service | undefined
  let probeSequence = 0
  try {
    const world = await prepareWorld(own.sql, { experts: 20, capacity: 100, openNeeds: 300, runId })
    const baseEnv = {
      SEED_DEMO: 'true',
      REQUEST_DEADLINE_MS: String(options.deadlineMs),
      RATE_LIMIT_REQUESTS: '10000000',
      RATE_LIMIT_CANDIDATES: '10000000',
    }
    service = await startService({ ...baseEnv, DATABASE_URL: proxy.urlFor(databaseUrl) }, 'faults-server')
    console.log(`  server     ${service.baseUrl} → proxy 127.0.0.1:${proxy.port} → ${target.host}; log in ${service.logFile}`)
    const current = () => service!
    const enterprise = { authorization: `Bearer ${world.enterpriseKey}` }

    const postNeed = async (timeoutMs = 30_000) => {
      const n = ++probeSequence
      const title = `${titlePrefix}probe-${n}`
      const idempotencyKey = `faults-${runId}-probe-${n}`
      const started = performance.now()
      const res = await fetch(`${current().baseUrl}/v1/needs`, {
        method: 'POST',
        headers: { ...enterprise, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify({ title, industryCode: world.industryCode, kind: 'consulting', status: 'open', problem: '故障注入期间提交的需求：验证已确认的写入不丢失。' }),
        signal: AbortSignal.timeout(timeoutMs),
      })
      const body = (await res.json().catch(() => ({}))) as { id?: string; code?: string }
      if (res.status === 201) probeWrites.createdNeeds.push({ id: body.id!, title, idempotencyKey })
      return { status: res.status, code: body.code, id: body.id, ms: performance.now() - started }
    }
    const readyz = async () => {
      const res = await fetch(`${current().baseUrl}/readyz`, { signal: AbortSignal.timeout(30_000) })
      const body = (await res.json().catch(() => ({}))) as { code?: string }
      return { status: res.status, code: body.code }
    }

    /** Runs `inject` under load with the probes on; `inject` returns when the fault ended (ms epoch). */
    const underLoad = async (name: string, inject: () => Promise<{ faultStart: number; faultEnd: number }>) => {
      console.log(`\n  ${name}`)
      const readiness = startProbe(readyz, 100)
      const writes = startProbe(postNeed, 200)
      const job: LoadJob = {
        step: results.length,
        baseUrl: current().baseUrl,
        concurrency: options.concurrency,
        durationMs: options.durationSeconds * 1000,
        timeoutMs: 60_000,
        mix: { listNeeds: 20, listExperts: 15, getNeed: 15, candidates: 10, createNeed: 25, accept: 15 },
        titlePrefix,
        keyPrefix: `faults-${runId}-`,
        world,
        timeline: true,
      }
      const load = worker.run(job)
      await sleep(2000)
      const { faultStart, faultEnd } = await inject()
      // Recovery is timed from requests sent after the fault ended.
      const firstAfter = (samples: Sample[], ok: number) => samples.find((s) => s.startedAt >= faultEnd && s.status === ok)
      const recoveryDeadline = Date.now() + 60_000
      while (Date.now() < recoveryDeadline && !(firstAfter(readiness.samples, 200) && firstAfter(writes.samples, 201))) await sleep(50)
      const result = await load
      await Promise.all([readiness.stop(), writes.stop()])
      results.push(result)

      const all: Sample[] = [
        ...result.timeline.map((t) => ({ startedAt: t.at - t.ms, endedAt: t.at, status: t.status, code: t.code })),
        ...readiness.samples,
        ...writes.samples,
      ]
      // Every request the fault touched: in flight at some moment between its start and end.
      const during = all.filter((s) => s.startedAt <= faultEnd && s.endedAt >= faultStart)
      const statuses = (samples: Sample[]) => {
        const counts: Record<string, number> = {}
        for (const s of samples) counts[s.status === 0 ? 'network' : String(s.status)] = (counts[s.status === 0 ? 'network' : String(s.status)] ?? 0) + 1
        return Object.entries(counts).map(([k, v]) => `${k}×${v}`).join(' ') || 'none'
      }
      const latencies = summarise(during.map((s) => s.endedAt - s.startedAt))
      const hung = during.filter((s) => s.endedAt - s.startedAt > options.deadlineMs + slackMs)
      const badFailures = during.filter((s) => s.status >= 500 && !(s.status === 503 && s.code === 'service_unavailable'))
      const network = during.filter((s) => s.status === 0)
      const answeredInside = during.filter((s) => s.endedAt <= faultEnd)
      console.log(`    fault window     ${((faultEnd - faultStart) / 1000).toFixed(1)} s; requests in flight during it: ${during.length} (${statuses(during)}); answered before it ended: ${statuses(answeredInside)}`)
      console.log(`    their latency    p50 ${latencies.p50.toFixed(0)} · p99 ${latencies.p99.toFixed(0)} · max ${latencies.max.toFixed(0)} ms; over deadline + ${slackMs} ms: ${hung.length}`)
      const ready = firstAfter(readiness.samples, 200)
      const write = firstAfter(writes.samples, 201)
      console.log(`    recovery         first /readyz 200 ${ready ? `${((ready.endedAt - faultEnd) / 1000).toFixed(2)} s` : 'NEVER'} and first write 201 ${write ? `${((write.endedAt - faultEnd) / 1000).toFixed(2)} s` : 'NEVER'} after the fault ended`)
      const after = all.filter((s) => s.startedAt >= Math.max(ready?.endedAt ?? Infinity, write?.endedAt ?? Infinity) + 1000)
      console.log(`    afterwards       ${statuses(after)}`)
      if (hung.length) fail(`${hung.length} requests took longer than the deadline + ${slackMs} ms`)
      if (badFailures.length) fail(`${badFailures.length} requests failed with something other than 503 service_unavailable (${statuses(badFailures)})`)
      if (network.length) fail(`${network.length} requests got no HTTP answer`)
      if (!ready || !write) fail('the service did not recover within 60 s')
    }

    // 1. PostgreSQL down and back.
    if (options.restartPostgres) {
      await underLoad(`PostgreSQL stopped for ${options.downSeconds} s and started again (pg_ctlcluster ${postgresVersion()} main)`, async () => {
        const faultStart = Date.now()
        await pgctl('stop')
        console.log(`    stopped in       ${((Date.now() - faultStart) / 1000).toFixed(2)} s`)
        await sleep(options.downSeconds * 1000)
        const startAt = Date.now()
        await pgctl('start')
        // Accepting again: the moment a connection of our own gets an answer.
        for (;;) {
          if (await readDatabaseHealth(own.sql).then(() => true, () => false)) break
          await sleep(50)
        }
        const faultEnd = Date.now()
        console.log(`    started in       ${((faultEnd - startAt) / 1000).toFixed(2)} s (start command to first answer); down ${((faultEnd - faultStart) / 1000).toFixed(1)} s in all`)
        return { faultStart, faultEnd }
      })
    } else {
      console.log('\n  PostgreSQL restart: skipped (pass --restart-postgres on a machine where this script may stop the server)')
    }

    // 2. Stalled connections.
    await underLoad(`every database connection stalled for ${options.stallSeconds} s (TCP proxy holds the bytes)`, async () => {
      const faultStart = Date.now()
      proxy.stall()
      await sleep(options.stallSeconds * 1000)
      proxy.resume()
      return { faultStart, faultEnd: Date.now() }
    })

    // 3. Connections reset.
    await underLoad('every database connection reset (TCP proxy)', async () => {
      const faultStart = Date.now()
      const dropped = proxy.drop()
      console.log(`    reset            ${dropped} connections`)
      await sleep(2000)
      const busy = (await databaseActivity(own.sql)).filter((row) => row.state !== 'idle')
      console.log(`    2 s later        ${busy.length} sessions not idle${busy.map((row) => `\n                     ${row.state} ${row.waitEvent || '-'} ${row.seconds} s: ${row.query.replace(/\s+/g, ' ')}`).join('')}`)
      return { faultStart, faultEnd: faultStart }
    })

    const stopped = await service.stop()
    console.log(`\n  server stopped on SIGTERM with exit code ${stopped}`)
    if (stopped !== 0) fail(`exit code ${stopped} on SIGTERM`)

    // 4. Embeddings provider faults.
    await providerFaults(world, baseEnv, databaseUrl, own.sql, postNeed, fail, (started) => (service = started))

    // 5. Meilisearch unreachable.
    console.log('\n  Meilisearch')
    console.log('    MEILI_URL is not set here and no Meilisearch server runs on this machine: a Meilisearch outage is not applicable.')
    console.log('    Shown instead: MEILI_URL pointing at a closed port.')
    service = await startService({ ...baseEnv, DATABASE_URL: databaseUrl, MEILI_URL: `http://127.0.0.1:${await freePort()}` }, 'faults-server-meili')
    {
      const created = await postNeed()
      const ranked = await candidates(service, world, created.id)
      console.log(`    POST /v1/needs → ${created.status}; candidates → ${ranked.status} in ${ranked.ms.toFixed(0)} ms, unavailableRetrievers ${JSON.stringify(ranked.unavailable)}, ${ranked.count} candidates`)
      if (created.status !== 201) fail('a write failed while Meilisearch was unreachable')
      if (ranked.status !== 200 || !ranked.unavailable?.includes('full_text')) fail('candidates did not degrade to the vector retriever saying so')
    }
    await service.stop()

    console.log('\n  acknowledged writes (load worker and probes, all phases)')
    const check = await checkAcknowledgedWrites(own.sql, world, titlePrefix, [...results, probeWrites])
    printWriteCheck(check)
    if (!check.ok) fail('acknowledged writes lost or duplicated')
    console.log(`\n  load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`)
    console.log(failures === 0 ? '  all fault checks passed' : `  ${failures} fault checks FAILED`)
  } finally {
    // Never leave the machine's PostgreSQL down.
    if (postgresStopped) await pgctl('start')
    worker.stop()
    await service?.stop('SIGKILL')
    await proxy.close()
    await own.close()
    await database.drop()
  }
  process.exit(failures === 0 ? 0 : 1)
}

async function candidates(service: Service, world: LoadWorld, needId: string | undefined) {
  const started = performance.now()
  const res = await fetch(`${service.baseUrl}/v1/needs/${needId}/candidates?limit=10`, {
    headers: { authorization: `Bearer ${world.adminKey}` },
    signal: AbortSignal.timeout(120_000),
  })
  const body = (await res.json().catch(() => ({}))) as { unavailableRetrievers?: string[]; candidates?: unknown[]; code?: string }
  return { status: res.status, ms: performance.now() - started, unavailable: body.unavailableRetrievers, count: body.candidates?.length ?? 0, code: body.code }
}

async function providerFaults(
  world: LoadWorld,
  baseEnv: Record<string, string>,
  databaseUrl: string,
  sql: Parameters<typeof outboxStats>[0],
  postNeed: () => Promise<{ status: number; id?: string | undefined; ms: number }>,
  fail: (message: string) => void,
  started: (service: Service) => void,
) {
  console.log('\n  embeddings provider (OpenAI-compatible, local) down or slow')
  const port = await freePort()
  let provider: EmbeddingsServer | undefined = await startEmbeddingsServer({ port })
  // The default REQUEST_DEADLINE_MS, as in production: what the provider's own timeouts leave to the client.
  const { REQUEST_DEADLINE_MS: _deadline, ...env } = baseEnv
  const service = await startService({
    ...env,
    DATABASE_URL: databaseUrl,
    OPENAI_API_KEY: 'sk-faults',
    OPENAI_BASE_URL: provider.baseURL,
    EMBEDDING_MODEL: 'faults-embed',
  }, 'faults-server-provider')
  started(service)
  const modes: [string, () => Promise<void>][] = [
    ['answers 500', async () => provider!.script(...Array.from({ length: 500 }, () => ({ status: 500 }) as const))],
    ['hangs', async () => provider!.script(...Array.from({ length: 500 }, () => 'hang' as const))],
    ['is closed (connection refused)', async () => {
      await provider!.close()
      provider = undefined
    }],
  ]
  const degradedNeeds: string[] = []
  for (const [mode, apply] of modes) {
    provider?.reset()
    await apply()
    const created = await postNeed()
    const ranked = await candidates(service, world, created.id)
    if (created.id) degradedNeeds.push(created.id)
    console.log(`    provider ${mode.padEnd(31)} POST /v1/needs → ${created.status} in ${created.ms.toFixed(0)} ms; candidates → ${ranked.status}${ranked.code ? ` ${ranked.code}` : ''} in ${ranked.ms.toFixed(0)} ms, unavailableRetrievers ${JSON.stringify(ranked.unavailable ?? null)}`)
    if (created.status !== 201) fail(`a write failed while the provider ${mode}`)
    if (ranked.status === 200 && !ranked.unavailable?.includes('vector')) fail(`candidates did not say the vector retriever was unavailable while the provider ${mode}`)
    if (ranked.status !== 200) console.log(`      (candidates did not degrade: the query embedding waits for the provider's own timeouts, longer than REQUEST_DEADLINE_MS)`)
  }
  const stats = await outboxStats(sql)
  console.log(`    outbox while down: ${stats.pending} pending, ${stats.failing} with a recorded failure`)
  provider = await startEmbeddingsServer({ port })
  const restoredAt = Date.now()
  // Failed jobs wait out their backoff (5 s doubling, with jitter), so the outbox can only catch up
  // once the last one is due: allow that plus a minute for the drainer to get to it (10 min at most).
  let waitUntil = restoredAt + 60_000
  let caughtUp: number | undefined
  while (Date.now() < waitUntil) {
    const now = await outboxStats(sql)
    if (now.pending === 0) {
      caughtUp = Date.now() - restoredAt
      break
    }
    waitUntil = Math.min(restoredAt + 600_000, Math.max(waitUntil, Date.now() + ((now.lastDueInSeconds ?? 0) + 60) * 1000))
    await sleep(500)
  }
  console.log(`    provider back: outbox caught up ${caughtUp === undefined ? `NOT within ${((waitUntil - restoredAt) / 1000).toFixed(0)} s` : `in ${(caughtUp / 1000).toFixed(1)} s (jobs wait out their backoff: 5 s, 10 s, 20 s … after 1, 2, 3 failures)`}`)
  if (caughtUp === undefined) fail('the outbox did not catch up after the provider came back')
  const after = await candidates(service, world, degradedNeeds[0])
  console.log(`    candidates after → ${after.status} in ${after.ms.toFixed(0)} ms, unavailableRetrievers ${JSON.stringify(after.unavailable ?? null)}`)
  if (after.status !== 200 || after.unavailable?.length) fail('candidates still degraded after the provider came back')
  const code = await service.stop()
  if (code !== 0) fail(`exit code ${code} on SIGTERM (provider phase)`)
  await provider.close()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
