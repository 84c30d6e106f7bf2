import { createApp } from './http/app.js'
import { ConfigError, parseConfig } from './platform/config.js'
import { DataDirInUseError } from './platform/db/embedded.js'
import { loadMigrationFiles } from './platform/db/migration-files.js'
import { MigrationError, migrate } from './platform/db/migrations.js'
import { createLogger } from './platform/logger.js'
import { createLeasedRateLimiter } from './platform/rate-limiter.js'
import { openNodeDatabase } from './node/database.js'
import { runScheduledWork, yieldToRequests } from './modules/engagements/scheduled.js'
import { drainOutbox } from './modules/matching/index/indexer.js'
import { ensureVectorIndexes } from './modules/matching/index/search-embeddings.js'
import { createIndexingDeps } from './modules/matching/index/indexer-deps.js'
import { deliverWebhooks } from './modules/webhooks/index.js'
import { demoKeys, seedDemoIfEmpty } from '../seed/demo.js'
import { readDocsAsset } from './node/docs-assets.js'
import { listen } from './node/http-server.js'
import { bufferedStdoutSink } from './node/log-sink.js'

/** Node entry: open the database (DATABASE_URL or embedded PGlite), migrate, serve. */
async function main() {
  const startedAt = performance.now()
  const config = parseConfig(process.env)
  const logger = createLogger(config.LOG_LEVEL, {}, bufferedStdoutSink())
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

  const indexing = createIndexingDeps(config, database.sql, logger, { longLived: true })
  await ensureVectorIndexes(database.sql, indexing.embedder.dimensions)


  const rateLimiter = createLeasedRateLimiter()
  // One pool for the process's life: every request borrows it, nothing to give back.
  const lease = { sql: database.sql }
  const app = createApp({
    config,
    logger,
    migrations,
    openDatabase: () => lease,
    retrievers: () => indexing,
    readDocsAsset,
    compressDocs: true,
    rateLimiter,
    longLived: true,
  })

  const { server: httpServer, ready } = listen(app, { port: config.PORT, hostname: config.HOST }, logger)
  const info = await ready
  logger.info('listening', {
    url: `http://${info.address === '0.0.0.0' ? '127.0.0.1' : info.address}:${info.port}`,
    docs: `http://127.0.0.1:${info.port}/docs`,
    database: database.mode,
    migrationsApplied: applied.length,
    startupMs: Math.round(performance.now() - startedAt),
  })

  // The same periodic work the Worker's cron trigger runs.
  const scheduled = setInterval(() => void runScheduledWork({ sql: database.sql, config, logger, indexing }), 60_000)
  scheduled.unref()
  const drainer = startOutboxDrainer(indexing)
  const webhookSender = startWebhookSender(database.sql, config, logger)

  // SIGTERM: stop accepting, let requests in flight answer (each is bounded by REQUEST_DEADLINE_MS),
  // give back the outbox jobs being worked on, close the pool. Work still waiting on the database
  // two seconds before the grace period ends (a request answered 503 at its deadline whose queries
  // wait on reconnects, a job stuck behind a lock) is cut off by closing the pool under it: its
  // transactions roll back, its jobs' leases lapse and they run again. Past the grace period, exit anyway.
  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    const graceMs = config.REQUEST_DEADLINE_MS + 5000
    const cutOffAt = performance.now() + graceMs - 2000
    const timeLeft = () => Math.max(0, cutOffAt - performance.now())
    logger.info('shutting down', { signal, graceMs })
    const force = setTimeout(() => {
      logger.error('shutdown grace period over; exiting with requests or jobs unfinished', { graceMs })
      process.exit(1)
    }, graceMs)
    force.unref()
    clearInterval(scheduled)
    let answered = false
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve())).then(() => void (answered = true))
    // close() ends the keep-alive connections idle now; these end those idle once their request is answered.
    const idleSweep = setInterval(() => httpServer.closeIdleConnections(), 100)
    const settled = await within(Promise.all([closed, drainer.stop(), webhookSender.stop()]), timeLeft())
    clearInterval(idleSweep)
    if (!settled) logger.warn('shutdown: work still waiting on the database at the cut-off; closing the pool under it', { answered })
    // Quota leased and not used goes back to the key's window, for the other servers.
    const released = rateLimiter.release(database.sql).catch((error: unknown) => logger.warn('rate limit leases not given back', { error: String(error) }))
    if (!(await within(released, Math.min(1000, timeLeft())))) logger.warn('rate limit leases not given back in time')
    await database.close({ timeoutSeconds: Math.max(1, Math.floor(timeLeft() / 1000)) })
    logger.info('stopped', { signal, ...(indexing.retrievalCache ? { keptRetrievals: indexing.retrievalCache.stats() } : {}) })
    process.exit(answered ? 0 : 1)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

