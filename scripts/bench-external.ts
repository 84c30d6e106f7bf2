/**
 * `npm run bench:external`: ranking quality on text nobody here wrote, the CSL development split
 * (`../shared/bench/csl-dev/`, see its README: 261 experts as three-paper portfolios of real
 * Chinese abstracts, 122 needs that are other papers, graded by discipline and shared keywords).
 *
 * Loads it into a fresh database through the API, as a park would: experts by
 * `POST /v1/import/experts` (their papers as achievements, keywords, the discipline as a field, a
 * made-up organisation each), needs by `POST /v1/needs` (title and description only: never the
 * judged keywords or discipline), then waits until the index has settled (outbox drained, term
 * statistics refreshed). Ranks every need with full text only, vector only and each fusion
 * (in-process, `rankCandidates`), and with the candidates endpoint itself
 * (`GET /v1/needs/{id}/candidates?kinds=expert&limit=20`, rules on), and prints nDCG@10 and
 * recall@20 as the set's README defines them, next to BM25 over character bigrams computed here
 * exactly as its reference script does.
 *
 *   npm run bench:external                       # all 122 needs, embedded PGlite
 *   npm run bench:external -- --size small       # 30 needs (CI)
 *   npm run bench:external -- --db postgres      # a fresh database on BENCH_DATABASE_URL
 *   CSL_DEV=path/to/csl-dev.json npm run bench:external
 *
 * Scores never fail the run; only errors do.
 */
import { parseArgs } from 'node:util'
import { createApp } from '../src/http/app.js'
import { parseConfig } from '../src/platform/config.js'
import { insertApiKey } from '../src/modules/accounts/queries.js'
import { createBenchDatabase, dropBenchDatabase } from '../src/platform/db/bench.js'
import { type Sql, createSql } from '../src/platform/db/client.js'
import { openEmbeddedSql } from '../src/platform/db/embedded.js'
import { storedNeedEmbedding } from '../src/modules/matching/candidates/queries.js'
import { ensureVectorIndexes } from '../src/modules/matching/index/search-embeddings.js'
import { loadMatchSources } from '../src/modules/matching/index/search-sources.js'
import { nearestCandidates } from '../src/modules/matching/index/vector-search.js'
import { loadMigrationFiles } from '../src/platform/db/migration-files.js'
import { migrate } from '../src/platform/db/migrations.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../src/modules/accounts/service.js'
import { rankCandidates } from '../src/modules/matching/candidates/service.js'
import { drainOutbox } from '../src/modules/matching/index/indexer.js'
import { toMatchDocument } from '../src/modules/matching/index/search-document.js'
import { usccCheckCharacter } from '../src/core/uscc.js'
import { createLogger } from '../src/platform/logger.js'
import { readDocsAsset } from '../src/node/docs-assets.js'
import { defaultCalibration } from '../src/modules/matching/embeddings/embedder.js'
import { createIndexingDeps } from '../src/modules/matching/index/indexer-deps.js'
import { bm25Rankings, characterBigrams, expertText, loadCslDev, ndcgAt10, needText, recallAt20, termFrequencies } from './lib/csl-dev.js'
import { type Fusion, fusionContributions } from '../src/modules/matching/candidates/ranking.js'

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    db: { type: 'string', default: 'pglite' },
  },
})
if (args.size !== 'full' && args.size !== 'small') throw new Error(`--size must be full or small, not ${args.size}`)
if (args.db !== 'pglite' && args.db !== 'postgres') throw new Error(`--db must be pglite or postgres, not ${args.db}`)

// The data ------------------------------------------------------------------------------------

const data = loadCslDev()
/** The small run: every fourth need, so every discipline of the set stays likely to be covered. */
const needs = args.size === 'full' ? data.needs : data.needs.filter((_, index) => index % 4 === 0)

// Metrics, as the set's README defines them -----------------------------------------------------

interface Score {
  ndcg: number
  recall: number
}

function score(rankings: Map<string, string[]>): Score {
  let ndcg = 0
  let recall = 0
  for (const need of needs) {
    const ranking = rankings.get(need.key) ?? []
    ndcg += ndcgAt10(ranking, need.relevant)
    recall += recallAt20(ranking, need.relevant)
  }
  return { ndcg: ndcg / needs.length, recall: recall / needs.length }
}

