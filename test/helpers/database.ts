import { readFile } from 'node:fs/promises'
import { inject } from 'vitest'
import { type Sql, createSql } from '../../src/platform/db/client.js'
import { openEmbeddedSql } from '../../src/platform/db/embedded.js'
import { loadMigrationFiles } from '../../src/platform/db/migration-files.js'
import { type Migration, migrate } from '../../src/platform/db/migrations.js'

export interface TestDatabase {
  sql: Sql
  url: string
  kind: 'postgres' | 'pglite'
  /** Runs every migration in sql/; most tests want this. */
  migrate(): Promise<Migration[]>
  close(): Promise<void>
}

/**
 * A clean database for one test file: a fresh database on TEST_DATABASE_URL's server, or a fresh
 * PGlite loaded from the run's template. Never shared between files.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL
  const migrations = await loadMigrationFiles()
  if (serverUrl) {
    const admin = createSql(serverUrl, { max: 1 })
    const name = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
    await admin`create database ${admin(name)}`
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const sql = createSql(url.toString(), { max: 5 })
    return {
      sql,
      url: url.toString(),
      kind: 'postgres',
      migrate: () => migrate(sql, migrations),
      async close() {
        await sql.end({ timeout: 5 })
        await admin`drop database if exists ${admin(name)} with (force)`
        await admin.end({ timeout: 5 })
      },
    }
  }
  const template = inject('pgliteTemplate')
  const { sql, url, close } = await openEmbeddedSql(template ? { loadDataDir: new Blob([await readFile(template)]) } : {})
  return { sql, url, kind: 'pglite', migrate: () => migrate(sql, migrations), close }
}
