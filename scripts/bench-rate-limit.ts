/**
 * What rate limiting adds to a request: the same app with limits on and off (RATE_LIMIT_ENABLED),
 * over one database, answering `GET /v1/me` in-process (`app.request`, no sockets) in alternating
 * rounds, so both see the same load. Also times the counter upsert on its own. Prints median and
 * p95 per request and the difference of the medians.
 *
 *   npx tsx scripts/bench-rate-limit.ts                     # PGlite (in this process)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-rate-limit.ts --db postgres
 *   npx tsx scripts/bench-rate-limit.ts --requests 4000
 *
 * PostgreSQL: a database `bench_rate_<pid>` is created on the server and dropped afterwards.
 */
import { createApp } from '../src/http/app.js'
import { parseConfig } from '../src/platform/config.js'
import { insertApiKey } from '../src/modules/accounts/queries.js'
import { createBenchDatabase, dropBenchDatabase } from '../src/platform/db/bench.js'
import { type Sql, createSql } from '../src/platform/db/client.js'
import { openEmbeddedSql } from '../src/platform/db/embedded.js'
import { loadMigrationFiles } from '../src/platform/db/migration-files.js'
import { migrate } from '../src/platform/db/migrations.js'
import { chargeUsage } from '../src/platform/db/rate-limits.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../src/modules/accounts/service.js'
import { createLogger } from '../src/platform/logger.js'
import type { AppOpenAPI } from '../src/platform/http/types.js'
import { createIndexingDeps } from '../src/modules/matching/index/indexer-deps.js'

const argv = process.argv.slice(2)
const option = (name: string) => {
  const index = argv.indexOf(`--${name}`)
  return index === -1 ? undefined : argv[index + 1]
}
const db = option('db') ?? 'pglite'
const requests = Number(option('requests') ?? '2000')
const rounds = 10

async function openDatabase(): Promise<{ sql: Sql; close(): Promise<void> }> {
  if (db === 'postgres') {
    const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL
    if (!serverUrl) throw new Error('--db postgres needs BENCH_DATABASE_URL or DATABASE_URL')
    const admin = createSql(serverUrl, { max: 1 })
    const name = `bench_rate_${process.pid}`
    await createBenchDatabase(admin, name)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const sql = createSql(url.toString(), { max: 10 })
    return {
      sql,
      async close() {
        await sql.end({ timeout: 5 })
        await dropBenchDatabase(admin, name)
        await admin.end({ timeout: 5 })
      },
    }
  }
  const { sql, close } = await openEmbeddedSql()
  return { sql, close }
}

function buildApp(sql: Sql, migrations: Awaited<ReturnType<typeof loadMigrationFiles>>, enabled: boolean): AppOpenAPI {
  const config = parseConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: String(enabled), RATE_LIMIT_REQUESTS: '10000000' })
  const logger = createLogger('silent')
  const indexing = createIndexingDeps(config, sql, logger)
  return createApp({ config, logger, migrations, openDatabase: () => ({ sql, release: () => {} }), retrievers: () => indexing })
}

async function time(count: number, once: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await once()
    samples.push(performance.now() - started)
  }
  return samples
}

const quantile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const ms = (value: number) => `${value.toFixed(3)} ms`

async function main() {
  const database = await openDatabase()
  try {
    const migrations = await loadMigrationFiles()
    await migrate(database.sql, migrations)
    const key = generateApiKey()
    const row = await insertApiKey(database.sql, { name: 'bench', prefix: key.slice(0, keyPrefixLength), keyHash: await hashApiKey(key), role: 'admin' })
    const headers = { authorization: `Bearer ${key}` }
    const apps = { on: buildApp(database.sql, migrations, true), off: buildApp(database.sql, migrations, false) }
    const request = (app: AppOpenAPI) => async () => {
      const res = await app.request('/v1/me', { headers })
      if (res.status !== 200) throw new Error(`GET /v1/me answered ${res.status}`)
      await res.arrayBuffer()
    }
    await time(200, request(apps.on))
    await time(200, request(apps.off))
    const samples = { on: [] as number[], off: [] as number[] }
    const perRound = Math.ceil(requests / rounds)
    for (let round = 0; round < rounds; round++) {
      samples.off.push(...(await time(perRound, request(apps.off))))
      samples.on.push(...(await time(perRound, request(apps.on))))
    }
    const upsert = await time(requests, () => chargeUsage(database.sql, row.id, [{ bucket: 'bench', windowSeconds: 60, cost: 1 }]))

    console.log(`database ${db}, ${samples.on.length} requests each way, GET /v1/me in-process`)
    for (const [label, values] of Object.entries(samples)) {
      console.log(`  limits ${label.padEnd(3)}  median ${ms(quantile(values, 0.5))}  p95 ${ms(quantile(values, 0.95))}`)
    }
    console.log(`  added per request (median on − median off): ${ms(quantile(samples.on, 0.5) - quantile(samples.off, 0.5))}`)
    console.log(`  counter upsert alone: median ${ms(quantile(upsert, 0.5))}  p95 ${ms(quantile(upsert, 0.95))}`)
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
