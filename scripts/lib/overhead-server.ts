/**
 * The per-layer servers of scripts/bench-overhead.ts, in one child process: a bare Hono route on
 * @hono/node-server, then the app's /healthz route on our Node server (src/node/http-server.ts)
 * with the request chain's layers (src/http/app.ts `requestLayers`) added one at a time, then the
 * whole app (every route registered). Each listens on its own port; the ports go to the parent by IPC, in order.
 * Environment: DATABASE_URL (a migrated database; /healthz never queries it) and the app's settings.
 */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createApp, requestLayers } from '../../src/http/app.js'
import { healthRouter } from '../../src/http/health/index.js'
import { parseConfig } from '../../src/platform/config.js'
import { loadMigrationFiles } from '../../src/platform/db/migration-files.js'
import { createRouter } from '../../src/platform/http/create-router.js'
import type { AppDeps } from '../../src/platform/http/types.js'
import { createLogger } from '../../src/platform/logger.js'
import { openNodeDatabase } from '../../src/node/database.js'
import { listen } from '../../src/node/http-server.js'
import { bufferedStdoutSink } from '../../src/node/log-sink.js'
import { createIndexingDeps } from '../../src/modules/matching/index/indexer-deps.js'

export interface OverheadServers {
  /** In the order they are to be printed; each adds to the one before it but the first and last. */
  servers: { name: string; url: string }[]
}

const config = parseConfig(process.env)
const logger = createLogger(config.LOG_LEVEL, {}, bufferedStdoutSink())
const database = await openNodeDatabase(config)
const indexing = createIndexingDeps(config, database.sql, logger)
const lease = { sql: database.sql }
const deps: AppDeps = {
  config,
  logger,
  migrations: await loadMigrationFiles(),
  openDatabase: () => lease,
  retrievers: () => indexing,
  // As src/server.ts: one process, so one timer watches every request's deadline.
  longLived: true,
}

const servers: OverheadServers['servers'] = []

const bare = new Hono()
bare.get('/healthz', (c) => c.json({ status: 'ok' }))
const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' })
await new Promise((resolve) => bareServer.once('listening', resolve))
servers.push({ name: 'bare Hono route on @hono/node-server', url: `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/healthz` })

const layers = requestLayers(deps, createRouter())
for (let count = 0; count <= layers.length; count++) {
  const app = createRouter()
  // methodNotAllowed reads the routes of the app it is given: this one's.
  for (const layer of requestLayers(deps, app).slice(0, count)) app.use(layer.handler)
  app.route('/', healthRouter)
  const name = count === 0 ? '/healthz route on src/node/http-server.ts' : `+ ${layers[count - 1]!.name}`
  servers.push({ name, url: await listenOn(app) })
}
servers.push({ name: 'the whole app (createApp), every route', url: await listenOn(createApp(deps)) })

async function listenOn(app: Parameters<typeof listen>[0]): Promise<string> {
  const { port } = await listen(app, { port: 0, hostname: '127.0.0.1' }, logger).ready
  return `http://127.0.0.1:${port}/healthz`
}

process.send!({ servers } satisfies OverheadServers)
process.on('disconnect', () => process.exit(0))