/** The reference: BM25 over character bigrams, as bm25_baseline.py. */
function bm25Reference(): Map<string, string[]> {
  const experts = data.experts.map((expert) => ({ key: expert.key, tf: termFrequencies(characterBigrams(expertText(expert))) }))
  const rankings = bm25Rankings(experts, needs.map((need) => characterBigrams(needText(need))))
  return new Map(needs.map((need, i) => [need.key, rankings[i]!]))
}

// Loading through the API ------------------------------------------------------------------------

async function openDatabase(): Promise<{ sql: Sql; close: () => Promise<void> }> {
  if (args.db === 'pglite') return openEmbeddedSql()
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL
  if (!serverUrl) throw new Error('--db postgres needs BENCH_DATABASE_URL (or DATABASE_URL)')
  const admin = createSql(serverUrl, { max: 1 })
  const name = `bench_external_${process.pid}`
  await createBenchDatabase(admin, name)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const sql = createSql(url.toString(), { max: 4 })
  return {
    sql,
    close: async () => {
      await sql.end({ timeout: 5 })
      await dropBenchDatabase(admin, name)
      await admin.end({ timeout: 5 })
    },
  }
}

async function keyHeaders(sql: Sql, scope: Parameters<typeof insertApiKey>[1]['role'], extra: { enterpriseId?: string } = {}) {
  const key = generateApiKey()
  await insertApiKey(sql, { name: `bench ${scope}`, prefix: key.slice(0, keyPrefixLength), keyHash: hashApiKey(key), role: scope, ...extra })
  return { authorization: `Bearer ${key}` }
}

