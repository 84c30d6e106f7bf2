/**
 * `npm run bench:overhead`: what the request chain costs per request, layer by layer, and the
 * app's cheapest requests against another commit. Figures are printed, nothing is asserted.
 *
 *   npm run bench:overhead                              # this checkout: layers, then the app's requests
 *   npm run bench:overhead -- --baseline 450db09        # the same requests on that commit too, alternating
 *   npm run bench:overhead -- --size small              # CI: 2 rounds of 0.5 s, no warm-up
 *
 * Options: --rounds N (5), --seconds S per run (3), --connections C (16), --keep (leave the databases).
 * Needs PostgreSQL: BENCH_DATABASE_URL, else DATABASE_URL (a `bench_overhead_<pid>` database is
 * created per checkout, with the load script's world: scripts/lib/service-under-test.ts).
 *
 * Layers: one child process (scripts/lib/overhead-server.ts) serves a bare Hono route on
 * @hono/node-server, then the app's /healthz on our Node server with the chain's layers added one
 * at a time (src/http/app.ts `requestLayers`), then the whole app. Each row gives its throughput
 * and the server's CPU time per request (/proc/<pid>/stat, all threads), and Δ is the CPU its layer
 * added to the row before. CPU per request is the steadier figure: the load generator shares the
 * machine, so a bare route's throughput is partly the generator's own limit.
 *
 * Requests: `src/server.ts` as `npm start` runs it, twice per checkout (RATE_LIMIT_ENABLED false
 * and true, the quota raised out of the way), for GET /healthz, GET /v1/me and GET /v1/needs/{id}.
 * With --baseline, that ref is checked out into a temporary git worktree (node_modules linked from
 * this checkout) and started the same way with its own scratch database and its own
 * service-under-test.ts; each round runs every configuration on both, the order flipped each round.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { projectRoot } from '../test/helpers/server-process.js'
import type { OverheadServers } from './lib/overhead-server.js'
import { optionReader } from './lib/cli-options.js'
import { type LoadRun, type LoadTarget, runLoad } from './lib/overhead-load.js'
import { percentile, thousands } from './lib/stats.js'
import { checkOutBaseline } from './lib/baseline-checkout.js'
import * as current from './lib/service-under-test.js'

type ServiceUnderTest = typeof current

function parseOptions(argv: string[]) {
  const { value, positive, flag } = optionReader(argv)
  const size = value('size') ?? 'full'
  if (size !== 'full' && size !== 'small') throw new Error('--size is full or small')
  const small = size === 'small'
  if (!current.serverUrlFromEnv()) throw new Error('bench:overhead needs PostgreSQL: set BENCH_DATABASE_URL or DATABASE_URL')
  return {
    rounds: Math.round(positive('rounds', small ? 2 : 5)),
    seconds: positive('seconds', small ? 0.5 : 3),
    connections: Math.round(positive('connections', 16)),
    baseline: value('baseline'),
    keep: flag('keep'),
    small,
  }
}

type Options = ReturnType<typeof parseOptions>

/** One checkout's two servers (limits off and on) over one prepared database. */
interface Checkout {
  label: string
  targets: Record<RequestName, LoadTarget & { pid: number | undefined }>
  stop(): Promise<void>
}

const requestNames = ['GET /healthz', 'GET /v1/me, limits off', 'GET /v1/me, limits on', 'GET /v1/needs/{id}, limits off', 'GET /v1/needs/{id}, limits on'] as const
type RequestName = (typeof requestNames)[number]

