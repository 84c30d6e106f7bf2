/**
 * `npm run bench:quality`: ranking quality of candidate retrieval on the labelled evaluation set
 * (seed/eval/needs.ts, judged against the demo data; see seed/eval/README.md).
 *
 * Loads the demo data and the evaluation needs into a fresh in-memory PGlite, indexes everything
 * with the configured embedder and full-text backend, then ranks candidates for every evaluation
 * need with full text only, vector only, fusions of the two computed here (reciprocal rank fusion
 * and min-max weighted score fusion over a grid of weights), and `rankCandidates` (the candidates
 * endpoint, rules included) with each fusion it offers. Prints nDCG@10 and recall@20 over all
 * candidate kinds and over experts only; then the set run in reverse (needs for an expert, through
 * `recommendNeeds`: scripts/lib/reverse-quality.ts) with nDCG@10, recall@10 and MRR.
 *
 *   npx tsx scripts/bench-quality.ts               # every evaluation need
 *   npx tsx scripts/bench-quality.ts --size small  # 2 needs per industry (CI)
 *   npx tsx scripts/bench-quality.ts --distractors 100000 --db postgres --budgets 1000,2000,3000
 *
 * `--distractors N` adds N synthetic experts (bench:latency's generator and seed), unjudged, so
 * they count as not relevant: quality among a registry of that size, a lower bound since a few of
 * them may in fact suit a need. `--budgets` also ranks full text and the endpoint with those
 * postings budgets (TERM_POSTINGS_BUDGET is the default). `--db postgres` uses a fresh database on
 * the server named by BENCH_DATABASE_URL (else DATABASE_URL), dropped afterwards.
 *
 * Scores never fail the run; only errors do.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { loadDemoData } from '../seed/demo.js'
import { demoData } from '../seed/demo.js'
import { type EvalNeed, evalNeeds } from '../seed/eval/needs.js'
import { parseConfig } from '../src/platform/config.js'
import { type Sql, createSql } from '../src/platform/db/client.js'
import { openEmbeddedSql } from '../src/platform/db/embedded.js'
import { ensureVectorIndexes } from '../src/modules/matching/index/search-embeddings.js'
import { listSourceIds, loadMatchSources } from '../src/modules/matching/index/search-sources.js'
import { loadMigrationFiles } from '../src/platform/db/migration-files.js'
import { migrate } from '../src/platform/db/migrations.js'
import { insertSeedAchievements, insertSeedExperts, insertSeedNeeds } from '../src/modules/demo/seed-writer.js'
import { createBenchDatabase, dropBenchDatabase, dropExpertVectorIndex } from '../src/platform/db/bench.js'
import { createPostgresFullText } from '../src/modules/matching/search/postgres.js'
import { generateSyntheticExperts, syntheticSeed } from './lib/synthetic-experts.js'
import { pairedDifference } from './lib/stats.js'
import { ndcgAt, recallAt } from './lib/ranking-metrics.js'
import { type ReverseResult, benchReverse } from './lib/reverse-quality.js'
import { nearestCandidates } from '../src/modules/matching/index/vector-search.js'
import { rankCandidates } from '../src/modules/matching/candidates/service.js'
import { type IndexingDeps, refreshDocuments } from '../src/modules/matching/index/indexer.js'
import { toMatchDocument } from '../src/modules/matching/index/search-document.js'
import type { Principal } from '../src/core/principal.js'
import { createLogger } from '../src/platform/logger.js'
import { createIndexingDeps } from '../src/modules/matching/index/indexer-deps.js'
import { type CandidateKind, type DocumentKind } from '../src/core/vocabulary.js'
import { createFullTextIndex } from '../src/modules/matching/search/create-full-text.js'
import { type Fusion } from '../src/modules/matching/candidates/ranking.js'

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    distractors: { type: 'string', default: '0' },
    db: { type: 'string', default: 'pglite' },
    budgets: { type: 'string', default: '' },
  },
})
if (args.size !== 'full' && args.size !== 'small') throw new Error(`--size must be full or small, not ${args.size}`)
if (args.db !== 'pglite' && args.db !== 'postgres') throw new Error(`--db must be pglite or postgres, not ${args.db}`)
const distractors = Number(args.distractors)
if (!Number.isInteger(distractors) || distractors < 0) throw new Error(`--distractors must be a count, not ${args.distractors}`)
const budgets = args.budgets === '' ? [] : args.budgets.split(',').map(Number)
if (budgets.some((budget) => !Number.isInteger(budget) || budget < 1)) throw new Error(`--budgets must be positive integers, not ${args.budgets}`)

/** Depth of each retriever's list, as fused. */
const depth = 100
const allKinds: CandidateKind[] = ['expert', 'society', 'workstation']
const scopes: Array<{ name: string; kinds: CandidateKind[] }> = [
  { name: 'all kinds', kinds: allKinds },
  { name: 'experts only', kinds: ['expert'] },
]
/** 0.3–0.8 as planned, plus 0.1 and 0.2 to see whether the best weight sits at the grid's edge. */
const weights = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
/** Every fusion the endpoint offers; a new one fails type checking here until it is benchmarked. */
const endpointFusions: Record<Fusion, true> = { weighted: true, rrf: true, full_text: true, vector: true }
const admin: Principal = { role: 'admin', keyId: 'd3e0a000-0000-4000-8000-000000000001' }

