/**
 * `npm run bench:latency`: how fast the candidates endpoint answers with 1k, 10k and 100k experts,
 * on embedded PGlite and on a PostgreSQL server, with the local embedder, and how much recall the
 * HNSW index gives up against an exact scan. Figures are printed, nothing is asserted.
 *
 * For each (database, size): a fresh database; the demo world (parks, enterprises, societies,
 * workstations, 166 needs, 330 experts) plus deterministic synthetic experts up to the size;
 * search documents and local embeddings built in big batches with the db functions the outbox
 * uses (the expert HNSW index dropped while vectors load and built once after); then
 *   (a) rankCandidates in-process, (b) GET /v1/needs/{id}/candidates over HTTP on 127.0.0.1,
 *   (c) each retriever alone with the same inputs, (d) HNSW recall@10 and at the endpoint's depth against an exact scan
 *   at several ef_search values.
 *
 *   npx tsx scripts/bench-latency.ts                          # 1k, 10k, 100k on both databases
 *   npx tsx scripts/bench-latency.ts --size small --db pglite # CI: 1k only
 *   npx tsx scripts/bench-latency.ts --sizes 1000,10000 --db postgres --calls 100
 *
 * PostgreSQL: BENCH_DATABASE_URL (else DATABASE_URL) names a server and a database to connect to
 * for creating and dropping `bench_<size>_<pid>`; without either, `--db both` runs PGlite only.
 * PGlite sizes above 10k run only when the largest smaller PGlite build of this run extrapolates
 * to less than `--pglite-max-minutes` (default 15), or with `--force`. Each figure stops sampling after
 * `--figure-seconds` (default 240, at least 30 samples); `--deadline-minutes` (default 150) stops
 * the whole run. `--keep` leaves the PostgreSQL database in place for inspection.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { serve } from '@hono/node-server'
import { createApp } from '../src/http/app.js'
import { parseConfig } from '../src/platform/config.js'
import { insertApiKey } from '../src/modules/accounts/queries.js'
import {
  countFullTextMatches,
  createBenchDatabase,
  dropBenchDatabase,
  dropExpertVectorIndex,
  matchingRelationSizes,
  setIndexBuildMemory,
  vacuumAnalyze,
} from '../src/platform/db/bench.js'
import { type Sql, createSql } from '../src/platform/db/client.js'
import { openEmbeddedSql } from '../src/platform/db/embedded.js'
import { readDatabaseHealth } from '../src/platform/db/health.js'
import { contentHash, upsertMatchDocuments } from '../src/modules/matching/index/search-documents.js'
import { refreshTermStatistics, termDocumentCounts } from '../src/modules/matching/index/term-statistics.js'
import { ensureVectorIndexes, upsertEmbeddings } from '../src/modules/matching/index/search-embeddings.js'
import { loadMatchSources } from '../src/modules/matching/index/search-sources.js'
import { loadMigrationFiles } from '../src/platform/db/migration-files.js'
import { migrate } from '../src/platform/db/migrations.js'
import { storedNeedEmbedding } from '../src/modules/matching/candidates/queries.js'
import {
  insertSeedAchievements,
  insertSeedEnterprises,
  insertSeedExperts,
  insertSeedIndustries,
  insertSeedNeeds,
  insertSeedParks,
  insertSeedSocieties,
  insertSeedSocietyMemberships,
  insertSeedWorkstationMembers,
  insertSeedWorkstations,
} from '../src/modules/demo/seed-writer.js'
import { DEFAULT_EF_SEARCH, type VectorHit, nearestCandidates } from '../src/modules/matching/index/vector-search.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../src/modules/accounts/service.js'
import { type MatchingDeps, rankCandidates } from '../src/modules/matching/candidates/service.js'
import { toMatchDocument } from '../src/modules/matching/index/search-document.js'
import type { Principal } from '../src/core/principal.js'
import { createLogger } from '../src/platform/logger.js'
import { readDocsAsset } from '../src/node/docs-assets.js'
import { createIndexingDeps } from '../src/modules/matching/index/indexer-deps.js'
import { documentTerms, queryTerms, selectQueryTerms } from '../src/modules/matching/search/postgres.js'
import { generateDemoData } from '../seed/demo-data.js'
import { type Summary, ms, seconds, summarise, thousands, timed } from './lib/stats.js'
import { generateSyntheticExperts, syntheticSeed } from './lib/synthetic-experts.js'
import { type CandidateKind, type DocumentKind } from '../src/core/vocabulary.js'

type DbKind = 'pglite' | 'postgres'

interface Options {
  sizes: number[]
  dbs: DbKind[]
  calls: number
  warmup: number
  needs: number
  efs: number[]
  batch: number
  pgliteMaxMinutes: number
  force: boolean
  deadlineMinutes: number
  figureSeconds: number
  /** PostgreSQL: leave the database for inspection instead of dropping it. */
  keep: boolean
}

