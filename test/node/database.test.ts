import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/platform/config.js'
import { toApiError } from '../../src/platform/http/problem.js'
import { openNodeDatabase } from '../../src/node/database.js'
import { type TestDatabase, createTestDatabase } from '../helpers/database.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// A client that vanishes mid-transaction must not hold its locks until TCP gives up: on a server
// the session is ended after DATABASE_STATEMENT_TIMEOUT_MS idle inside a transaction.
// Each suite run checks its own mode (TEST_DATABASE_URL: a server; otherwise PGlite), so neither skips.
if (process.env.TEST_DATABASE_URL) describe('server database sessions', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase()
    await db.sql`create table lock_probe (id int primary key, n int not null)`
    await db.sql`insert into lock_probe values (1, 0)`
  })
  afterAll(() => db.close())

  it('ends a transaction left idle past the statement deadline, releasing its row locks, and the error is a 503', async () => {
    const node = await openNodeDatabase(parseConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, DATABASE_STATEMENT_TIMEOUT_MS: '300' }))
    try {
      let released!: () => void
      const lockTaken = new Promise<void>((resolve) => (released = resolve))
      // Its outcome is taken at once: it may fail (the server ends the session) while the update
      // below still waits, and a rejection nobody holds yet is reported as unhandled.
      const abandoned = node.sql
        .begin(async (tx) => {
          await tx`update lock_probe set n = n + 1 where id = 1`
          released()
          await sleep(1500) // the client stops talking while holding the row lock
          await tx`select 1`
        })
        .then(() => undefined, (reason: unknown) => reason)
      await lockTaken
      const started = performance.now()
      await db.sql`update lock_probe set n = n + 10 where id = 1`
      const waitedMs = performance.now() - started
      const error = await abandoned
      expect((error as { code?: string }).code).toMatch(/^(25P03|CONNECTION_CLOSED|CONNECTION_DESTROYED|ECONNRESET)$/)
      expect(toApiError(error).code).toBe('service_unavailable')
      expect(waitedMs).toBeLessThan(1400)
      const [row] = await db.sql<{ n: number }[]>`select n from lock_probe where id = 1`
      expect(row!.n).toBe(10) // the abandoned increment was rolled back
      expect(await node.sql`select 1 as one`).toEqual([{ one: 1 }]) // the pool reconnects
    } finally {
      await node.close()
    }
  })
})

else describe('embedded database session', () => {
  it('sets no server-side timeouts: PGlite has one session, and ending it would end the database', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kechuang-session-'))
    const node = await openNodeDatabase(parseConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_STATEMENT_TIMEOUT_MS: '300' }))
    try {
      const [setting] = await node.sql<{ value: string }[]>`select current_setting('idle_in_transaction_session_timeout') as value`
      expect(setting!.value).toBe('0')
      const [statement] = await node.sql<{ value: string }[]>`select current_setting('statement_timeout') as value`
      expect(statement!.value).toBe('0')
    } finally {
      await node.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