interface Hit {
  kind: CandidateKind
  id: string
  score: number
}

const keyOf = (hit: { kind: string; id: string }) => `${hit.kind}:${hit.id}`
const byScore = (a: Hit, b: Hit) => b.score - a.score || keyOf(a).localeCompare(keyOf(b))

/** The small set: the first two needs of each industry, so every industry stays covered. */
function selectNeeds(size: 'full' | 'small'): EvalNeed[] {
  if (size === 'full') return evalNeeds
  const taken = new Map<string, number>()
  return evalNeeds.filter((need) => {
    const count = taken.get(need.industryCode) ?? 0
    taken.set(need.industryCode, count + 1)
    return count < 2
  })
}

// Metrics ----------------------------------------------------------------------------------------

/**
 * Grades of the candidates the retrievers may return: the judged ones of these kinds whose search
 * document is available (unavailable experts are filtered by every ranking here, so they are left
 * out of the ideal too).
 */
function gradesFor(need: EvalNeed, kinds: CandidateKind[], unavailable: Set<string>): Map<string, number> {
  const grades = new Map<string, number>()
  for (const kind of kinds) {
    const judged = need.judged[kind]
    for (const id of judged.partial) grades.set(`${kind}:${id}`, 1)
    for (const id of judged.right) grades.set(`${kind}:${id}`, 2)
  }
  for (const key of unavailable) grades.delete(key)
  return grades
}

// Fusion -----------------------------------------------------------------------------------------

function reciprocalRankFusion(lists: Hit[][], k = 60): string[] {
  const scores = new Map<string, number>()
  for (const list of lists) list.forEach((hit, index) => scores.set(keyOf(hit), (scores.get(keyOf(hit)) ?? 0) + 1 / (k + index + 1)))
  return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key)
}

/** Each list's scores min-max normalised to 0–1 (absent = 0), then w·vector + (1 − w)·full text. */
function weightedFusion(fullText: Hit[], vector: Hit[], w: number): string[] {
  const normalise = (list: Hit[]) => {
    const scores = list.map((hit) => hit.score)
    const min = Math.min(...scores)
    const range = Math.max(...scores) - min
    return new Map(list.map((hit) => [keyOf(hit), range > 0 ? (hit.score - min) / range : 1]))
  }
  const text = normalise(fullText)
  const vec = normalise(vector)
  const keys = new Set([...text.keys(), ...vec.keys()])
  return [...keys]
    .map((key) => [key, w * (vec.get(key) ?? 0) + (1 - w) * (text.get(key) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key]) => key)
}


// Setup ------------------------------------------------------------------------------------------

async function insertEvalNeeds(sql: Sql, needs: EvalNeed[]): Promise<void> {
  const enterprises = new Map(demoData().enterprises.map((row) => [row.id, row]))
  const createdAt = new Date().toISOString()
  await sql.begin((tx) =>
    insertSeedNeeds(
      tx,
      needs.map((need) => ({
        id: need.id,
        enterpriseId: need.enterpriseId,
        parkId: enterprises.get(need.enterpriseId)!.parkId,
        title: need.title,
        industryCode: need.industryCode,
        background: need.background ?? '',
        problem: need.problem,
        goals: need.goals,
        kind: need.kind,
        keywords: need.keywords,
        budgetMinFen: null,
        budgetMaxFen: null,
        trlWanted: null,
        deadline: null,
        visibility: 'public',
        status: 'open',
        createdAt,
        updatedAt: createdAt,
      })),
    ),
  )
}