const allKinds: CandidateKind[] = ['expert', 'society', 'workstation']
/** What rankCandidates asks each retriever for (`depth` in src/modules/matching/candidates/service.ts). */
const retrievalDepth = 100
const defaultEfSearch = DEFAULT_EF_SEARCH


function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`)
    if (index === -1) return undefined
    const next = argv[index + 1]
    if (next === undefined || next.startsWith('--')) throw new Error(`--${name} needs a value`)
    return next
  }
  const list = (text: string, name: string) =>
    text.split(',').map((item) => {
      const number = Number(item.trim().replace(/k$/i, '000'))
      if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name}: ${item} is not a positive integer`)
      return number
    })
  const size = value('size')
  if (size !== undefined && size !== 'small') throw new Error('--size takes only "small" (1k experts); use --sizes for others')
  const sizes = size === 'small' ? [1000] : list(value('sizes') ?? '1000,10000,100000', 'sizes')
  if (sizes.some((n) => n < 400)) throw new Error('sizes start at 400: the demo world alone has 330 experts')
  const db = value('db') ?? 'both'
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new Error('--db is pglite, postgres or both')
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL
  if (db === 'postgres' && !serverUrl) throw new Error('--db postgres needs BENCH_DATABASE_URL or DATABASE_URL')
  const dbs: DbKind[] = db === 'both' ? (serverUrl ? ['pglite', 'postgres'] : ['pglite']) : [db as DbKind]
  if (db === 'both' && !serverUrl) console.log('(no BENCH_DATABASE_URL or DATABASE_URL: PostgreSQL skipped)')
  const number = (name: string, fallback: number) => {
    const text = value(name)
    if (text === undefined) return fallback
    const parsed = Number(text)
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
    return parsed
  }
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    dbs,
    calls: number('calls', 200),
    warmup: number('warmup', 20),
    needs: number('needs', 50),
    efs: list(value('ef') ?? '40,100,200,400', 'ef'),
    batch: number('batch', 2000),
    pgliteMaxMinutes: number('pglite-max-minutes', 15),
    force: argv.includes('--force'),
    deadlineMinutes: number('deadline-minutes', 150),
    figureSeconds: number('figure-seconds', 240),
    keep: argv.includes('--keep'),
  }
}

// Databases --------------------------------------------------------------------------------------

interface BenchDatabase {
  kind: DbKind
  sql: Sql
  /** Where it lives, for the report (no credentials). */
  label: string
  /** maintenance_work_mem for the HNSW build. */
  indexMemory: string
  close(): Promise<void>
}

async function openBenchDatabase(kind: DbKind, size: number, keep = false): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const { sql, close } = await openEmbeddedSql()
    return { kind, sql, label: 'PGlite in memory, over its socket server', indexMemory: '512MB', close }
  }
  const serverUrl = (process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL)!
  const admin = createSql(serverUrl, { max: 1 })
  const name = `bench_${size}_${process.pid}`
  await createBenchDatabase(admin, name)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  // The server's default pool; statements may take minutes while indexes are built.
  const sql = createSql(url.toString(), { max: 10, statementTimeoutMs: 15 * 60_000 })
  return {
    kind,
    sql,
    label: `PostgreSQL ${url.hostname}:${url.port || 5432}, database ${name}${keep ? ' (kept: --keep)' : ' (dropped afterwards)'}`,
    indexMemory: '1GB',
    async close() {
      await sql.end({ timeout: 5 }).catch(() => {})
      if (keep) console.log(`  kept       database ${name} for inspection; drop it with: drop database ${name}`)
      else await dropBenchDatabase(admin, name)
      await admin.end({ timeout: 5 })
    },
  }
}