/** Whether `work` settled within `ms` (it goes on either way). */
function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  return Promise.race([work.then(() => true, () => true), late]).finally(() => clearTimeout(timer))
}

/** A burst of indexing is followed by fresh search statistics, at most this often (ms). */
const MAINTAIN_AFTER_BURST_MS = 30_000

/**
 * Runs `step` over and over: again at once while it reports work done (busy), every 2 s when
 * idle, until stopped; `stop` aborts the signal it passes and waits for the step under way.
 */
function runContinuously(step: (signal: AbortSignal, stopped: () => boolean) => Promise<boolean>, onError: (error: unknown) => void) {
  let stopped = false
  const stopping = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> = Promise.resolve()
  const tick = async () => {
    let busy = false
    try {
      busy = await step(stopping.signal, () => stopped)
    } catch (error) {
      if (!stopped) onError(error)
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), busy ? 0 : 2000)
  }
  timer = setTimeout(() => (running = tick()), 0)
  return {
    async stop() {
      stopped = true
      stopping.abort(new Error('shutting down'))
      clearTimeout(timer)
      await running
    },
  }
}

/**
 * Drains the outbox continuously. When a burst of work is done the full-text statistics are
 * refreshed, so a first start's demo data or a bulk import is searched with them within seconds
 * rather than at the next scheduled run.
 */
function startOutboxDrainer(indexing: ReturnType<typeof createIndexingDeps>) {
  let indexedSinceMaintain = false
  let maintainedAt = Number.NEGATIVE_INFINITY
  return runContinuously(async (signal, stopped) => {
    const result = await drainOutbox(indexing, { signal })
    if (result.released > 0) indexing.logger.info('outbox jobs given back at shutdown', { released: result.released })
    const busy = result.leased > 0 && result.retried === 0
    indexedSinceMaintain ||= result.leased > 0
    if (!stopped() && !busy && indexedSinceMaintain && Date.now() - maintainedAt > MAINTAIN_AFTER_BURST_MS) {
      maintainedAt = Date.now()
      indexedSinceMaintain = false
      const outcome = await indexing.fullText.maintain()
      indexing.logger.info('full-text statistics checked after indexing', outcome)
      // A first start or a large import: the semantic model (if the embedder has one) is fitted
      // now rather than at the scheduled job's next tick.
      if (indexing.embedder.refit) indexing.logger.info('semantic model checked after indexing', await indexing.embedder.refit({ pause: yieldToRequests }))
    }
    return busy
  }, (error) => indexing.logger.warn('outbox drain failed', { error: String(error) }))
}

/** Sends due webhook deliveries continuously; each receiver is called outside any transaction (modules/webhooks/delivery.ts). */
function startWebhookSender(sql: Parameters<typeof deliverWebhooks>[0], config: ReturnType<typeof parseConfig>, logger: ReturnType<typeof createLogger>) {
  return runContinuously(async (signal) => {
    const result = await deliverWebhooks(sql, { allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS, signal })
    if (result.leased > 0) logger.info('webhooks sent', { ...result })
    return result.leased > 0
  }, (error) => logger.warn('webhook delivery failed', { error: String(error) }))
}

main().catch((error: unknown) => {
  // Mistakes an operator can fix get one clear line; anything else keeps its stack.
  const known = error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof MigrationError
  console.error(known ? (error as Error).message : error)
  process.exit(1)
})
