/**
 * What scripts/load.ts and scripts/faults.ts share: a scratch database, the demo world plus experts
 * and keys for the run, the real server (`src/server.ts`) as a child process, the load-generating
 * worker process, and the check that every acknowledged write is stored exactly once.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../../src/platform/config.js'
import { insertApiKey } from '../../src/modules/accounts/queries.js'
import { createBenchDatabase, dropBenchDatabase } from '../../src/platform/db/bench.js'
import { type Sql, createSql } from '../../src/platform/db/client.js'
import { openEmbeddedSql } from '../../src/platform/db/embedded.js'
import { acceptedMatchesPerNeed, idempotencyRecordCounts, matchStates, needsByTitlePrefix } from '../../src/platform/db/load-check.js'
import { loadMigrationFiles } from '../../src/platform/db/migration-files.js'
import { migrate } from '../../src/platform/db/migrations.js'
import { outboxStats } from '../../src/platform/db/outbox.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../../src/modules/accounts/service.js'
import { createExpert } from '../../src/modules/registry/experts/service.js'
import { drainOutbox } from '../../src/modules/matching/index/indexer.js'
import { createNeed } from '../../src/modules/needs/service.js'
import { createLogger } from '../../src/platform/logger.js'
import { createIndexingDeps } from '../../src/modules/matching/index/indexer-deps.js'
import { DEMO_ADMIN_KEY, DEMO_ENTERPRISE_KEY, demoData, seedDemoIfEmpty } from '../../seed/demo.js'
import { freePort, projectRoot } from '../../test/helpers/server-process.js'
import type { LoadJob, LoadResult, LoadWorld } from './load-protocol.js'

export type DbKind = 'postgres' | 'pglite'

export interface ScratchDatabase {
  kind: DbKind
  /** The PostgreSQL database's name (undefined for PGlite). */
  name?: string
  /** What the server needs in its environment to use it. */
  serverEnv: Record<string, string>
  /** A connection of our own; for PGlite only while the server is not running (it owns the files). */
  open(): Promise<{ sql: Sql; close(): Promise<void> }>
  drop(): Promise<void>
}

export function serverUrlFromEnv(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined
}