// Data -------------------------------------------------------------------------------------------

interface World {
  expertIds: string[]
  societyIds: string[]
  workstationIds: string[]
  needIds: string[]
  /** Needs the latency runs cycle through: open or in progress, as a real caller would ask about. */
  measuredNeedIds: string[]
  achievements: number
}

async function loadWorld(sql: Sql, size: number, needCount: number): Promise<World> {
  const demo = generateDemoData()
  const synthetic = generateSyntheticExperts(Math.max(0, size - demo.experts.length), {
    seed: syntheticSeed,
    employers: demo.enterprises.filter((row) => row.size === 'large' || row.size === 'medium'),
    taken: demo.experts.map((row) => `${row.name}|${row.organisation}`),
  })
  const experts = [...demo.experts, ...synthetic.experts]
  const achievements = [...demo.achievements, ...synthetic.achievements]
  await sql.begin(async (tx) => {
    await insertSeedIndustries(tx, demo.industries)
    await insertSeedParks(tx, demo.parks)
    await insertSeedEnterprises(tx, demo.enterprises)
    await insertSeedExperts(tx, experts)
    await insertSeedAchievements(tx, achievements)
    await insertSeedSocieties(tx, demo.societies)
    await insertSeedSocietyMemberships(tx, demo.societyMemberships)
    await insertSeedWorkstations(tx, demo.workstations)
    await insertSeedWorkstationMembers(tx, demo.workstationMembers)
    await insertSeedNeeds(tx, demo.needs)
  })
  const measured = demo.needs.filter((need) => need.status === 'open' || need.status === 'in_progress').slice(0, needCount)
  return {
    expertIds: experts.map((row) => row.id),
    societyIds: demo.societies.map((row) => row.id),
    workstationIds: demo.workstations.map((row) => row.id),
    needIds: demo.needs.map((row) => row.id),
    measuredNeedIds: measured.map((row) => row.id),
    achievements: achievements.length,
  }
}

interface BuildTimes {
  documentsMs: number
  embedMs: number
  vectorsMs: number
  hnswMs: number
  vacuumMs: number
  termStatisticsMs: number
}

/**
 * Search documents and embeddings of everything, as `refreshDocuments` builds them, in batches.
 * The expert HNSW index is dropped first and built once at the end, as a bulk load would do it
 * (the outbox path inserts into the live graph one batch at a time instead; not measured here).
 */
