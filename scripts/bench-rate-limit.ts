/**
 * `npm run bench:rate-limit`: what rate limiting costs `GET /v1/me` on the real Node server
 * (`src/server.ts`, a child process) over PostgreSQL. One server with limits off
 * (RATE_LIMIT_ENABLED=false), one with them on and the quota out of the way (10,000,000 per
 * window: counted, headers sent, never refused), and with `--baseline <git ref>` a third, the same
 * as "on" but built from that ref (checked out into a temporary git worktree with this checkout's
 * node_modules: scripts/lib/baseline-checkout.ts). This process sends the load: `--connections`
 * keep-alive connections, each one request at a time, for `--duration` seconds per configuration, the configurations in
 * turn (the order rotated each round) for `--rounds` rounds. Prints req/s per round, the medians
 * and their ratios, and the CPU time per request of the server process and of the database's
 * backends for the bench database (from /proc, Linux; less disturbed than req/s when other work
 * shares the cores, though the idle servers' background polling counts in the database's). Nothing
 * is asserted.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:rate-limit -- --baseline 450db09
 *   npm run bench:rate-limit -- --rounds 1 --duration 2          # CI
 *
 * A database `bench_rate_<pid>` is created on the server and dropped afterwards; the baseline gets
 * its own (`bench_rate_baseline_<pid>`), migrated by its own server, so a baseline from before a
 * migration of this checkout still starts. The machine's
 * load average is printed before and after: on a shared machine read the ratios, not the figures.
 */
import { readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import os from 'node:os'
import { insertApiKey } from '../src/modules/accounts/queries.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../src/modules/accounts/service.js'
import { loadMigrationFiles } from '../src/platform/db/migration-files.js'
import { migrate } from '../src/platform/db/migrations.js'
import type { Sql } from '../src/platform/db/client.js'
import { type Service, createScratchDatabase, serverUrlFromEnv, startService } from './lib/service-under-test.js'
import { checkOutBaseline } from './lib/baseline-checkout.js'

const argv = process.argv.slice(2)
const option = (name: string) => {
  const index = argv.indexOf(`--${name}`)
  return index === -1 ? undefined : argv[index + 1]
}
const rounds = Number(option('rounds') ?? '5')
const durationMs = Number(option('duration') ?? '6') * 1000
const connections = Number(option('connections') ?? '16')
const baselineRef = option('baseline')
const logLevel = option('log-level') ?? 'info'

/** `connections` loops of GET `path`, each waiting for its answer, for `ms`; answers per second. */
async function drive(baseUrl: string, headers: Record<string, string>, ms: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const get = () =>
    new Promise<number>((resolve) => {
      const req = request(`${baseUrl}/v1/me`, { agent, headers }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('error', () => resolve(0))
      req.end()
    })
  let ok = 0
  let failed = 0
  const started = performance.now()
  const until = started + ms
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) (await get()) === 200 ? ok++ : failed++
    }),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { perSecond: ok / seconds, ok, failed }
}

