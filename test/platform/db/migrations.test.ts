import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checksumOf, loadMigrationFiles, renderManifest } from '../../../src/platform/db/migration-files.js'
import { migrationManifest } from '../../../src/platform/db/migrations.manifest.js'
import { type Migration, MigrationError, listAppliedMigrations, migrate } from '../../../src/platform/db/migrations.js'
import { type TestDatabase, createTestDatabase } from '../../helpers/database.js'
import { readFile } from 'node:fs/promises'

function migration(version: number, name: string, text: string): Migration {
  return { version, name, checksum: checksumOf(text), sql: text }
}

describe('migration runner', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase()
  })
  afterAll(() => db.close())

  const first = migration(1, 'first', 'create table runner_a (id int primary key);')
  const second = migration(2, 'second', 'create table runner_b (id int primary key);')

  it('applies pending migrations in order and records each', async () => {
    expect(await migrate(db.sql, [first])).toHaveLength(1)
    expect(await migrate(db.sql, [first, second])).toEqual([second])
    const applied = await listAppliedMigrations(db.sql)
    expect(applied.map((row) => [row.version, row.name, row.checksum])).toEqual([
      [1, 'first', first.checksum],
      [2, 'second', second.checksum],
    ])
    expect(applied[0]!.appliedAt).toBeInstanceOf(Date)
  })

  it('does nothing on a second run', async () => {
    expect(await migrate(db.sql, [first, second])).toEqual([])
  })

  it('refuses a gap in the numbering before touching the database', async () => {
    const fourth = migration(4, 'fourth', 'create table runner_d (id int);')
    await expect(migrate(db.sql, [first, second, fourth])).rejects.toThrow(/without gaps.*0003/)
    const [row] = await db.sql`select to_regclass('runner_d') is null as absent`
    expect(row!.absent).toBe(true)
  })

  it('refuses an applied migration whose file changed', async () => {
    const edited = migration(1, 'first', 'create table runner_a (id bigint primary key);')
    await expect(migrate(db.sql, [edited, second])).rejects.toThrow(/was changed after it was applied/)
  })

  it('refuses a database that is ahead of this build', async () => {
    await expect(migrate(db.sql, [first])).rejects.toThrow(/does not know/)
  })

  it('rolls a failing migration back whole', async () => {
    const broken = migration(3, 'broken', 'create table runner_c (id int); select no_such_function();')
    await expect(migrate(db.sql, [first, second, broken])).rejects.toThrow(/no_such_function/)
    const [row] = await db.sql`select to_regclass('runner_c') is null as absent`
    expect(row!.absent).toBe(true)
    expect((await listAppliedMigrations(db.sql)).map((r) => r.version)).toEqual([1, 2])
  })

  it('lets only one of two concurrent runners apply a migration', async () => {
    const third = migration(3, 'third', 'create table runner_e (id int);')
    const results = await Promise.all([migrate(db.sql, [first, second, third]), migrate(db.sql, [first, second, third])])
    expect(results.flat()).toHaveLength(1)
  })
})

describe('migration files', () => {
  it('start by enabling pgvector', async () => {
    const [first] = await loadMigrationFiles()
    expect(first!.sql).toMatch(/^\s*(--[^\n]*\n)*\s*create extension if not exists vector/i)
  })

  it('match the manifest bundled into the Worker (run `npm run migrate -- --manifest`)', async () => {
    const files = await loadMigrationFiles()
    expect(migrationManifest).toEqual(files.map(({ version, name, checksum }) => ({ version, name, checksum })))
    const onDisk = await readFile(new URL('../../../src/platform/db/migrations.manifest.ts', import.meta.url), 'utf8')
    expect(onDisk).toBe(renderManifest(files))
  })

  it('refuses a folder with a gap or a badly named file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'))
    await writeFile(path.join(dir, '0001_a.sql'), 'select 1;')
    await writeFile(path.join(dir, '0003_c.sql'), 'select 1;')
    await expect(loadMigrationFiles(dir)).rejects.toThrow(MigrationError)
    const dir2 = await mkdtemp(path.join(os.tmpdir(), 'migrations-'))
    await writeFile(path.join(dir2, '1_a.sql'), 'select 1;')
    await expect(loadMigrationFiles(dir2)).rejects.toThrow(/NNNN_snake_case/)
  })
})
