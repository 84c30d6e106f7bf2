import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { type Sql, createSql, vectorSearchSession } from './client.js'

/**
 * The embedded default (Node only): PGlite with pgvector, served over the PostgreSQL wire
 * protocol on loopback so the app uses postgres.js exactly as on a real server.
 *
 * PGlite is one backend session. The socket server multiplexes connections onto it, which
 * interleaves extended-protocol messages of concurrent clients, so callers must use a pool of
 * one connection without named prepared statements (`embeddedSqlOptions`).
 */
export interface EmbeddedDatabase {
  url: string
  stop(): Promise<void>
}

export const embeddedSqlOptions = { max: 1, prepare: false } as const

export interface EmbeddedSql {
  sql: Sql
  url: string
  /** Ends the pool, then stops the database. */
  close(): Promise<void>
}

/**
 * Starts an embedded database and opens the one-connection pool it allows. No server-side
 * timeouts: pglite-socket does not pass startup parameters on, and ending PGlite's one session
 * would end the database.
 */
export async function openEmbeddedSql(options: EmbeddedOptions = {}): Promise<EmbeddedSql> {
  const embedded = await startEmbeddedDatabase(options)
  const sql = createSql(embedded.url, embeddedSqlOptions)
  return {
    sql,
    url: embedded.url,
    async close() {
      await sql.end({ timeout: 5 })
      await embedded.stop()
    },
  }
}

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError'
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A second process opening the same PGlite files would corrupt them; the pid file prevents it. */
async function claimDataDir(dataDir: string): Promise<string> {
  const lockFile = path.join(dataDir, 'embedded.pid')
  const existing = await readFile(lockFile, 'utf8').catch(() => undefined)
  const pid = existing ? Number(existing.trim()) : undefined
  if (pid && pid !== process.pid && isRunning(pid)) {
    throw new DataDirInUseError(
      `${dataDir} is in use by process ${pid}; stop it first or set DATA_DIR to another folder`,
    )
  }
  await writeFile(lockFile, String(process.pid))
  return lockFile
}

export interface EmbeddedOptions {
  /** Folder for the database files; omitted means in memory (tests). */
  dataDir?: string
  /** A dump made by `dumpDataDir` to start from instead of running initdb (tests). */
  loadDataDir?: Blob
}

export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  let lockFile: string | undefined
  let pgDataDir: string | undefined
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true })
    lockFile = await claimDataDir(options.dataDir)
    pgDataDir = path.join(options.dataDir, 'pgdata')
  }
  const db = await PGlite.create({
    ...(pgDataDir ? { dataDir: pgDataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { vector },
  })
  // Its one session is every connection's: what a server's connections get as startup parameters
  // (pglite-socket does not pass those on) is set on it once.
  for (const [name, value] of Object.entries(vectorSearchSession)) await db.query('select set_config($1, $2, false)', [name, value])
  // More than one connection so a reconnect is never refused while the old socket closes.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 })
  await server.start()
  const port = server.getServerConn().split(':').at(-1)
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop()
      await db.close()
      if (lockFile) await rm(lockFile, { force: true })
    },
  }
}

/** Makes a fresh initdb'd database with pgvector and returns its files, to start many from. */
export async function dumpFreshEmbeddedDatabase(): Promise<Blob> {
  const db = await PGlite.create({ extensions: { vector } })
  await db.exec('create extension if not exists vector')
  const dump = await db.dumpDataDir('none')
  await db.close()
  return dump
}