/** CPU time (user + system) a process has used, in ms; 0 once it is gone or off Linux. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return 0
  }
}

/** The CPU time of a server process and of the database's backends for the bench database. */
async function cpuSnapshot(sql: Sql, serverPid: number) {
  const backends = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`
  return { server: cpuMs(serverPid), database: new Map(backends.map(({ pid }) => [pid, cpuMs(pid)])) }
}

function cpuSpent(before: Awaited<ReturnType<typeof cpuSnapshot>>, after: Awaited<ReturnType<typeof cpuSnapshot>>) {
  let database = 0
  for (const [pid, ms] of after.database) database += ms - (before.database.get(pid) ?? 0)
  return { server: after.server - before.server, database }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const load = () => os.loadavg().map((value) => value.toFixed(2)).join(', ')

async function main() {
  if (!serverUrlFromEnv()) throw new Error('needs BENCH_DATABASE_URL or DATABASE_URL (a PostgreSQL server)')
  const database = await createScratchDatabase('postgres', 'rate')
  // The baseline migrates a database of its own: one this checkout migrated may hold migrations it does not know.
  const baselineDatabase = baselineRef ? await createScratchDatabase('postgres', 'rate_baseline') : undefined
  const services: Service[] = []
  const opened: { close(): Promise<void> }[] = []
  let baseline: Awaited<ReturnType<typeof checkOutBaseline>> | undefined
  try {
    const own = await database.open()
    opened.push(own)
    const secret = generateApiKey()
    const addKey = (sql: Sql) => insertApiKey(sql, { name: 'bench', prefix: secret.slice(0, keyPrefixLength), keyHash: hashApiKey(secret), role: 'admin' })
    await migrate(own.sql, await loadMigrationFiles())
    await addKey(own.sql)
    const headers = { authorization: `Bearer ${secret}` }
    const env = { SEED_DEMO: 'false', LOG_LEVEL: logLevel, NODE_ENV: 'production' }
    const on = { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_REQUESTS: '10000000' }
    const configs: { label: string; service: Service; sql: Sql }[] = []
    const start = async (label: string, extra: Record<string, string>, sql: Sql, cwd?: string) => {
      const service = await startService({ ...env, ...extra }, `bench-rate-limit-${label}`, cwd)
      services.push(service)
      configs.push({ label, service, sql })
    }
    await start('off', { ...database.serverEnv, RATE_LIMIT_ENABLED: 'false' }, own.sql)
    await start('on', { ...database.serverEnv, ...on }, own.sql)
    if (baselineRef && baselineDatabase) {
      baseline = await checkOutBaseline(baselineRef)
      const theirs = await baselineDatabase.open()
      opened.push(theirs)
      await start(`on@${baselineRef}`, { ...baselineDatabase.serverEnv, ...on }, theirs.sql, baseline.dir)
      await addKey(theirs.sql)
    }

    console.log(`GET /v1/me, ${connections} connections, ${durationMs / 1000} s per configuration, ${rounds} rounds; PostgreSQL; LOG_LEVEL=${logLevel}`)
    console.log(`load average before: ${load()} (${os.cpus().length} cores)`)
    for (const { service } of configs) await drive(service.baseUrl, headers, 1000)
    const samples = new Map(configs.map(({ label }) => [label, { perSecond: [] as number[], serverUs: [] as number[], databaseUs: [] as number[] }]))
    for (let round = 0; round < rounds; round++) {
      const order = configs.map((_, i) => configs[(i + round) % configs.length]!)
      const line: string[] = []
      for (const { label, service, sql } of order) {
        await drive(service.baseUrl, headers, 500)
        const before = await cpuSnapshot(sql, service.child.pid!)
        const result = await drive(service.baseUrl, headers, durationMs)
        const spent = cpuSpent(before, await cpuSnapshot(sql, service.child.pid!))
        if (result.failed > 0) throw new Error(`${label}: ${result.failed} answers were not 200`)
        const sample = samples.get(label)!
        sample.perSecond.push(result.perSecond)
        sample.serverUs.push((spent.server * 1000) / result.ok)
        sample.databaseUs.push((spent.database * 1000) / result.ok)
        line.push(`${label} ${result.perSecond.toFixed(0)}`)
      }
      console.log(`  round ${round + 1}: ${line.join(' · ')} req/s`)
    }
    const medians = new Map([...samples].map(([label, s]) => [label, { perSecond: median(s.perSecond), serverUs: median(s.serverUs), databaseUs: median(s.databaseUs) }]))
    console.log('medians:')
    for (const [label, m] of medians) {
      console.log(`  ${label.padEnd(14)} ${m.perSecond.toFixed(0).padStart(6)} req/s   CPU per request: server ${m.serverUs.toFixed(0)} µs, database ${m.databaseUs.toFixed(0)} µs`)
    }
    const ratio = (a: string, b: string) => {
      const x = medians.get(a)!
      const y = medians.get(b)!
      return `${a} / ${b}: req/s ${(x.perSecond / y.perSecond).toFixed(3)}, CPU per request (server + database) ${((x.serverUs + x.databaseUs) / (y.serverUs + y.databaseUs)).toFixed(3)}`
    }
    console.log(`  ${ratio('on', 'off')}`)
    if (baselineRef) console.log(`  ${ratio('on', `on@${baselineRef}`)}\n  ${ratio(`on@${baselineRef}`, 'off')}`)
    console.log(`load average after: ${load()}`)
  } finally {
    await Promise.all(opened.map((handle) => handle.close()))
    await Promise.all(services.map((service) => service.stop()))
    await database.drop()
    await baselineDatabase?.drop()
    baseline?.remove()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