/** A fresh database: `bench_<label>_<pid>` on the PostgreSQL server, or a PGlite folder in /tmp. */
export async function createScratchDatabase(kind: DbKind, label: string, options: { keep?: boolean } = {}): Promise<ScratchDatabase> {
  if (kind === 'postgres') {
    const serverUrl = serverUrlFromEnv()
    if (!serverUrl) throw new Error('PostgreSQL runs need BENCH_DATABASE_URL or DATABASE_URL')
    const admin = createSql(serverUrl, { max: 1 })
    const name = `bench_${label}_${process.pid}`
    await dropBenchDatabase(admin, name)
    await createBenchDatabase(admin, name)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      kind,
      name,
      serverEnv: { DATABASE_URL: url.toString() },
      async open() {
        const sql = createSql(url.toString(), { max: 2 })
        return { sql, close: () => sql.end({ timeout: 5 }) }
      },
      async drop() {
        if (options.keep) console.log(`  (kept database ${name})`)
        else await dropBenchDatabase(admin, name)
        await admin.end({ timeout: 5 })
      },
    }
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `kechuang-${label}-`))
  return {
    kind,
    serverEnv: { DATA_DIR: dataDir },
    async open() {
      const { sql, close } = await openEmbeddedSql({ dataDir })
      return { sql, close }
    },
    async drop() {
      if (options.keep) console.log(`  (kept ${dataDir})`)
      else await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Migrates, loads the demo, and adds what the workload needs, through the same domain functions
 * the API calls: `experts` experts with room for `capacity` engagements and a key each, and
 * `openNeeds` open needs of the demo enterprise to invite them to. Then builds every search
 * document, the full-text statistics, the semantic model and every embedding, as the server's
 * outbox drainer would, so the run starts drained and fitted.
 */
export async function prepareWorld(sql: Sql, options: { experts: number; capacity: number; openNeeds: number; runId: string }): Promise<LoadWorld> {
  await migrate(sql, await loadMigrationFiles())
  await seedDemoIfEmpty(sql)
  const data = demoData()
  const enterpriseId = data.keyHolders.enterpriseId
  const industryCode = data.industries[0]!.code
  const newKey = async (name: string, role: 'admin' | 'expert', expertId?: string) => {
    const secret = generateApiKey()
    // await: this harness also drives older checkouts (a baseline), whose hashApiKey was async.
    const row = await insertApiKey(sql, { name, prefix: secret.slice(0, keyPrefixLength), keyHash: await hashApiKey(secret), role, expertId: expertId ?? null })
    return { secret, id: row.id }
  }
  const admin = await newKey(`load ${options.runId} admin`, 'admin')
  const actor = { principal: { role: 'admin' as const, keyId: admin.id } }
  const experts: LoadWorld['experts'] = []
  for (let i = 0; i < options.experts; i++) {
    const expert = await createExpert(sql, actor, {
      name: `压测专家${options.runId}-${i}`,
      title: '研究员',
      organisation: '压测化工研究院',
      fields: ['煤化工废水处理', '萃取分离'],
      keywords: ['酚氨回收', '萃取塔'],
      industries: [industryCode],
      availability: 'available',
      capacity: options.capacity,
    })
    experts.push({ id: expert.id, key: (await newKey(`load ${options.runId} expert ${i}`, 'expert', expert.id)).secret })
  }
  const openNeedIds: string[] = []
  for (let i = 0; i < options.openNeeds; i++) {
    const need = await createNeed(sql, actor, {
      enterpriseId,
      title: `压测预置需求${options.runId}-${i}`,
      industryCode,
      kind: 'consulting',
      status: 'open',
      problem: '萃取塔乳化严重，总酚回收率不足85%，需要工艺优化方案。',
    })
    openNeedIds.push(need.id)
  }
  const indexing = createIndexingDeps(parseConfig({}), sql, createLogger('silent'))
  while ((await drainOutbox(indexing, { batchSize: 200 })).leased > 0);
  await indexing.fullText.maintain()
  // The semantic model too: otherwise the server fits it in its first seconds, and a short step
  // measures the fit (seconds of CPU) rather than the requests.
  if (indexing.embedder.refit) {
    await indexing.embedder.refit()
    while ((await drainOutbox(indexing, { batchSize: 200 })).leased > 0);
  }
  return {
    adminKey: DEMO_ADMIN_KEY,
    enterpriseKey: DEMO_ENTERPRISE_KEY,
    enterpriseKeyHash: await hashApiKey(DEMO_ENTERPRISE_KEY),
    industryCode,
    experts,
    expertCapacity: options.capacity,
    openNeedIds,
    readNeedIds: data.needs.map((need) => need.id),
    candidateNeedIds: data.needs.filter((need) => need.status === 'open').map((need) => need.id),
  }
}

export interface Service {
  child: ChildProcess
  baseUrl: string
  logFile: string
  exited: Promise<number | null>
  /** The last `lines` lines of its log. */
  logTail(lines?: number): string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * `src/server.ts` as `npm start` runs it, logging to a file; resolves once /readyz is 200. `cwd`:
 * another checkout of the project (a baseline), using this one's node_modules.
 */
export async function startService(env: Record<string, string>, logName: string, cwd = projectRoot): Promise<Service> {
  const port = await freePort()
  await mkdir(path.join(projectRoot, 'test-output'), { recursive: true })
  const logFile = path.join(projectRoot, 'test-output', `${logName}.log`)
  const fd = openSync(logFile, 'w')
  // e.g. LOAD_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the server (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = (process.env.LOAD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server.ts'], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', fd, fd],
  })
  closeSync(fd)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const service: Service = {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    logFile,
    exited,
    logTail: (lines = 20) => readFileSync(logFile, 'utf8').split('\n').slice(-lines - 1).join('\n'),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
  const started = Date.now()
  while (Date.now() - started < 180_000) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${service.logTail()}`)
    const status = await fetch(`${service.baseUrl}/readyz`).then((res) => res.status, () => 0)
    if (status === 200) return service
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await service.stop('SIGKILL')
  throw new Error(`server not ready after 180 s:\n${service.logTail()}`)
}

/** Waits until the outbox has nothing due (PostgreSQL only: PGlite's files belong to the server). */
export async function waitForOutbox(sql: Sql, timeoutMs = 120_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    const stats = await outboxStats(sql)
    if (stats.pending === 0) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`outbox still has ${stats.pending} jobs after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The load generator in its own process; one job at a time. */
export function startLoadWorker() {
  const child = fork(path.join(projectRoot, 'scripts/lib/load-worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
  return {
    run(job: LoadJob): Promise<LoadResult> {
      return new Promise((resolve, reject) => {
        child.once('message', (message: LoadResult | { error: string }) => ('error' in message ? reject(new Error(message.error)) : resolve(message)))
        child.once('exit', (code) => reject(new Error(`load worker exited ${code}`)))
        child.send(job)
      })
    },
    stop() {
      child.kill()
    },
  }
}

export interface WriteCheck {
  createdAcknowledged: number
  createdMissing: string[]
  createdDuplicated: string[]
  /** Committed though the client got no 201 (an answer lost to a fault, e.g. a 503 after the deadline): not a loss. */
  createdUnacknowledged: number
  idempotencyRecordsNotOne: string[]
  acceptedAcknowledged: number
  acceptedNotAccepted: string[]
  needsWithMoreThanOneAccept: string[]
  ok: boolean
}

/** Every 201 need is stored once under its title with the id it was given; every 200 accept is accepted, once per need. */
export async function checkAcknowledgedWrites(sql: Sql, world: LoadWorld, titlePrefix: string, results: LoadResult[]): Promise<WriteCheck> {
  const created = results.flatMap((result) => result.createdNeeds)
  const accepted = results.flatMap((result) => result.acceptedMatches)
  const stored = new Map((await needsByTitlePrefix(sql, titlePrefix)).map((row) => [row.title, row]))
  const createdMissing = created.filter((need) => !stored.get(need.title)?.ids.includes(need.id)).map((need) => need.title)
  const createdDuplicated = [...stored.values()].filter((row) => row.count > 1).map((row) => row.title)
  const acknowledgedTitles = new Set(created.map((need) => need.title))
  const records = created.length ? await idempotencyRecordCounts(sql, world.enterpriseKeyHash, created.map((need) => need.idempotencyKey)) : new Map<string, number>()
  const idempotencyRecordsNotOne = created.filter((need) => records.get(need.idempotencyKey) !== 1).map((need) => need.idempotencyKey)
  const states = new Map((accepted.length ? await matchStates(sql, accepted.map((match) => match.id)) : []).map((row) => [row.id, row]))
  const acceptedNotAccepted = accepted.filter((match) => states.get(match.id)?.status !== 'accepted').map((match) => match.id)
  const perNeed = accepted.length ? await acceptedMatchesPerNeed(sql, accepted.map((match) => match.needId)) : new Map<string, number>()
  const needsWithMoreThanOneAccept = [...perNeed].filter(([, count]) => count > 1).map(([needId]) => needId)
  const check = {
    createdAcknowledged: created.length,
    createdMissing,
    createdDuplicated,
    createdUnacknowledged: [...stored.keys()].filter((title) => !acknowledgedTitles.has(title)).length,
    idempotencyRecordsNotOne,
    acceptedAcknowledged: accepted.length,
    acceptedNotAccepted,
    needsWithMoreThanOneAccept,
  }
  const ok = !createdMissing.length && !createdDuplicated.length && !idempotencyRecordsNotOne.length && !acceptedNotAccepted.length && !needsWithMoreThanOneAccept.length
  return { ...check, ok }
}

export function printWriteCheck(check: WriteCheck): void {
  const list = (items: string[]) => (items.length ? ` (${items.slice(0, 5).join(', ')}${items.length > 5 ? ', …' : ''})` : '')
  console.log(`  needs acknowledged (201)   ${check.createdAcknowledged}: missing ${check.createdMissing.length}${list(check.createdMissing)}, duplicated ${check.createdDuplicated.length}${list(check.createdDuplicated)}, idempotency records ≠ 1: ${check.idempotencyRecordsNotOne.length}${list(check.idempotencyRecordsNotOne)}`)
  console.log(`  stored without a 201       ${check.createdUnacknowledged} (answer lost to a fault or cut by the run's end; not a loss)`)
  console.log(`  accepts acknowledged (200) ${check.acceptedAcknowledged}: not accepted in the database ${check.acceptedNotAccepted.length}${list(check.acceptedNotAccepted)}, needs with two accepts ${check.needsWithMoreThanOneAccept.length}`)
  console.log(`  acknowledged writes        ${check.ok ? 'all present exactly once' : 'PROBLEM: see above'}`)
}

/**
 * CPU seconds used so far by the server process and by the database's backends serving the run's
 * database (Linux /proc; null elsewhere or for PGlite). Read per step, it gives CPU per request,
 * which a machine shared with other work disturbs much less than requests per second.
 */
export function cpuSeconds(serverPid: number | undefined, databaseName: string | undefined): { server: number; database: number | null } | null {
  const ticks = 100 // USER_HZ on Linux
  const used = (pid: string) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
      return (Number(fields[11]) + Number(fields[12])) / ticks
    } catch {
      return 0
    }
  }
  if (serverPid === undefined) return null
  try {
    const server = used(String(serverPid))
    if (!databaseName) return { server, database: null }
    let database = 0
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue
      let command = ''
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      } catch {
        continue
      }
      if (command.startsWith('postgres: ') && command.includes(` ${databaseName} `)) database += used(pid)
    }
    return { server, database }
  } catch {
    return null
  }
}
