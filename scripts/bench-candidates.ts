/**
 * `npm run bench:candidates`: GET /v1/needs/{id}/candidates over HTTP on a database that
 * `bench:latency` kept, for this checkout and, with --baseline, another commit, both served from
 * this process and measured alternately (the order flipped each round), so the two are compared
 * on the same data, machine and moment. Figures are printed, nothing is asserted.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     npm run bench:latency -- --sizes 100000 --db postgres --keep     # prints the kept database's name
 *   npm run bench:candidates -- --database bench_100000_<pid> --baseline 5116cc9
 *
 * Options: --rounds N (3), --calls N per round and checkout (200), --warmup N (20), --needs N (the
 * first 50 needs by id, cycled). A baseline from before migration 0019 ranks full text over the
 * GIN index that migration dropped; it is made again on the kept database (`--gin`, implied by
 * --baseline), and this checkout does not read it. The baseline's worktree is removed afterwards.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { serve } from '@hono/node-server'
import { projectRoot } from '../test/helpers/server-process.js'
import { createSql } from '../src/platform/db/client.js'
import { insertApiKey } from '../src/modules/accounts/queries.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../src/modules/accounts/service.js'
import { checkOutBaseline } from './lib/baseline-checkout.js'
import { optionReader } from './lib/cli-options.js'
import { type Summary, ms, percentile, summarise } from './lib/stats.js'

interface Checkout {
  label: string
  url: string
  close(): Promise<void>
}

/** The app of the checkout in `dir`, built as bench:latency builds it, listening on 127.0.0.1. */
async function serveCheckout(label: string, dir: string, databaseUrl: string): Promise<Checkout> {
  const load = (file: string) => import(pathToFileURL(path.join(dir, file)).href)
  const [{ createApp }, { parseConfig }, { createLogger }, { createSql: checkoutSql }, { createIndexingDeps }, { loadMigrationFiles }, { readDocsAsset }] =
    await Promise.all([
      load('src/http/app.ts'),
      load('src/platform/config.ts'),
      load('src/platform/logger.ts'),
      load('src/platform/db/client.ts'),
      load('src/modules/matching/index/indexer-deps.ts'),
      load('src/platform/db/migration-files.ts'),
      load('src/node/docs-assets.ts'),
    ])
  const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', LOCAL_EMBEDDER: process.env.LOCAL_EMBEDDER })
  const logger = createLogger('silent')
  const sql = checkoutSql(databaseUrl, { max: 10 })
  const indexing = createIndexingDeps(config, sql, logger)
  const app = createApp({ config, logger, migrations: await loadMigrationFiles(), openDatabase: () => ({ sql, release: () => {} }), retrievers: () => indexing, readDocsAsset })
  let server!: Server
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port)) as Server
  })
  return {
    label,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await sql.end({ timeout: 5 })
    },
  }
}

async function measure(checkout: Checkout, needIds: string[], secret: string, calls: number, warmup: number): Promise<Summary> {
  const call = async (i: number) => {
    const response = await fetch(`${checkout.url}/v1/needs/${needIds[i % needIds.length]}/candidates?kinds=expert,society,workstation&limit=10`, {
      headers: { authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(60_000),
    })
    const body = await response.text()
    if (response.status !== 200) throw new Error(`${checkout.label}: candidates answered ${response.status}: ${body.slice(0, 300)}`)
  }
  for (let i = 0; i < warmup; i++) await call(i)
  const samples: number[] = []
  for (let i = 0; i < calls; i++) {
    const started = performance.now()
    await call(warmup + i)
    samples.push(performance.now() - started)
  }
  return summarise(samples)
}

async function main() {
  const options = optionReader(process.argv.slice(2))
  const database = options.value('database')
  if (!database || !/^[a-z0-9_]+$/.test(database)) throw new Error('--database names a database bench:latency kept (bench_<size>_<pid>)')
  const server = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL
  if (!server) throw new Error('set BENCH_DATABASE_URL (or DATABASE_URL) to the PostgreSQL server holding it')
  const url = new URL(server)
  url.pathname = `/${database}`
  const rounds = options.positive('rounds', 3)
  const calls = options.positive('calls', 200)
  const warmup = options.positive('warmup', 20)
  const baselineRef = options.value('baseline')

  const sql = createSql(url.toString(), { max: 2 })
  const baseline = baselineRef ? await checkOutBaseline(baselineRef) : undefined
  const checkouts: Checkout[] = []
  try {
    if (baseline || options.flag('gin')) {
      await sql.unsafe('set statement_timeout = 0')
      await sql`create index if not exists match_documents_terms_idx on match_documents using gin (terms)`
    }
    const needIds = (await sql<{ id: string }[]>`select id from needs order by id limit ${options.positive('needs', 50)}`).map((row) => row.id)
    const [{ experts } = { experts: 0 }] = await sql<{ experts: number }[]>`select count(*)::int as experts from experts`
    const secret = generateApiKey()
    await insertApiKey(sql, { name: 'bench-candidates admin', prefix: secret.slice(0, keyPrefixLength), keyHash: await hashApiKey(secret), role: 'admin' })

    checkouts.push(await serveCheckout('this checkout', projectRoot, url.toString()))
    if (baseline) checkouts.push(await serveCheckout(baselineRef!, baseline.dir, url.toString()))

    console.log('bench:candidates — GET /v1/needs/{id}/candidates over HTTP, alternating')
    console.log(`  machine    ${os.cpus()[0]?.model ?? 'unknown'} · ${os.cpus().length} cores · load average ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`)
    console.log(`  database   ${database} (${experts.toLocaleString('en-US')} experts) · ${needIds.length} needs cycled · ${warmup} warm-up + ${calls} calls per round and checkout`)
    const results = new Map<string, Summary[]>(checkouts.map((checkout) => [checkout.label, []]))
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 === 1 ? checkouts : [...checkouts].reverse()
      for (const checkout of order) {
        const summary = await measure(checkout, needIds, secret, calls, warmup)
        results.get(checkout.label)!.push(summary)
        console.log(`  round ${round}  ${checkout.label.padEnd(14)} p50 ${ms(summary.p50).padStart(6)} · p95 ${ms(summary.p95).padStart(6)} · p99 ${ms(summary.p99).padStart(6)} ms`)
      }
    }
    const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50)
    console.log(`\n  medians of ${rounds} rounds, ms      p50      p95      p99`)
    const medians = new Map<string, { p50: number; p95: number; p99: number }>()
    for (const [label, summaries] of results) {
      const row = { p50: median(summaries.map((s) => s.p50)), p95: median(summaries.map((s) => s.p95)), p99: median(summaries.map((s) => s.p99)) }
      medians.set(label, row)
      console.log(`  ${label.padEnd(30)}${ms(row.p50).padStart(9)}${ms(row.p95).padStart(9)}${ms(row.p99).padStart(9)}`)
    }
    if (baseline) {
      const now = medians.get('this checkout')!
      const then = medians.get(baselineRef!)!
      console.log(`  this checkout / ${baselineRef}: p50 ${(now.p50 / then.p50).toFixed(2)} · p95 ${(now.p95 / then.p95).toFixed(2)}`)
    }
    console.log(`  load average at the end ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`)
  } finally {
    for (const checkout of checkouts) await checkout.close()
    await sql.end({ timeout: 5 })
    baseline?.remove()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
