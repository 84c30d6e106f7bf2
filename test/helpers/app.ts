import { createApp } from '../../src/http/app.js'
import { type Config, parseConfig } from '../../src/platform/config.js'
import { loadMigrationFiles } from '../../src/platform/db/migration-files.js'
import { createLogger } from '../../src/platform/logger.js'
import type { AppDeps, AppOpenAPI } from '../../src/platform/http/types.js'
import { readDocsAsset } from '../../src/node/docs-assets.js'
import { createIndexingDeps } from '../../src/modules/matching/index/indexer-deps.js'
import { type TestDatabase, createTestDatabase } from './database.js'

export interface TestApp {
  app: AppOpenAPI
  db: TestDatabase
  config: Config
  deps: AppDeps
  close(): Promise<void>
}

/**
 * Tests send many requests with one key: the limits stay on (every request is counted and gets
 * the headers) but are out of reach unless a test sets its own.
 */
const testLimits = { RATE_LIMIT_REQUESTS: '1000000', RATE_LIMIT_CANDIDATES: '1000000', EMBEDDING_DAILY_BUDGET: '1000000' }

/** The real app over a clean, migrated database, as `src/server.ts` builds it. */
export async function createTestApp(overrides: Partial<AppDeps> = {}, env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase()
  await db.migrate()
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', ...testLimits, ...env })
  // As the server's: one pool for the app's life, so retrievals are kept (and every test checks them).
  const indexing = createIndexingDeps(config, db.sql, createLogger(config.LOG_LEVEL), { longLived: true })
  const deps: AppDeps = {
    config,
    logger: createLogger(config.LOG_LEVEL),
    migrations: await loadMigrationFiles(),
    openDatabase: () => ({ sql: db.sql }),
    retrievers: () => indexing,
    readDocsAsset,
    compressDocs: true,
    ...overrides,
  }
  return { app: createApp(deps), db, config, deps, close: () => db.close() }
}