async function main() {
  const started = performance.now()
  const database = await openDatabase()
  const { sql } = database
  try {
    await migrate(sql, await loadMigrationFiles())
    const config = parseConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', DATABASE_URL: undefined, MEILI_URL: process.env.MEILI_URL })
    const logger = createLogger('silent')
    const indexing = createIndexingDeps(config, sql, logger)
    await ensureVectorIndexes(sql, indexing.embedder.dimensions)
    const app = createApp({ config, logger, migrations: await loadMigrationFiles(), openDatabase: () => ({ sql, release: () => {} }), retrievers: () => indexing, readDocsAsset })
    const call = async (method: string, url: string, headers: Record<string, string>, body?: string, contentType = 'application/json') => {
      const res = await app.request(url, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': contentType }) }, ...(body === undefined ? {} : { body }) })
      const text = await res.text()
      if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 400)}`)
      return JSON.parse(text) as Record<string, any>
    }
    const admin = await keyHeaders(sql, 'admin')

    // A park, an industry and an enterprise that posts the needs, as the association registers them.
    await call('POST', '/v1/industries', admin, JSON.stringify({ code: 'research_transfer', name: '科研成果转化', description: '' }))
    const park = await call('POST', '/v1/parks', admin, JSON.stringify({ name: '外部评测园区', regionCode: '140400', keyIndustries: ['research_transfer'] }))
    const usccBody = '911404005812345670'.slice(0, 17)
    const enterprise = await call('POST', '/v1/enterprises', admin, JSON.stringify({ name: '外部评测需求方有限公司', uscc: usccBody + usccCheckCharacter(usccBody), parkId: park.id, size: 'medium' }))
    const poster = await keyHeaders(sql, 'enterprise', { enterpriseId: enterprise.id })

    // Experts: each its three papers as achievements, its keywords, its discipline as a field.
    const rows = data.experts.map((expert) =>
      JSON.stringify({
        name: `评测专家${expert.key}`,
        organisation: `评测单位${expert.key}`,
        title: '研究员',
        fields: [expert.discipline],
        keywords: expert.keywords,
        achievements: expert.titles.map((title, i) => ({ title, kind: 'paper', summary: expert.abstracts[i] ?? '' })),
      }),
    )
    const imported = await call('POST', '/v1/import/experts', admin, rows.join('\n'), 'application/x-ndjson')
    const expertKeyOf = new Map<string, string>()
    for (const row of imported.created as { line: number; id: string }[]) expertKeyOf.set(row.id, data.experts[row.line - 1]!.key)
    const rejected = imported.rejected as { line: number; detail: string }[]
    if (rejected.length > 0) console.log(`import: ${rejected.length} of ${rows.length} experts rejected, e.g. line ${rejected[0]!.line}: ${rejected[0]!.detail}`)

    // Needs: title and description only, as an enterprise would post them.
    const needIdOf = new Map<string, string>()
    for (const need of needs) {
      const created = await call('POST', '/v1/needs', poster, JSON.stringify({ title: need.title, problem: need.description, industryCode: 'research_transfer', kind: 'breakthrough', status: 'open', visibility: 'public' }))
      needIdOf.set(need.key, created.id)
    }

    // The index settles (the server's drainer does this in the background): every outbox job
    // done, then the term statistics taken; GET /v1/index-status says when it has.
    while ((await drainOutbox(indexing)).leased > 0);
    // An embedder fitted on the registry fits now (the server's scheduled job would within a minute).
    const fitted = await indexing.embedder.refit?.()
    while ((await drainOutbox(indexing)).leased > 0);
    await indexing.fullText.maintain({ force: true })
    const status = await call('GET', '/v1/index-status', admin)
    if (!status.settled) throw new Error(`the index has not settled: ${JSON.stringify(status)}`)
    const loadedMs = performance.now() - started

    const calibration = indexing.embedder.calibration ?? defaultCalibration
    const principal = { role: 'admin' as const, keyId: '00000000-0000-4000-8000-000000000000' }
    const deps = indexing
    const rankings: Record<string, Map<string, string[]>> = {}
    // Each retriever's own list, before fusion, rules and the confidence floor.
    const textAlone = new Map<string, string[]>()
    const vectorAlone = new Map<string, string[]>()
    const depthLists = new Map<string, { text: { id: string; score: number }[]; vector: { id: string; score: number }[] }>()
    for (const need of needs) {
      const needId = needIdOf.get(need.key)!
      const [source] = await loadMatchSources(sql, 'need', [needId])
      const document = toMatchDocument(source!)
      const textHits = await indexing.fullText.search(`${document.title}\n${document.body}`, { kinds: ['expert'], availableOnly: true }, 100)
      const vector = await storedNeedEmbedding(sql, needId, indexing.embedder.model)
      const vectorHits = vector ? await nearestCandidates(sql, vector, { kinds: ['expert'], model: indexing.embedder.model, dimensions: indexing.embedder.dimensions, availableOnly: true }, 100) : []
      textAlone.set(need.key, textHits.slice(0, 20).map((hit) => expertKeyOf.get(hit.id) ?? hit.id))
      vectorAlone.set(need.key, vectorHits.slice(0, 20).map((hit) => expertKeyOf.get(hit.id) ?? hit.id))
      depthLists.set(need.key, { text: textHits, vector: vectorHits.filter((hit) => hit.score >= calibration.retrievalFloor) })
    }
    rankings['full-text retriever alone (its own top 20)'] = textAlone
    rankings['vector retriever alone (its own top 20)'] = vectorAlone
    // The two lists (depth 100, as the endpoint takes them) fused at each vector weight, without rules.
    const fusedAt = (weight: number) => {
      const byNeed = new Map<string, string[]>()
      for (const [key, lists] of depthLists) {
        const scores = new Map<string, number>()
        for (const [retriever, hits] of [['full_text', lists.text], ['vector', lists.vector]] as const) {
          const contributions = fusionContributions('weighted', retriever, hits.map((hit) => hit.score), weight)
          hits.forEach((hit, index) => scores.set(hit.id, (scores.get(hit.id) ?? 0) + contributions[index]!))
        }
        byNeed.set(key, [...scores].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([id]) => expertKeyOf.get(id) ?? id))
      }
      return byNeed
    }
    const sweep = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((weight) => ({ weight, ...score(fusedAt(weight)) }))
    const fusions: Fusion[] = ['full_text', 'vector', 'weighted', 'rrf']
    for (const fusion of fusions) {
      const byNeed = new Map<string, string[]>()
      for (const need of needs) {
        const answer = await rankCandidates(deps, principal, { needId: needIdOf.get(need.key)!, kinds: ['expert'], limit: 20, fusion })
        byNeed.set(need.key, answer.candidates.map((candidate) => expertKeyOf.get(candidate.id) ?? candidate.id))
      }
      rankings[`in-process, ${fusion}`] = byNeed
    }
    const endpoint = new Map<string, string[]>()
    const judged: { confidence: number; grade: number; cosine: number | undefined }[] = []
    const endpointStarted = performance.now()
    for (const need of needs) {
      const answer = await call('GET', `/v1/needs/${needIdOf.get(need.key)}/candidates?kinds=expert&limit=20`, poster)
      const candidates = answer.candidates as { id: string; confidence: number; reasons: { retrievers: { vector?: { score: number } } } }[]
      endpoint.set(need.key, candidates.map((candidate) => expertKeyOf.get(candidate.id) ?? candidate.id))
      for (const candidate of candidates) {
        judged.push({ confidence: candidate.confidence, grade: need.relevant[expertKeyOf.get(candidate.id) ?? ''] ?? 0, cosine: candidate.reasons.retrievers.vector?.score })
      }
    }
    const endpointMs = (performance.now() - endpointStarted) / needs.length
    rankings['the candidates endpoint (GET …/candidates, rules on)'] = endpoint

    const reference = score(bm25Reference())
    if (fitted) console.log(`semantic model: ${JSON.stringify(fitted)}`)
    console.log(`CSL dev split: ${needs.length} needs, ${data.experts.length} experts (${args.db}, embedder ${indexing.embedder.model}); loaded and indexed in ${(loadedMs / 1000).toFixed(1)} s, ${endpointMs.toFixed(1)} ms per endpoint call`)
    console.log('')
    console.log('| ranking | nDCG@10 | recall@20 | nDCG vs BM25 |')
    console.log('|---|---|---|---|')
    console.log(`| BM25 over character bigrams (reference) | ${reference.ndcg.toFixed(3)} | ${reference.recall.toFixed(3)} | 1.00 × |`)
    for (const [name, byNeed] of Object.entries(rankings)) {
      const s = score(byNeed)
      console.log(`| ${name} | ${s.ndcg.toFixed(3)} | ${s.recall.toFixed(3)} | ${(s.ndcg / reference.ndcg).toFixed(2)} × |`)
    }
    console.log('')
    console.log(`weighted fusion of the two lists by the vector's weight (the embedder's calibration: ${calibration.fusionWeight}), before rules`)
    console.log('| vector weight | nDCG@10 | recall@20 |')
    console.log('|---|---|---|')
    for (const row of sweep) console.log(`| ${row.weight.toFixed(1)} | ${row.ndcg.toFixed(3)} | ${row.recall.toFixed(3)} |`)
    console.log('')
    console.log('reliability of the endpoint\'s confidence (its top 20 of every need): how often a candidate of that confidence was judged relevant')
    console.log('| confidence | candidates | judged relevant | of those, grade 2 |')
    console.log('|---|---|---|---|')
    for (const [low, high] of [[0, 0.25], [0.25, 0.5], [0.5, 0.75], [0.75, 0.9], [0.9, 1.01]] as const) {
      const inBucket = judged.filter((entry) => entry.confidence >= low && entry.confidence < high)
      if (inBucket.length === 0) continue
      const relevant = inBucket.filter((entry) => entry.grade > 0)
      console.log(`| ${low.toFixed(2)}–${Math.min(high, 1).toFixed(2)} | ${inBucket.length} | ${(relevant.length / inBucket.length).toFixed(3)} | ${(relevant.filter((entry) => entry.grade === 2).length / inBucket.length).toFixed(3)} |`)
    }
    if (process.env.BENCH_COSINES) {
      const cosines = (grade: boolean) => judged.filter((entry) => entry.cosine !== undefined && entry.grade > 0 === grade).map((entry) => entry.cosine!).sort((a, b) => a - b)
      for (const [name, list] of [['relevant', cosines(true)], ['not relevant', cosines(false)]] as const) {
        const at = (p: number) => list[Math.min(list.length - 1, Math.floor(p * list.length))]?.toFixed(3)
        console.log(`cosines of ${name} candidates (${list.length}): p10 ${at(0.1)} p25 ${at(0.25)} p50 ${at(0.5)} p75 ${at(0.75)} p90 ${at(0.9)}`)
      }
    }
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