async function buildIndexes(db: BenchDatabase, deps: ReturnType<typeof createIndexingDeps>, world: World, batch: number): Promise<BuildTimes> {
  const { sql } = db
  const { embedder } = deps
  const times: BuildTimes = { documentsMs: 0, embedMs: 0, vectorsMs: 0, hnswMs: 0, vacuumMs: 0, termStatisticsMs: 0 }
  await dropExpertVectorIndex(sql, embedder.dimensions)
  const kinds: [DocumentKind, string[]][] = [
    ['expert', world.expertIds],
    ['society', world.societyIds],
    ['workstation', world.workstationIds],
    ['need', world.needIds],
  ]
  const total = kinds.reduce((sum, [, ids]) => sum + ids.length, 0)
  let done = 0
  for (const [kind, ids] of kinds) {
    for (let i = 0; i < ids.length; i += batch) {
      const slice = ids.slice(i, i + batch)
      const [documents, documentsMs] = await timed(async () => {
        const docs = (await loadMatchSources(sql, kind, slice)).map(toMatchDocument)
        const writes = docs.map((doc) => ({ ...doc, terms: documentTerms(doc.title, doc.body), contentHash: contentHash(doc.title, doc.body) }))
        await upsertMatchDocuments(sql, writes)
        return writes
      })
      const [vectors, embedMs] = await timed(() => embedder.embed(documents.map((doc) => `${doc.title}\n${doc.body}`)))
      const [, vectorsMs] = await timed(() =>
        upsertEmbeddings(
          sql,
          documents
            .map((doc, index) => ({ kind, id: doc.id, model: embedder.model, contentHash: doc.contentHash, embedding: vectors[index]! }))
            .filter((row) => row.embedding.some((value) => value !== 0)),
        ),
      )
      times.documentsMs += documentsMs
      times.embedMs += embedMs
      times.vectorsMs += vectorsMs
      done += slice.length
      process.stderr.write(`\r  indexing ${done}/${total} `)
    }
  }
  process.stderr.write('\n')
  if (embedder.refit) {
    // A semantic model fitted on the registry: fitted on (a sample of) it, then every document embedded.
    process.stderr.write('  fitting the semantic model and embedding every document\n')
    const [, fitMs] = await timed(() => embedder.refit!({ force: true }))
    times.embedMs += fitMs
  }
  ;[, times.hnswMs] = await timed(() =>
    sql.begin(async (tx) => {
      await setIndexBuildMemory(tx, db.indexMemory)
      await ensureVectorIndexes(tx, embedder.dimensions)
    }),
  )
  ;[, times.vacuumMs] = await timed(() => vacuumAnalyze(sql))
  ;[, times.termStatisticsMs] = await timed(() => refreshTermStatistics(sql))
  return times
}

// Measurements -----------------------------------------------------------------------------------

interface NeedInput {
  id: string
  text: string
  vector: number[]
}

async function needInputs(sql: Sql, ids: string[], model: string): Promise<NeedInput[]> {
  const sources = new Map((await loadMatchSources(sql, 'need', ids)).map((source) => [source.id, source]))
  return Promise.all(
    ids.map(async (id) => {
      const document = toMatchDocument(sources.get(id)!)
      const vector = await storedNeedEmbedding(sql, id, model)
      if (!vector) throw new Error(`need ${id} has no embedding`)
      // Exactly the query text rankCandidates builds.
      return { id, text: `${document.title}\n${document.body}`, vector }
    }),
  )
}

/**
 * Times `run` sequentially after a warm-up. A figure stops early once it has taken `budgetMs`
 * (and has at least 30 samples), so a slow configuration reports fewer samples instead of running
 * for an hour; the sample count is printed with every figure.
 */
async function sample(count: number, warmup: number, budgetMs: number, run: (index: number) => Promise<void>): Promise<Summary> {
  const warmStarted = performance.now()
  for (let i = 0; i < warmup && performance.now() - warmStarted < budgetMs / 4; i++) await run(i)
  const samples: number[] = []
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    if (samples.length >= 30 && performance.now() - started > budgetMs) break
    const callStarted = performance.now()
    await run(warmup + i)
    samples.push(performance.now() - callStarted)
  }
  return summarise(samples)
}

interface RecallRow {
  ef: number | 'exact'
  recallAt10: number
  recallAtDepth: number
  latency10: Summary
  latencyDepth: Summary
}

/**
 * Share of the exact top-k the index returns. Synthetic experts can have identical text and so
 * identical vectors: a hit scoring at least the exact k-th score counts as found, whichever of the
 * tied ids the scan happened to list.
 */
function recall(exact: VectorHit[], approximate: VectorHit[], k: number): number {
  const truth = exact.slice(0, k)
  if (truth.length === 0) return 1
  const floor = truth.at(-1)!.score - 1e-6
  const found = approximate.slice(0, k).filter((hit) => hit.score >= floor).length
  return Math.min(found, truth.length) / truth.length
}

