/**
 * `npm run bench:teams`: aspect coverage of the teams `GET /v1/needs/{id}/teams` offers, against
 * the top-k individual candidates (k = the team's size), on seed/eval/team-needs.jsonl: many-sided
 * needs whose relevant experts are labelled per aspect (docs/benchmarks.md says how the labels
 * were made). Loads the demo data and those needs into a fresh in-memory PGlite, indexes
 * everything with the configured embedder, then for each need asks `rankTeams` and
 * `rankCandidates` (experts only, as admin). An aspect is covered when a listed expert is among its
 * relevant ones; the team answer is the best team, or the best single candidate when no team is
 * offered. Prints the mean share of aspects covered by each.
 *
 *   npx tsx scripts/bench-teams.ts               # every team need
 *   npx tsx scripts/bench-teams.ts --size small  # the first four (CI)
 *
 * Scores never fail the run; only errors do.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { demoData, loadDemoData } from '../seed/demo.js'
import type { Principal } from '../src/core/principal.js'
import type { NeedKind } from '../seed/demo-vocabulary.js'
import { insertSeedNeeds } from '../src/modules/demo/seed-writer.js'
import { rankCandidates, rankTeams } from '../src/modules/matching/index.js'
import { refreshDocuments } from '../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../src/modules/matching/index/indexer-deps.js'
import { ensureVectorIndexes } from '../src/modules/matching/index/search-embeddings.js'
import { listSourceIds } from '../src/modules/matching/index/search-sources.js'
import { aspectsOf } from '../src/modules/matching/teams/aspects.js'
import { parseConfig } from '../src/platform/config.js'
import { openEmbeddedSql } from '../src/platform/db/embedded.js'
import { loadMigrationFiles } from '../src/platform/db/migration-files.js'
import { migrate } from '../src/platform/db/migrations.js'
import { createLogger } from '../src/platform/logger.js'

const { values: args } = parseArgs({ options: { size: { type: 'string', default: 'full' } } })
if (args.size !== 'full' && args.size !== 'small') throw new Error(`--size must be full or small, not ${args.size}`)

interface TeamNeed {
  id: string
  enterpriseId: string
  industryCode: string
  kind: NeedKind
  title: string
  problem: string
  goals: string
  keywords: string[]
  aspects: { statement: string; field: string; relevant: string[] }[]
}

const file = new URL('../seed/eval/team-needs.jsonl', import.meta.url)
const all = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as TeamNeed)
const needs = args.size === 'small' ? all.slice(0, 4) : all
const admin: Principal = { role: 'admin', keyId: 'd3e0a000-0000-4000-8000-000000000001' }

/** Share of the labelled aspects some listed expert is relevant to. */
const coverageOf = (need: TeamNeed, expertIds: readonly string[]) => need.aspects.filter((aspect) => expertIds.some((id) => aspect.relevant.includes(id))).length / need.aspects.length
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)

async function main() {
  const config = parseConfig(process.env)
  const logger = createLogger('warn')
  const { sql, close } = await openEmbeddedSql()
  try {
    await migrate(sql, await loadMigrationFiles())
    await loadDemoData(sql)
    const parks = new Map(demoData().enterprises.map((row) => [row.id, row.parkId]))
    const now = new Date().toISOString()
    await sql.begin((tx) =>
      insertSeedNeeds(tx, all.map((need) => ({
        id: need.id, enterpriseId: need.enterpriseId, parkId: parks.get(need.enterpriseId)!, title: need.title, industryCode: need.industryCode,
        background: '', problem: need.problem, goals: need.goals, kind: need.kind, keywords: need.keywords, budgetMinFen: null, budgetMaxFen: null,
        trlWanted: null, deadline: null, visibility: 'public', status: 'open', createdAt: now, updatedAt: now,
      }))),
    )
    const deps = createIndexingDeps(config, sql, logger)
    for (const kind of ['expert', 'society', 'workstation', 'need'] as const) {
      const ids = await listSourceIds(sql, kind)
      for (let i = 0; i < ids.length; i += 500) await refreshDocuments(deps, kind, ids.slice(i, i + 500))
    }
    if (deps.embedder.refit) await deps.embedder.refit({ force: true })
    await deps.fullText.maintain({ force: true })
    await ensureVectorIndexes(sql, deps.embedder.dimensions)

    const rows: { title: string; labelled: number; found: number; size: number; team: number; topK: number; top4: number; offered: boolean; ms: number }[] = []
    for (const need of needs) {
      const started = performance.now()
      const answer = await rankTeams(deps, admin, { needId: need.id, kinds: ['expert'], limit: 1 })
      const ms = performance.now() - started
      const members = answer.teams[0]?.members ?? answer.bestIndividual?.members ?? []
      const ids = members.map((member) => member.key.replace(/^expert:/, ''))
      const ranked = (await rankCandidates(deps, admin, { needId: need.id, kinds: ['expert'], limit: 20 })).candidates.map((candidate) => candidate.id)
      const size = Math.max(1, ids.length)
      rows.push({
        title: need.title, labelled: need.aspects.length, found: aspectsOf(need).length, size, offered: answer.teams.length > 0, ms,
        team: coverageOf(need, ids), topK: coverageOf(need, ranked.slice(0, size)), top4: coverageOf(need, ranked.slice(0, 4)),
      })
    }
    console.log(`bench:teams — ${needs.length} many-sided needs (seed/eval/team-needs.jsonl), experts only, embedder ${deps.embedder.model}`)
    console.log('need | aspects labelled/found | team size | team coverage | top-k coverage | top-4 coverage | ms')
    for (const row of rows) {
      console.log(`${row.title} | ${row.labelled}/${row.found} | ${row.offered ? row.size : `1 (no team offered)`} | ${row.team.toFixed(2)} | ${row.topK.toFixed(2)} | ${row.top4.toFixed(2)} | ${row.ms.toFixed(0)}`)
    }
    const wins = rows.filter((row) => row.team > row.topK).length
    const losses = rows.filter((row) => row.team < row.topK).length
    console.log(`mean aspect coverage: best team ${mean(rows.map((row) => row.team)).toFixed(3)} · top-k individuals (k = team size) ${mean(rows.map((row) => row.topK)).toFixed(3)} · top-4 individuals ${mean(rows.map((row) => row.top4)).toFixed(3)}`)
    console.log(`team better on ${wins} needs, worse on ${losses}; mean team size ${mean(rows.map((row) => row.size)).toFixed(2)}; aspects found = labelled on ${rows.filter((row) => row.found === row.labelled).length}/${rows.length}; mean ${mean(rows.map((row) => row.ms)).toFixed(0)} ms per team answer`)
  } finally {
    await close()
  }
}

await main()
