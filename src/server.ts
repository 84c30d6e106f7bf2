import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { ConfigError, parseConfig } from './config.js'
import { DataDirInUseError } from './db/embedded.js'
import { loadMigrationFiles } from './db/migration-files.js'
import { MigrationError, migrate } from './db/migrations.js'
import { createLogger } from './lib/logger.js'
import { openNodeDatabase } from './node/database.js'
import { runScheduledWork } from './domain/scheduled.js'
import { drainOutbox } from './domain/indexing.js'
import { ensureVectorIndexes } from './db/match-embeddings.js'
import { createIndexingDeps } from './services/indexing.js'
import { demoKeys, seedDemoIfEmpty } from '../seed/demo.js'
import { readDocsAsset } from './node/docs-assets.js'

/** Node entry: open the database (DATABASE_URL or embedded PGlite), migrate, serve. */
async function main() {
  const startedAt = performance.now()
  const config = parseConfig(process.env)
  const logger = createLogger(config.LOG_LEVEL)
  const database = await openNodeDatabase(config)
  const migrations = await loadMigrationFiles()
  const applied = await migrate(database.sql, migrations, (m) =>
    logger.info('migration applied', { version: m.version, name: m.name }),
  )

  if (config.SEED_DEMO ?? database.mode === 'embedded') {
    const seeded = await seedDemoIfEmpty(database.sql)
    if (seeded) {
      logger.info('demo data loaded', { ...seeded, keys: demoKeys.map((k) => `${k.role}: ${k.key} (${k.scope})`) })
    }
  }

  const indexing = createIndexingDeps(config, database.sql, logger)
  await ensureVectorIndexes(database.sql, indexing.embedder.dimensions)

  const app = createApp({
    config,
    logger,
    migrations,
    openDatabase: () => ({ sql: database.sql, release: () => {} }),
    retrievers: () => indexing,
    readDocsAsset,
  })

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    logger.info('listening', {
      url: `http://${info.address === '0.0.0.0' ? '127.0.0.1' : info.address}:${info.port}`,
      docs: `http://127.0.0.1:${info.port}/docs`,
      database: database.mode,
      migrationsApplied: applied.length,
      startupMs: Math.round(performance.now() - startedAt),
    })
  })

  // The same periodic work the Worker's cron trigger runs.
  const scheduled = setInterval(() => void runScheduledWork({ sql: database.sql, config, logger, indexing }), 60_000)
  scheduled.unref()
  const drainer = startOutboxDrainer(indexing)

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('shutting down', { signal })
    clearInterval(scheduled)
    await drainer.stop()
    const force = setTimeout(() => process.exit(1), 15_000)
    force.unref()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await database.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

/** A burst of indexing is followed by fresh search statistics, at most this often (ms). */
const MAINTAIN_AFTER_BURST_MS = 30_000

/**
 * Drains the outbox continuously: right away while there is work, every 2 s when idle. When a
 * burst of work is done the full-text statistics are refreshed, so a first start's demo data or a
 * bulk import is searched with them within seconds rather than at the next scheduled run.
 */
function startOutboxDrainer(indexing: ReturnType<typeof createIndexingDeps>) {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> = Promise.resolve()
  let indexedSinceMaintain = false
  let maintainedAt = Number.NEGATIVE_INFINITY
  const tick = async () => {
    let busy = false
    try {
      const result = await drainOutbox(indexing)
      busy = result.leased > 0 && result.retried === 0
      indexedSinceMaintain ||= result.leased > 0
      if (!busy && indexedSinceMaintain && Date.now() - maintainedAt > MAINTAIN_AFTER_BURST_MS) {
        maintainedAt = Date.now()
        indexedSinceMaintain = false
        const outcome = await indexing.fullText.maintain()
        indexing.logger.info('full-text statistics checked after indexing', outcome)
      }
    } catch (error) {
      indexing.logger.warn('outbox drain failed', { error: String(error) })
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), busy ? 0 : 2000)
  }
  timer = setTimeout(() => (running = tick()), 0)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}

main().catch((error: unknown) => {
  // Mistakes an operator can fix get one clear line; anything else keeps its stack.
  const known = error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof MigrationError
  console.error(known ? (error as Error).message : error)
  process.exit(1)
})