async function measureRecall(sql: Sql, inputs: NeedInput[], model: string, dimensions: number, efs: number[]): Promise<RecallRow[]> {
  const filter = { kinds: ['expert'] as CandidateKind[], model, dimensions, availableOnly: true }
  const exact10: VectorHit[][] = []
  const exactDepth: VectorHit[][] = []
  const exactTimes10: number[] = []
  const exactTimesDepth: number[] = []
  for (const input of inputs) {
    let [hits, took] = await timed(() => nearestCandidates(sql, input.vector, filter, 10, { exact: true }))
    exact10.push(hits)
    exactTimes10.push(took)
    ;[hits, took] = await timed(() => nearestCandidates(sql, input.vector, filter, retrievalDepth, { exact: true }))
    exactDepth.push(hits)
    exactTimesDepth.push(took)
  }
  const rows: RecallRow[] = [{ ef: 'exact', recallAt10: 1, recallAtDepth: 1, latency10: summarise(exactTimes10), latencyDepth: summarise(exactTimesDepth) }]
  for (const ef of efs) {
    let sum10 = 0
    let sumDepth = 0
    const times10: number[] = []
    const timesDepth: number[] = []
    for (const [index, input] of inputs.entries()) {
      let [hits, took] = await timed(() => nearestCandidates(sql, input.vector, { ...filter, efSearch: ef }, 10))
      sum10 += recall(exact10[index]!, hits, 10)
      times10.push(took)
      ;[hits, took] = await timed(() => nearestCandidates(sql, input.vector, { ...filter, efSearch: ef }, retrievalDepth))
      sumDepth += recall(exactDepth[index]!, hits, retrievalDepth)
      timesDepth.push(took)
    }
    rows.push({ ef, recallAt10: sum10 / inputs.length, recallAtDepth: sumDepth / inputs.length, latency10: summarise(times10), latencyDepth: summarise(timesDepth) })
  }
  return rows
}

interface FullTextShape {
  queryTerms: number
  absentTerms: number
  commonTerms: number
  overBudgetTerms: number
  searchedTerms: number
  matchedRows: number
}

/** How big the full-text work is per need: query terms, how many were left out and why, and rows matched. */
async function fullTextShape(sql: Sql, inputs: NeedInput[]): Promise<FullTextShape> {
  const sums = { queryTerms: 0, absentTerms: 0, commonTerms: 0, overBudgetTerms: 0, searchedTerms: 0, matchedRows: 0 }
  for (const input of inputs) {
    const all = queryTerms(input.text)
    const selection = selectQueryTerms(all, await termDocumentCounts(sql, all))
    sums.queryTerms += all.length
    sums.absentTerms += selection.absent
    sums.commonTerms += selection.common
    sums.overBudgetTerms += selection.overBudget
    sums.searchedTerms += selection.terms.length
    sums.matchedRows += await countFullTextMatches(sql, selection.terms, allKinds, true)
  }
  const n = Math.max(1, inputs.length)
  return Object.fromEntries(Object.entries(sums).map(([key, value]) => [key, value / n])) as unknown as FullTextShape
}

interface RunResult {
  db: DbKind
  size: number
  label: string
  world: World
  loadMs: number
  build: BuildTimes
  inProcess: Summary
  http: Summary
  fullText: Summary
  vector: Summary
  shape: FullTextShape
  candidatesPerAnswer: number
  recall: RecallRow[]
  relationSizes: { name: string; bytes: number }[]
  /** 1-minute load average when the measurements started and ended: other work on the machine skews them. */
  load: [number, number]
}

let current: BenchDatabase | undefined