async function indexEverything(deps: IndexingDeps): Promise<Record<string, number>> {
  const timings: Record<string, number> = {}
  const kinds: DocumentKind[] = ['expert', 'society', 'workstation', 'need']
  for (const kind of kinds) {
    const started = performance.now()
    const ids = await listSourceIds(deps.sql, kind)
    for (let i = 0; i < ids.length; i += 500) {
      await refreshDocuments(deps, kind, ids.slice(i, i + 500))
      if (ids.length > 5000) process.stderr.write(`\r  indexing ${kind} ${Math.min(ids.length, i + 500)}/${ids.length} `)
    }
    timings[`${kind} (${ids.length})`] = performance.now() - started
  }
  // An embedder fitted on the registry (LOCAL_EMBEDDER=lsa) learns its model from what was just indexed.
  const started = performance.now()
  if (deps.embedder.refit) {
    await deps.embedder.refit({ force: true })
    timings['semantic model fit and embedding'] = performance.now() - started
  }
  await deps.fullText.maintain({ force: true })
  return timings
}

// Evaluation -------------------------------------------------------------------------------------

/** One listed candidate: the confidence the endpoint gave it and its judged grade (0 = not judged relevant). */
interface Judged {
  confidence: number
  grade: number
}

interface Row {
  label: string
  /** Per scope: summed nDCG@10 and recall@20 over needs. */
  sums: Record<string, { ndcg: number; recall: number }>
  /** nDCG@10 per industry, first scope only. */
  byIndustry: Map<string, number[]>
  /** nDCG@10 per need in evaluation order, first scope only. */
  perNeed: number[]
  ms: number[]
  /** How many candidates the ranking returned, first scope only. */
  returned: number[]
}

function rowOf(rows: Map<string, Row>, label: string): Row {
  let row = rows.get(label)
  if (!row) rows.set(label, (row = { label, sums: {}, byIndustry: new Map(), perNeed: [], ms: [], returned: [] }))
  return row
}

function record(row: Row, scope: string, need: EvalNeed, ranking: string[], grades: Map<string, number>, first: boolean) {
  const sums = (row.sums[scope] ??= { ndcg: 0, recall: 0 })
  const ndcg = ndcgAt(10, ranking, grades)
  sums.ndcg += ndcg
  sums.recall += recallAt(20, ranking, grades)
  if (!first) return
  row.byIndustry.set(need.industryCode, [...(row.byIndustry.get(need.industryCode) ?? []), ndcg])
  row.perNeed.push(ndcg)
}