async function startCheckout(label: string, sut: ServiceUnderTest, options: Options): Promise<Checkout> {
  const db = await sut.createScratchDatabase('postgres', `overhead_${label}`, { keep: options.keep })
  const { sql, close } = await db.open()
  const world = await sut.prepareWorld(sql, { experts: 1, capacity: 1, openNeeds: 1, runId: `overhead-${label}-${process.pid}` }).finally(close)
  // As scripts/load.ts runs it: logging on, as in production; quota raised out of the way, still counted.
  const env = { ...db.serverEnv, LOG_LEVEL: 'info', RATE_LIMIT_REQUESTS: '10000000', RATE_LIMIT_CANDIDATES: '10000000' }
  const [off, on] = await Promise.all([
    sut.startService({ ...env, RATE_LIMIT_ENABLED: 'false' }, `bench-overhead-${label}-limits-off`),
    sut.startService({ ...env, RATE_LIMIT_ENABLED: 'true' }, `bench-overhead-${label}-limits-on`),
  ])
  const headers = { authorization: `Bearer ${world.adminKey}` }
  const need = world.readNeedIds[0]!
  return {
    label,
    targets: {
      'GET /healthz': { url: `${off.baseUrl}/healthz`, pid: off.child.pid },
      'GET /v1/me, limits off': { url: `${off.baseUrl}/v1/me`, headers, pid: off.child.pid },
      'GET /v1/me, limits on': { url: `${on.baseUrl}/v1/me`, headers, pid: on.child.pid },
      'GET /v1/needs/{id}, limits off': { url: `${off.baseUrl}/v1/needs/${need}`, headers, pid: off.child.pid },
      'GET /v1/needs/{id}, limits on': { url: `${on.baseUrl}/v1/needs/${need}`, headers, pid: on.child.pid },
    },
    async stop() {
      await Promise.all([off.stop(), on.stop()])
      await db.drop()
    },
  }
}

/** The layer servers in their own process, over the current checkout's database. */
async function startLayerServers(env: Record<string, string>): Promise<{ servers: OverheadServers['servers']; child: ChildProcess }> {
  mkdirSync(path.join(projectRoot, 'test-output'), { recursive: true })
  const fd = openSync(path.join(projectRoot, 'test-output', 'bench-overhead-layers.log'), 'w')
  const child = fork(path.join(projectRoot, 'scripts/lib/overhead-server.ts'), [], {
    cwd: projectRoot,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', fd, fd, 'ipc'],
  })
  closeSync(fd)
  const ready = await new Promise<OverheadServers>((resolve, reject) => {
    child.once('message', (message) => resolve(message as OverheadServers))
    child.once('exit', (code) => reject(new Error(`layer servers exited ${code}: see test-output/bench-overhead-layers.log`)))
  })
  return { servers: ready.servers, child }
}

const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ')
const perSecond = (value: number) => thousands(Math.round(value)).padStart(7)
const medianOf = (runs: LoadRun[], pick: (run: LoadRun) => number) => percentile([...runs.map(pick)].sort((a, b) => a - b), 50)