async function runOne(kind: DbKind, size: number, options: Options): Promise<RunResult> {
  const db = await openBenchDatabase(kind, size, options.keep)
  current = db
  try {
    const { sql } = db
    const migrations = await loadMigrationFiles()
    await migrate(sql, migrations)
    // An explicit config, not the environment: a local embedder (LOCAL_EMBEDDER chooses which) and
    // PostgreSQL full text always, and no rate limit (the benchmark is one key asking as fast as it can).
    const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', LOCAL_EMBEDDER: process.env.LOCAL_EMBEDDER })
    const logger = createLogger('silent')
    const indexing = createIndexingDeps(config, sql, logger)

    process.stderr.write(`  loading ${thousands(size)} experts\n`)
    const [world, loadMs] = await timed(() => loadWorld(sql, size, options.needs))
    const build = await buildIndexes(db, indexing, world, options.batch)
    const inputs = await needInputs(sql, world.measuredNeedIds, indexing.embedder.model)

    const secret = generateApiKey()
    const key = await insertApiKey(sql, { name: 'bench-latency admin', prefix: secret.slice(0, keyPrefixLength), keyHash: hashApiKey(secret), role: 'admin' })
    const principal: Principal = { role: 'admin', keyId: key.id }
    const deps: MatchingDeps = { sql, logger, fullText: indexing.fullText, embedder: indexing.embedder }
    const needAt = (i: number) => inputs[i % inputs.length]!

    const loadBefore = os.loadavg()[0]!
    process.stderr.write('  (a) in-process\n')
    let answered = 0
    let answers = 0
    const inProcess = await sample(options.calls, options.warmup, options.figureSeconds * 1000, async (i) => {
      const answer = await rankCandidates(deps, principal, { needId: needAt(i).id, kinds: allKinds, limit: 10 })
      answered += answer.candidates.length
      answers += 1
    })
    const candidatesPerAnswer = answered / Math.max(1, answers)

    process.stderr.write('  (b) over HTTP\n')
    const app = createApp({
      config,
      logger,
      migrations,
      openDatabase: () => ({ sql, release: () => {} }),
      retrievers: () => indexing,
      readDocsAsset,
    })
    let server: Server | undefined
    const port = await new Promise<number>((resolve) => {
      // Without createServer options, @hono/node-server makes a node:http server.
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port)) as Server
    })
    let http: Summary
    try {
      http = await sample(options.calls, options.warmup, options.figureSeconds * 1000, async (i) => {
        const response = await fetch(`http://127.0.0.1:${port}/v1/needs/${needAt(i).id}/candidates?kinds=expert,society,workstation&limit=10`, {
          headers: { authorization: `Bearer ${secret}` },
          signal: AbortSignal.timeout(60_000),
        })
        const body = await response.text()
        if (response.status !== 200) throw new Error(`candidates answered ${response.status}: ${body.slice(0, 300)}`)
      })
    } finally {
      server!.closeAllConnections()
      await new Promise<void>((resolve) => server!.close(() => resolve()))
    }

    process.stderr.write('  (c) retrievers alone\n')
    const fullText = await sample(options.calls, options.warmup, options.figureSeconds * 1000, async (i) => {
      await indexing.fullText.search(needAt(i).text, { kinds: allKinds, availableOnly: true }, retrievalDepth)
    })
    const vectorFilter = { kinds: allKinds, model: indexing.embedder.model, dimensions: indexing.embedder.dimensions, availableOnly: true }
    const vector = await sample(options.calls, options.warmup, options.figureSeconds * 1000, async (i) => {
      await nearestCandidates(sql, needAt(i).vector, vectorFilter, retrievalDepth)
    })
    const shape = await fullTextShape(sql, inputs)

    process.stderr.write('  (d) HNSW recall\n')
    const recallRows = await measureRecall(sql, inputs, indexing.embedder.model, indexing.embedder.dimensions, options.efs)
    const relationSizes = await matchingRelationSizes(sql)
    const load = [loadBefore, os.loadavg()[0]!] as [number, number]

    return {
      db: kind,
      size,
      label: db.label,
      world,
      loadMs,
      build,
      inProcess,
      http,
      fullText,
      vector,
      shape,
      candidatesPerAnswer,
      recall: recallRows,
      relationSizes,
      load,
    }
  } finally {
    current = undefined
    await db.close()
  }
}

// Report -----------------------------------------------------------------------------------------

const buildTotal = (result: Pick<RunResult, 'loadMs' | 'build'>) =>
  result.loadMs + result.build.documentsMs + result.build.embedMs + result.build.vectorsMs + result.build.hnswMs + result.build.vacuumMs + result.build.termStatisticsMs

function latencyLine(label: string, summary: Summary): string {
  return `  ${label.padEnd(34)}${ms(summary.p50).padStart(9)}${ms(summary.p95).padStart(9)}${ms(summary.p99).padStart(9)}${ms(summary.mean).padStart(9)}${ms(summary.max).padStart(9)}${String(summary.n).padStart(6)}`
}