async function main() {
  const started = performance.now()
  const needs = selectNeeds(args.size as 'full' | 'small')
  const config = parseConfig(process.env)
  const logger = createLogger('warn')

  const database = await openDatabase()
  const sql = database.sql
  try {
    await migrate(sql, await loadMigrationFiles())
    await loadDemoData(sql)
    await insertEvalNeeds(sql, evalNeeds)
    await insertDistractors(sql, distractors)
    const setupMs = performance.now() - started

    const base = createIndexingDeps(config, sql, logger)
    // A Meilisearch server gets an index of its own, never the service's.
    const deps: IndexingDeps = config.MEILI_URL
      ? { ...base, fullText: createFullTextIndex(config, { sql, meiliIndexUid: `bench_quality_${Date.now()}` }) }
      : base
    // A large registry loads faster with the expert HNSW index built once afterwards.
    if (distractors > 0) await dropExpertVectorIndex(sql, deps.embedder.dimensions)
    const indexStarted = performance.now()
    const indexTimings = await indexEverything(deps)
    await ensureVectorIndexes(sql, deps.embedder.dimensions)
    const indexMs = performance.now() - indexStarted

    const data = demoData()
    const unavailable = new Set(data.experts.filter((row) => row.availability === 'unavailable').map((row) => `expert:${row.id}`))
    const rows = new Map<string, Row>()
    const reliability: Judged[] = []
    const evalStarted = performance.now()
    for (const need of needs) {
      const [source] = await loadMatchSources(sql, 'need', [need.id])
      const document = toMatchDocument(source!)
      const queryText = `${document.title}\n${document.body}`
      let t = performance.now()
      const [vector] = await deps.embedder.embed([queryText])
      const embedMs = performance.now() - t

      for (const [scopeIndex, scope] of scopes.entries()) {
        const first = scopeIndex === 0
        const grades = gradesFor(need, scope.kinds, unavailable)

        t = performance.now()
        const fullText: Hit[] = (await deps.fullText.search(queryText, { kinds: scope.kinds, availableOnly: true }, depth)).sort(byScore)
        const fullTextMs = performance.now() - t
        t = performance.now()
        const vectorHits: Hit[] = (
          await nearestCandidates(sql, vector!, { kinds: scope.kinds, model: deps.embedder.model, dimensions: deps.embedder.dimensions, availableOnly: true }, depth)
        ).sort(byScore)
        const vectorMs = performance.now() - t + embedMs

        const fullTextRow = rowOf(rows, 'full text only')
        record(fullTextRow, scope.name, need, fullText.map(keyOf), grades, first)
        if (first) fullTextRow.ms.push(fullTextMs)
        const vectorRow = rowOf(rows, 'vector only')
        record(vectorRow, scope.name, need, vectorHits.map(keyOf), grades, first)
        if (first) vectorRow.ms.push(vectorMs)
        record(rowOf(rows, 'fused: RRF k=60'), scope.name, need, reciprocalRankFusion([fullText, vectorHits]), grades, first)
        for (const w of weights) {
          record(rowOf(rows, `fused: weighted w(vector)=${w.toFixed(1)}`), scope.name, need, weightedFusion(fullText, vectorHits, w), grades, first)
        }

        for (const budget of budgets) {
          const budgeted = { ...deps, fullText: createPostgresFullText(sql, { postingsBudget: budget }) }
          t = performance.now()
          const hits = (await budgeted.fullText.search(queryText, { kinds: scope.kinds, availableOnly: true }, depth)).sort(byScore)
          const row = rowOf(rows, `full text only, budget ${budget}`)
          if (first) row.ms.push(performance.now() - t)
          record(row, scope.name, need, hits.map(keyOf), grades, first)
          t = performance.now()
          const answer = await rankCandidates(budgeted, admin, { needId: need.id, kinds: scope.kinds, limit: 20, fusion: 'weighted' })
          const endpointRow = rowOf(rows, `endpoint weighted, budget ${budget}`)
          if (first) endpointRow.ms.push(performance.now() - t)
          record(endpointRow, scope.name, need, answer.candidates.map(keyOf), grades, first)
        }

        for (const fusion of Object.keys(endpointFusions) as Fusion[]) {
          t = performance.now()
          const answer = await rankCandidates(deps, admin, { needId: need.id, kinds: scope.kinds, limit: 20, fusion })
          const row = rowOf(rows, `endpoint rankCandidates fusion=${fusion}`)
          if (first) row.ms.push(performance.now() - t)
          if (first) row.returned.push(answer.candidates.length)
          record(row, scope.name, need, answer.candidates.map(keyOf), grades, first)
          if (first && fusion === 'weighted') {
            for (const candidate of answer.candidates) reliability.push({ confidence: candidate.confidence, grade: grades.get(keyOf(candidate)) ?? 0 })
          }
        }
      }
    }
    const evalMs = performance.now() - evalStarted
    const reverse: ReverseResult[] = []
    for (const fusion of Object.keys(endpointFusions) as Fusion[]) reverse.push(await benchReverse(deps, needs, evalNeeds, fusion))

    printReport({ needs, rows: [...rows.values()], deps, setupMs, indexMs, indexTimings, evalMs, databaseLabel: database.label, reliability, reverse })
  } finally {
    await database.close()
  }
}

