import path from 'node:path'
import type { Config } from '../platform/config.js'
import { type Sql, createSql } from '../platform/db/client.js'
import { openEmbeddedSql } from '../platform/db/embedded.js'

export interface NodeDatabase {
  sql: Sql
  /** `embedded` (PGlite under DATA_DIR) or `server` (DATABASE_URL). */
  mode: 'embedded' | 'server'
  /** Ends the pool: queries still running after `timeoutSeconds` (default 5) are cut off. */
  close(options?: { timeoutSeconds?: number }): Promise<void>
}

/** Node entries and CLIs open the database the same way: DATABASE_URL, else PGlite under DATA_DIR. */
export async function openNodeDatabase(config: Config): Promise<NodeDatabase> {
  if (config.DATABASE_URL) {
    const sql = createSql(config.DATABASE_URL, {
      max: config.DATABASE_POOL_MAX,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      // No transaction of ours waits on anything but the database, so a statement's deadline is ample.
      idleInTransactionTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    })
    return { sql, mode: 'server', close: (options) => sql.end({ timeout: options?.timeoutSeconds ?? 5 }) }
  }
  // REQUEST_DEADLINE_MS bounds every request; the embedded database takes no server-side timeouts.
  const { sql, close } = await openEmbeddedSql({ dataDir: path.resolve(config.DATA_DIR) })
  return { sql, mode: 'embedded', close }
}