async function main() {
  const startedAt = performance.now()
  const options = parseOptions(process.argv.slice(2))
  console.log(`bench:overhead: ${options.rounds} rounds, ${options.seconds} s per run, ${options.connections} connections; ${os.cpus().length} cores, load ${load()}`)

  const cleanups: (() => Promise<void> | void)[] = []
  try {
    let baselineSut: ServiceUnderTest | undefined
    if (options.baseline) {
      const tree = await checkOutBaseline(options.baseline)
      cleanups.push(tree.remove)
      const module = path.join(tree.dir, 'scripts/lib/service-under-test.ts')
      if (!existsSync(module)) throw new Error(`${options.baseline} has no scripts/lib/service-under-test.ts to start it with`)
      baselineSut = (await import(pathToFileURL(module).href)) as ServiceUnderTest
      console.log(`baseline ${options.baseline} checked out in ${tree.dir}`)
    }
    const checkouts: Checkout[] = []
    const started = await Promise.all([
      startCheckout('new', current, options),
      ...(baselineSut ? [startCheckout('baseline', baselineSut, options)] : []),
    ])
    for (const checkout of started) {
      checkouts.push(checkout)
      cleanups.push(() => checkout.stop())
    }
    // The layer servers need only a database to lease from; /healthz never queries it.
    const layerDb = await current.createScratchDatabase('postgres', 'overhead_layers')
    cleanups.push(() => layerDb.drop())
    const layers = await startLayerServers(layerDb.serverEnv)
    cleanups.push(() => void layers.child.kill())

    const run = (target: LoadTarget & { pid: number | undefined }, seconds = options.seconds) =>
      runLoad(target, { connections: options.connections, seconds, pid: target.pid })
    const layerTarget = (url: string) => ({ url, pid: layers.child.pid })
    console.log(`servers ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)
    // Warm-up: every target once, unrecorded, so the JIT has compiled the paths measured. The
    // small run only shows that the benchmark works; its figures are not worth the time.
    if (!options.small) {
      for (const server of layers.servers) await run(layerTarget(server.url), 1)
      for (const checkout of checkouts) for (const name of requestNames) await run(checkout.targets[name], 1)
    }

    const layerRuns = layers.servers.map(() => [] as LoadRun[])
    const requestRuns = new Map(checkouts.map((checkout) => [checkout.label, new Map(requestNames.map((name) => [name, [] as LoadRun[]]))]))
    for (let round = 0; round < options.rounds; round++) {
      for (const [index, server] of layers.servers.entries()) layerRuns[index]!.push(await run(layerTarget(server.url)))
      const order = round % 2 === 0 ? checkouts : [...checkouts].reverse()
      for (const name of requestNames) {
        for (const checkout of order) {
          // Half a second unrecorded first: a server idle for the rest of the round has closed its
          // pooled connections (idle_timeout 30 s) and would pay for reopening them in the measured run.
          if (!options.small) await run(checkout.targets[name], 0.5)
          requestRuns.get(checkout.label)!.get(name)!.push(await run(checkout.targets[name]))
        }
      }
      console.log(`  round ${round + 1}/${options.rounds} done (load ${load()})`)
    }

    console.log(`\nLayers: GET /healthz, medians of ${options.rounds} runs`)
    console.log(`  ${'configuration'.padEnd(48)} ${'req/s'.padStart(7)}  ${'CPU µs/req'.padStart(10)}  ${'Δ CPU µs'.padStart(8)}`)
    let previous: number | undefined
    for (const [index, server] of layers.servers.entries()) {
      const rate = medianOf(layerRuns[index]!, (r) => r.requestsPerSecond)
      const cpu = medianOf(layerRuns[index]!, (r) => r.cpuMicrosPerRequest)
      // Each row against the one before; the last (the whole app: every route registered) against all layers.
      const delta = previous === undefined ? '' : (cpu - previous).toFixed(1)
      console.log(`  ${server.name.padEnd(48)} ${perSecond(rate)}  ${cpu.toFixed(1).padStart(10)}  ${delta.padStart(8)}${failures(layerRuns[index]!)}`)
      previous = cpu
    }

    console.log(`\nRequests on src/server.ts (PostgreSQL), medians of ${options.rounds} runs: req/s, and the server's CPU µs per request`)
    const [fresh, base] = checkouts
    const heading = (label: string) => `${label.padStart(8)} ${'req/s'.padStart(7)} ${'CPU µs'.padStart(7)}`
    console.log(`  ${'request'.padEnd(32)} ${heading('new')}${base ? `   ${heading('baseline')}   new/baseline req/s, CPU` : ''}`)
    for (const name of requestNames) {
      const cell = (checkout: Checkout) => {
        const runs = requestRuns.get(checkout.label)!.get(name)!
        const rate = medianOf(runs, (r) => r.requestsPerSecond)
        const cpu = medianOf(runs, (r) => r.cpuMicrosPerRequest)
        return { rate, cpu, text: `${''.padStart(8)} ${perSecond(rate)} ${cpu.toFixed(1).padStart(7)}${failures(runs)}` }
      }
      const ours = cell(fresh!)
      const theirs = base ? cell(base) : undefined
      const ratio = theirs ? `   ${theirs.text}   ${(ours.rate / theirs.rate).toFixed(2).padStart(6)}×  ${(ours.cpu / theirs.cpu).toFixed(2).padStart(5)}×` : ''
      console.log(`  ${name.padEnd(32)} ${ours.text}${ratio}`)
    }
    const bare = layerRuns[0]!
    const healthz = requestRuns.get('new')!.get('GET /healthz')!
    const times = (pick: (run: LoadRun) => number, inverse = false) => {
      const ratio = medianOf(healthz, pick) / medianOf(bare, pick)
      return (inverse ? 1 / ratio : ratio).toFixed(1)
    }
    console.log(`\n  GET /healthz on src/server.ts against the bare Hono route: ${times((r) => r.requestsPerSecond, true)}× its time per request by throughput, ${times((r) => r.cpuMicrosPerRequest)}× its CPU per request`)
    console.log(`  load at the end ${load()}; ${((performance.now() - startedAt) / 1000).toFixed(0)} s so far`)
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup()
      } catch (error) {
        console.error(`cleanup: ${String(error)}`)
      }
    }
  }
}

function failures(runs: LoadRun[]): string {
  const failed = runs.reduce((sum, run) => sum + run.failed, 0)
  return failed > 0 ? `  (${failed} failed)` : ''
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