async function openDatabase(): Promise<{ sql: Sql; label: string; close(): Promise<void> }> {
  if (args.db === 'pglite') {
    const { sql, close } = await openEmbeddedSql()
    return { sql, label: 'PGlite (embedded, in memory)', close }
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL
  if (!serverUrl) throw new Error('--db postgres needs BENCH_DATABASE_URL or DATABASE_URL')
  const admin = createSql(serverUrl, { max: 1 })
  const name = `bench_quality_${process.pid}`
  await createBenchDatabase(admin, name)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const sql = createSql(url.toString(), { max: 4, statementTimeoutMs: 15 * 60_000 })
  return {
    sql,
    label: `PostgreSQL ${url.hostname}:${url.port || 5432} (database ${name}, dropped afterwards)`,
    async close() {
      await sql.end({ timeout: 5 }).catch(() => {})
      await dropBenchDatabase(admin, name)
      await admin.end({ timeout: 5 })
    },
  }
}

/** Unjudged synthetic experts, the same ones bench:latency generates. */
async function insertDistractors(sql: Sql, count: number): Promise<void> {
  if (count === 0) return
  const demo = demoData()
  const synthetic = generateSyntheticExperts(count, {
    seed: syntheticSeed,
    employers: demo.enterprises.filter((row) => row.size === 'large' || row.size === 'medium'),
    taken: demo.experts.map((row) => `${row.name}|${row.organisation}`),
  })
  await sql.begin(async (tx) => {
    await insertSeedExperts(tx, synthetic.experts)
    await insertSeedAchievements(tx, synthetic.achievements)
  })
}

// Report -----------------------------------------------------------------------------------------

function printReport(input: {
  needs: EvalNeed[]
  rows: Row[]
  deps: IndexingDeps
  setupMs: number
  indexMs: number
  indexTimings: Record<string, number>
  evalMs: number
  databaseLabel: string
  reliability: Judged[]
  /** Needs for an expert, with each fusion; weighted (the endpoint's) first. */
  reverse: ReverseResult[]
}) {
  const { needs, rows, deps } = input
  const cpus = os.cpus()
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0)
  const fixed = (value: number) => value.toFixed(3)
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const p95 = (sorted: number[]) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0

  console.log(`bench:quality — ${needs.length} of ${evalNeeds.length} evaluation needs (--size ${args.size}), ${new Set(needs.map((n) => n.industryCode)).size} industries`)
  console.log(`machine:   ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}, Node ${process.version}`)
  console.log(`embedder:  ${deps.embedder.model} (${deps.embedder.dimensions} dimensions)`)
  console.log(`full text: ${deps.fullText.name}`)
  console.log(`database:  ${input.databaseLabel}, retrievers' depth ${depth}, unavailable candidates filtered by every ranking`)
  console.log(`registry:  demo data${distractors > 0 ? ` plus ${distractors} unjudged synthetic experts` : ''}`)
  console.log('')

  const labelWidth = Math.max(...rows.map((row) => row.label.length)) + 2
  const header = scopes.map((scope) => scope.name.padEnd(20)).join('')
  console.log(`${''.padEnd(labelWidth)}${header}`)
  console.log(`${'ranking'.padEnd(labelWidth)}${scopes.map(() => 'nDCG@10  recall@20  ').join('')}`)
  for (const row of rows) {
    const cells = scopes.map((scope) => {
      const sums = row.sums[scope.name]!
      return `${fixed(sums.ndcg / needs.length).padEnd(9)}${fixed(sums.recall / needs.length).padEnd(11)}`
    })
    console.log(`${row.label.padEnd(labelWidth)}${cells.join('')}`)
  }

  const scopeName = scopes[0]!.name
  const local = rows.filter((row) => row.label.startsWith('fused:'))
  const best = local.reduce((a, b) => (b.sums[scopeName]!.ndcg > a.sums[scopeName]!.ndcg ? b : a))
  console.log('')
  console.log(`best fusion computed here (${scopeName}, nDCG@10): ${best.label}`)

  const byLabel = new Map(rows.map((row) => [row.label, row]))
  const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`
  console.log('')
  console.log(`paired nDCG@10 differences (${scopeName}), 95% bootstrap interval over needs, wins/ties/losses:`)
  for (const label of ['fused: RRF k=60', best.label, 'endpoint rankCandidates fusion=weighted', 'endpoint rankCandidates fusion=rrf']) {
    for (const baseline of ['full text only', 'vector only']) {
      const d = pairedDifference(byLabel.get(label)!.perNeed, byLabel.get(baseline)!.perNeed)
      console.log(`  ${label} vs ${baseline}: ${signed(d.mean)} [${signed(d.low)}, ${signed(d.high)}], ${d.wins}/${d.ties}/${d.losses}`)
    }
  }

  const short = (label: string) =>
    label.replace('full text only', 'full text').replace('vector only', 'vector').replace('fused: weighted w(vector)', 'weighted w').replace('fused: ', '').replace('endpoint rankCandidates fusion=', 'endpoint ')
  const shown = rows.filter((row) => ['full text only', 'vector only', 'fused: RRF k=60', best.label, 'endpoint rankCandidates fusion=rrf'].includes(row.label))
  const industries = [...new Set(needs.map((need) => need.industryCode))]
  console.log('')
  console.log(`nDCG@10 by industry (${scopeName}):`)
  console.log(`${'industry'.padEnd(30)}${'needs'.padEnd(7)}${shown.map((row) => short(row.label).padEnd(15)).join('')}`)
  for (const code of industries) {
    const count = needs.filter((need) => need.industryCode === code).length
    console.log(`${code.padEnd(30)}${String(count).padEnd(7)}${shown.map((row) => fixed(mean(row.byIndustry.get(code) ?? [])).padEnd(15)).join('')}`)
  }

  console.log('')
  console.log(`confidence against judgement (endpoint, weighted fusion, ${scopeName}, top 20 of each need): how often a candidate of that confidence was judged relevant`)
  console.log(`${'confidence'.padEnd(14)}${'candidates'.padEnd(12)}${'right'.padEnd(9)}${'right or partial'}`)
  for (const [low, high] of [[0.25, 0.5], [0.5, 0.75], [0.75, 0.9], [0.9, 1.01]] as const) {
    const bucket = input.reliability.filter((judged) => judged.confidence >= low && judged.confidence < high)
    const share = (minimum: number) => (bucket.length ? fixed(bucket.filter((judged) => judged.grade >= minimum).length / bucket.length) : '—')
    console.log(`${`${low.toFixed(2)}–${Math.min(1, high).toFixed(2)}`.padEnd(14)}${String(bucket.length).padEnd(12)}${share(2).padEnd(9)}${share(1)}`)
  }

  const forward = byLabel.get('endpoint rankCandidates fusion=weighted')!
  console.log('')
  console.log(`needs for an expert (the set run in reverse: each of ${input.reverse[0]!.experts} experts judged for a selected need asks for needs; relevant: the evaluation needs that judged it):`)
  for (const reverse of input.reverse) {
    console.log(`  endpoint recommendNeeds fusion=${reverse.fusion.padEnd(10)} nDCG@10 ${fixed(reverse.ndcg10)}, recall@10 ${fixed(reverse.recall10)}, MRR ${fixed(reverse.mrr)}, ${reverse.listed.toFixed(1)} needs listed (limit 20)`)
  }
  console.log(`  beside candidates for a need (endpoint weighted), ${needs.length} needs: nDCG@10 ${fixed(forward.sums[scopeName]!.ndcg / needs.length)} (${scopeName}), ${fixed(forward.sums[scopes[1]!.name]!.ndcg / needs.length)} (${scopes[1]!.name})`)

  console.log('')
  console.log('timings:')
  console.log(`  database, migrations, demo data and evaluation needs: ${seconds(input.setupMs)}`)
  console.log(`  indexing (documents + embeddings): ${seconds(input.indexMs)} — ${Object.entries(input.indexTimings).map(([kind, ms]) => `${kind} ${seconds(ms)}`).join(', ')}`)
  console.log(`  evaluation: ${seconds(input.evalMs)}`)
  for (const row of rows.filter((r) => r.ms.length > 0)) {
    const sorted = [...row.ms].sort((a, b) => a - b)
    const returned = row.returned.length ? `, ${mean(row.returned).toFixed(1)} candidates returned (limit 20)` : ''
    console.log(`  ${row.label} (${scopeName}): mean ${mean(sorted).toFixed(1)} ms, p95 ${p95(sorted).toFixed(1)} ms per need${returned}`)
  }
  const reverseMs = [...input.reverse[0]!.ms].sort((a, b) => a - b)
  console.log(`  endpoint recommendNeeds fusion=${input.reverse[0]!.fusion}: mean ${mean(reverseMs).toFixed(1)} ms, p95 ${p95(reverseMs).toFixed(1)} ms per expert`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
