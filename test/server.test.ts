import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_ENTERPRISE_KEY } from '../seed/demo.js'
import { createTestDatabase } from './helpers/database.js'
import { freePort, spawnServer, waitForReady } from './helpers/server-process.js'
import { readJson } from './helpers/http.js'

const onServer = Boolean(process.env.TEST_DATABASE_URL)

/** The Node entry as `npm start` runs it: embedded PGlite under DATA_DIR, or DATABASE_URL. */
describe(`src/server.ts (${onServer ? 'DATABASE_URL' : 'embedded'})`, () => {
  it('starts on an empty database, keeps its data across a restart and stops on SIGTERM', { timeout: 180_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kechuang-data-'))
    const serverDb = onServer ? await createTestDatabase() : undefined
    // Embedded seeds the demo by default; a real server only when asked.
    const env: Record<string, string> = serverDb ? { DATABASE_URL: serverDb.url, SEED_DEMO: 'true' } : { DATA_DIR: dataDir }
    const auth = { authorization: `Bearer ${DEMO_ENTERPRISE_KEY}`, 'content-type': 'application/json' }
    const port = String(await freePort())
    try {
      const first = spawnServer({ ...env, PORT: port })
      await waitForReady(first)
      const ready = await readJson(await fetch(`${first.baseUrl}/readyz`), 'getReadiness')
      expect(ready.status).toBe('ready')
      expect(first.output()).toMatch(/"message":"migration applied","version":1/)
      expect(first.output()).toContain(`"database":"${onServer ? 'server' : 'embedded'}"`)
      expect(first.output()).toContain('"message":"demo data loaded"')
      // Once the demo's indexing burst is drained, the full-text statistics are taken.
      await expect
        .poll(() => first.output(), { timeout: 60_000, interval: 500 })
        .toMatch(/"message":"full-text statistics checked after indexing","refreshed":true,"lexemes":\d+,"documents":\d+/)
      const posted = await fetch(`${first.baseUrl}/v1/needs`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ title: '重启后仍在的需求', industryCode: 'new_materials', problem: '验证数据持久化', kind: 'consulting' }),
      })
      expect(posted.status).toBe(201)
      const needId = (await readJson(posted, 'createNeed')).id

      if (!onServer) {
        // A second process on the same files would corrupt them: it must refuse to start.
        const intruder = spawnServer({ ...env, PORT: String(await freePort()) })
        expect(await intruder.exited).toBe(1)
        expect(intruder.output()).toMatch(/is in use by process \d+/)
      }

      expect(await first.stop()).toBe(0)
      expect(first.output()).toMatch(/"message":"shutting down","signal":"SIGTERM"/)

      const second = spawnServer({ ...env, PORT: port })
      await waitForReady(second)
      expect(second.output()).toMatch(/"migrationsApplied":0/)
      expect(second.output()).not.toContain('demo data loaded')
      const kept = await fetch(`${second.baseUrl}/v1/needs/${needId}`, { headers: auth })
      expect((await readJson(kept, 'getNeed')).title).toBe('重启后仍在的需求')
      expect(await second.stop()).toBe(0)
    } finally {
      await serverDb?.close()
    }
  })

  it('fails at start naming a bad setting', async () => {
    const server = spawnServer({ PORT: 'eighty' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('invalid configuration')
    expect(server.output()).toMatch(/PORT: .*number/)
  })
})