function printResult(result: RunResult, options: Options): void {
  const { world, build } = result
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  console.log(`\n== ${result.db} · ${thousands(result.size)} experts ==`)
  console.log(`  database   ${result.label}`)
  console.log(
    `  data       experts ${thousands(world.expertIds.length)} · achievements ${thousands(world.achievements)} · societies ${world.societyIds.length} · workstations ${world.workstationIds.length} · needs ${world.needIds.length} (${world.measuredNeedIds.length} measured)`,
  )
  console.log(
    `  build      rows ${seconds(result.loadMs)} · documents+tsvector+postings ${seconds(build.documentsMs)} · embed (local) ${seconds(build.embedMs)} · store vectors ${seconds(build.vectorsMs)} · HNSW build ${seconds(build.hnswMs)} · vacuum analyze ${seconds(build.vacuumMs)} · term statistics ${seconds(build.termStatisticsMs)} · total ${seconds(buildTotal(result))}`,
  )
  console.log(`  sizes      ${result.relationSizes.filter((row) => row.bytes > 64 * 1024).map((row) => `${row.name} ${mb(row.bytes)}`).join(' · ')}`)
  console.log(`  load       1-min load average ${result.load[0].toFixed(2)} at the start of the measurements, ${result.load[1].toFixed(2)} at the end (${os.cpus().length} cores)`)
  console.log(`\n  ${'latency, ms'.padEnd(34)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}${'mean'.padStart(9)}${'max'.padStart(9)}${'n'.padStart(6)}`)
  console.log(latencyLine('(a) candidates, in-process', result.inProcess))
  console.log(latencyLine('(b) candidates, HTTP 127.0.0.1', result.http))
  console.log(latencyLine('(c) full-text retriever alone', result.fullText))
  console.log(latencyLine('(c) vector retriever alone', result.vector))
  console.log(
    `  answers: ${result.candidatesPerAnswer.toFixed(1)} candidates each (limit 10) · full text per need: ${result.shape.queryTerms.toFixed(0)} query terms (${result.shape.absentTerms.toFixed(0)} in no document, ${result.shape.commonTerms.toFixed(0)} common, ${result.shape.overBudgetTerms.toFixed(0)} over the postings budget), ${result.shape.searchedTerms.toFixed(1)} searched, ${thousands(Math.round(result.shape.matchedRows))} documents matched and ranked`,
  )
  console.log(`\n  HNSW vs exact scan (experts, available only, ${world.measuredNeedIds.length} need vectors; warm, ${options.efs.length} ef values)`)
  console.log(`  ${'ef_search'.padEnd(12)}${'recall@10'.padStart(10)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${`recall@${retrievalDepth}`.padStart(11)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`)
  for (const row of result.recall) {
    const label = row.ef === 'exact' ? 'exact scan' : `${row.ef}${row.ef === defaultEfSearch ? ' (default)' : ''}`
    console.log(
      `  ${label.padEnd(12)}${row.recallAt10.toFixed(3).padStart(10)}${ms(row.latency10.p50).padStart(9)}${ms(row.latency10.p95).padStart(9)}${row.recallAtDepth.toFixed(3).padStart(11)}${ms(row.latencyDepth.p50).padStart(9)}${ms(row.latencyDepth.p95).padStart(9)}`,
    )
  }
}

