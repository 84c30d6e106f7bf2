import type { Queryable, Sql } from './client.js'

/** A migration as the runner sees it; `sql` is absent where only the manifest is bundled (Workers). */
export interface Migration {
  version: number
  name: string
  checksum: string
  sql?: string
}

export interface AppliedMigration {
  version: number
  name: string
  checksum: string
  appliedAt: Date
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

const fileNamePattern = /^(\d{4})_([a-z0-9_]+)\.sql$/

/** Parses `0001_init.sql`-style names; anything else in `sql/` is a mistake worth stopping for. */
export function parseMigrationFileName(fileName: string): { version: number; name: string } {
  const match = fileNamePattern.exec(fileName)
  if (!match) throw new MigrationError(`migration file "${fileName}" is not named NNNN_snake_case.sql`)
  return { version: Number(match[1]), name: match[2]! }
}

/** Forward-only: versions must run 1, 2, 3 … with no gap and no duplicate. */
export function assertContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(
        `migrations must be numbered 1..n without gaps: expected ${String(index + 1).padStart(4, '0')}, found ${String(migration.version).padStart(4, '0')}_${migration.name}`,
      )
    }
  })
}

export async function ensureMigrationsTable(sql: Queryable): Promise<void> {
  await sql`
    create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )
  `
}

export async function listAppliedMigrations(sql: Queryable): Promise<AppliedMigration[]> {
  const exists = await sql<{ present: boolean }[]>`
    select to_regclass('schema_migrations') is not null as present
  `
  if (!exists[0]?.present) return []
  return sql<AppliedMigration[]>`
    select version, name, checksum, applied_at as "appliedAt"
    from schema_migrations
    order by version
  `
}

export interface MigrationStatus {
  current: boolean
  applied: number
  expected: number
  problems: string[]
}

/** Compares what the database has applied with what this build expects. */
export function compareMigrations(
  expected: readonly Migration[],
  applied: readonly AppliedMigration[],
): MigrationStatus {
  const problems: string[] = []
  const byVersion = new Map(expected.map((migration) => [migration.version, migration]))
  for (const row of applied) {
    const known = byVersion.get(row.version)
    if (!known) problems.push(`database has migration ${row.version} (${row.name}) that this build does not know`)
    else if (known.checksum !== row.checksum)
      problems.push(`migration ${row.version} (${row.name}) was changed after it was applied`)
  }
  const pending = expected.filter((migration) => !applied.some((row) => row.version === migration.version))
  if (pending.length > 0) problems.push(`${pending.length} migration(s) pending, first ${pending[0]!.version}`)
  return { current: problems.length === 0, applied: applied.length, expected: expected.length, problems }
}

const migrationLockKey = 727_384_001

/**
 * Applies pending migrations, each in its own transaction holding an advisory lock, so two
 * starting servers cannot apply the same one twice. Refuses a database that is ahead of this
 * build or whose applied migrations were edited.
 */
export async function migrate(
  sql: Sql,
  migrations: readonly Migration[],
  onApplied: (migration: Migration) => void = () => {},
): Promise<Migration[]> {
  assertContiguous(migrations)
  await ensureMigrationsTable(sql)
  const appliedNow: Migration[] = []
  for (const migration of migrations) {
    if (migration.sql === undefined) throw new MigrationError(`migration ${migration.version} has no SQL loaded`)
    const ran = await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${migrationLockKey})`
      const applied = await listAppliedMigrations(tx)
      const status = compareMigrations(migrations, applied)
      const blocking = status.problems.filter((problem) => !problem.includes('pending'))
      if (blocking.length > 0) throw new MigrationError(blocking.join('; '))
      if (applied.some((row) => row.version === migration.version)) return false
      await tx.unsafe(migration.sql!)
      await tx`
        insert into schema_migrations (version, name, checksum)
        values (${migration.version}, ${migration.name}, ${migration.checksum})
      `
      return true
    })
    if (ran) {
      appliedNow.push(migration)
      onApplied(migration)
    }
  }
  return appliedNow
}