function printSummary(results: RunResult[], skipped: string[]): void {
  console.log(`\n== summary (ms; recall at the default ef_search ${defaultEfSearch}) ==`)
  console.log(`  ${'db'.padEnd(10)}${'experts'.padStart(9)}${'build'.padStart(10)}${'in-proc p50'.padStart(13)}${'p95'.padStart(8)}${'HTTP p50'.padStart(10)}${'p95'.padStart(8)}${'FT p50'.padStart(9)}${'vec p50'.padStart(9)}${'recall@10'.padStart(11)}`)
  for (const result of results) {
    const atDefault = result.recall.find((row) => row.ef === defaultEfSearch)
    console.log(
      `  ${result.db.padEnd(10)}${thousands(result.size).padStart(9)}${seconds(buildTotal(result)).padStart(10)}${ms(result.inProcess.p50).padStart(13)}${ms(result.inProcess.p95).padStart(8)}${ms(result.http.p50).padStart(10)}${ms(result.http.p95).padStart(8)}${ms(result.fullText.p50).padStart(9)}${ms(result.vector.p50).padStart(9)}${(atDefault ? atDefault.recallAt10.toFixed(3) : '–').padStart(11)}`,
    )
  }
  for (const reason of skipped) console.log(`  skipped: ${reason}`)
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const deadline = setTimeout(() => {
    console.error(`\nstopped: the run exceeded --deadline-minutes ${options.deadlineMinutes}`)
    const cleanup = current ? current.close() : Promise.resolve()
    void Promise.race([cleanup, new Promise((resolve) => setTimeout(resolve, 20_000))]).finally(() => process.exit(2))
  }, options.deadlineMinutes * 60_000)
  deadline.unref()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: dropping the benchmark database`)
      void (current ? current.close() : Promise.resolve()).finally(() => process.exit(130))
    })
  }

  const cpus = os.cpus()
  const embedderConfig = parseConfig({ LOG_LEVEL: 'silent' })
  console.log('bench:latency — candidates endpoint latency and HNSW recall')
  console.log(`  machine    ${cpus[0]?.model ?? 'unknown CPU'} · ${cpus.length} cores · ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB · ${os.type()} ${os.release()} · Node ${process.version}`)
  console.log(`  embedder   local ${embedderConfig.LOCAL_EMBEDDER} (no network; LOCAL_EMBEDDER) · full text: PostgreSQL tsvector + postings, BM25`)
  console.log(`  run        sizes ${options.sizes.map(thousands).join(', ')} · ${options.dbs.join(', ')} · ${options.warmup} warm-up + ${options.calls} calls per figure, sequential, cycling ${options.needs} needs, admin key`)
  for (const kind of options.dbs) {
    const probe = await openBenchDatabase(kind, 0).catch((error: unknown) => {
      throw new Error(`cannot open ${kind}: ${error instanceof Error ? error.message : String(error)}`)
    })
    try {
      await migrate(probe.sql, await loadMigrationFiles())
      const health = await readDatabaseHealth(probe.sql)
      console.log(`  ${kind.padEnd(10)} server ${health.serverVersion} · pgvector ${health.vectorVersion ?? 'none'}`)
    } finally {
      await probe.close()
    }
  }

  const results: RunResult[] = []
  const skipped: string[] = []
  for (const kind of options.dbs) {
    for (const size of options.sizes) {
      if (kind === 'pglite' && size > 10_000 && !options.force) {
        const measured = results.filter((result) => result.db === 'pglite').at(-1)
        if (!measured) {
          const reason = `pglite ${thousands(size)}: no smaller PGlite build in this run to extrapolate from (add 10000 to --sizes, or --force)`
          skipped.push(reason)
          console.log(`\n== pglite · ${thousands(size)} experts == skipped: ${reason}`)
          continue
        }
        // Load and build grow about linearly, the HNSW graph a little faster (n log n).
        const estimateMs = buildTotal(measured) * (size / measured.size) * 1.25
        if (estimateMs > options.pgliteMaxMinutes * 60_000) {
          const reason = `pglite ${thousands(size)}: building ${thousands(measured.size)} took ${seconds(buildTotal(measured))}, so ${thousands(size)} would take about ${(estimateMs / 60_000).toFixed(0)} min (> --pglite-max-minutes ${options.pgliteMaxMinutes}; --force runs it)`
          skipped.push(reason)
          console.log(`\n== pglite · ${thousands(size)} experts == skipped: ${reason}`)
          continue
        }
      }
      process.stderr.write(`\n${kind} · ${thousands(size)} experts\n`)
      const result = await runOne(kind, size, options)
      results.push(result)
      printResult(result, options)
    }
  }
  printSummary(results, skipped)
  clearTimeout(deadline)
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  if (current) await current.close().catch(() => {})
  process.exit(1)
})
