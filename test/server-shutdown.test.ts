import { request } from 'node:http'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_ENTERPRISE_KEY } from '../seed/demo.js'
import { createSql } from '../src/platform/db/client.js'
import { embeddedSqlOptions, startEmbeddedDatabase } from '../src/platform/db/embedded.js'
import { createTestDatabase } from './helpers/database.js'
import { startEmbeddingsServer } from './helpers/embeddings-server.js'
import { readJson } from './helpers/http.js'
import { freePort, spawnServer, waitForReady } from './helpers/server-process.js'

const onServer = Boolean(process.env.TEST_DATABASE_URL)

/** A request over a new connection; resolves with the status, rejects if the connection is refused. */
function rawRequest(url: string, init: { method: string; headers: Record<string, string> }, body: Buffer) {
  const req = request(url, { method: init.method, headers: { ...init.headers, 'content-length': String(body.length) }, agent: false })
  const answered = new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    req.on('error', reject)
    req.on('response', (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, body: text, headers: res.headers }))
    })
  })
  return { req, answered }
}

describe(`graceful shutdown of src/server.ts (${onServer ? 'DATABASE_URL' : 'embedded'})`, () => {
  it('on SIGTERM stops accepting, answers the request in flight, gives back leased outbox jobs and exits 0', { timeout: 180_000 }, async () => {
    // An embedding provider that never answers: the drainer is stuck in a call with jobs leased.
    const provider = await startEmbeddingsServer()
    provider.script(...Array.from({ length: 20 }, () => 'hang' as const))
    const serverDb = onServer ? await createTestDatabase() : undefined
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kechuang-shutdown-'))
    const env: Record<string, string> = {
      ...(serverDb ? { DATABASE_URL: serverDb.url, SEED_DEMO: 'true' } : { DATA_DIR: dataDir }),
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: provider.baseURL,
      PORT: String(await freePort()),
    }
    const auth = { authorization: `Bearer ${DEMO_ENTERPRISE_KEY}` }
    const server = spawnServer(env)
    try {
      await waitForReady(server)
      await expect.poll(() => provider.requests.length, { timeout: 60_000, interval: 200 }).toBeGreaterThan(0)

      const me = await readJson(await fetch(`${server.baseUrl}/v1/me`, { headers: auth }), 'getMe')
      const [need] = (await readJson(await fetch(`${server.baseUrl}/v1/needs?limit=1&enterpriseId=${me.enterpriseId}`, { headers: auth }), 'listNeeds')).items
      const etag = (await fetch(`${server.baseUrl}/v1/needs/${need!.id}`, { headers: auth })).headers.get('etag')!
      // A slow client: the request is in flight (headers in, body half sent) when SIGTERM arrives.
      const body = Buffer.from(JSON.stringify({ title: '关停期间仍完成的修改' }))
      const slow = rawRequest(`${server.baseUrl}/v1/needs/${need!.id}`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json', 'if-match': etag },
      }, body)
      slow.req.write(body.subarray(0, 10))
      await new Promise((resolve) => setTimeout(resolve, 300))

      const signalledAt = Date.now()
      server.child.kill('SIGTERM')
      await expect.poll(() => server.output(), { timeout: 5000, interval: 50 }).toContain('"message":"shutting down","signal":"SIGTERM"')
      // No longer accepting: a new connection is refused while the slow request is still open.
      await expect(rawRequest(`${server.baseUrl}/healthz`, { method: 'GET', headers: {} }, Buffer.alloc(0)).answered).rejects.toMatchObject({ code: 'ECONNREFUSED' })
      expect(server.child.exitCode).toBeNull()

      await new Promise((resolve) => setTimeout(resolve, 500))
      slow.req.end(body.subarray(10))
      const answer = await slow.answered
      expect(answer.status, answer.body).toBe(200)
      expect(JSON.parse(answer.body).title).toBe('关停期间仍完成的修改')

      expect(await server.exited).toBe(0)
      // Not held up by the provider call in flight (its client would wait 15 s per attempt).
      expect(Date.now() - signalledAt).toBeLessThan(10_000)
      expect(server.output()).toMatch(/"message":"outbox jobs given back at shutdown","released":[1-9]\d*/)
      expect(server.output()).toContain('"message":"stopped"')
    } finally {
      await server.stop('SIGKILL')
      await provider.close()
    }

    // Nothing is left leased: every unfinished job is due now or waits out a recorded failure.
    const embedded = serverDb ? undefined : await startEmbeddedDatabase({ dataDir })
    const sql = createSql(serverDb?.url ?? embedded!.url, serverDb ? { max: 1 } : embeddedSqlOptions)
    try {
      const [jobs] = await sql<{ pending: number; leased: number }[]>`
        select count(*) filter (where done_at is null)::int as pending,
               count(*) filter (where done_at is null and last_error is null and available_at > now())::int as leased
        from outbox
      `
      expect(jobs!.pending).toBeGreaterThan(0)
      expect(jobs!.leased).toBe(0)
      const [need] = await sql<{ n: number }[]>`select count(*)::int as n from needs where title = '关停期间仍完成的修改'`
      expect(need!.n).toBe(1)
    } finally {
      await sql.end({ timeout: 5 })
      await embedded?.stop()
      await serverDb?.close()
    }
  })

  // A lock taken from another session: PGlite is one session and cannot hold one against the server.
  it.skipIf(!onServer)('work stuck on the database at SIGTERM is cut off before the grace period ends, and the server exits 0', { timeout: 120_000 }, async () => {
    const serverDb = await createTestDatabase()
    const deadlineMs = 1000
    const server = spawnServer({ DATABASE_URL: serverDb.url, SEED_DEMO: 'true', REQUEST_DEADLINE_MS: String(deadlineMs), PORT: String(await freePort()) })
    const locker = createSql(serverDb.url, { max: 1 })
    const auth = { authorization: `Bearer ${DEMO_ENTERPRISE_KEY}` }
    let unlock: () => void = () => {}
    try {
      await waitForReady(server)
      const [need] = (await readJson(await fetch(`${server.baseUrl}/v1/needs?limit=1`, { headers: auth }), 'listNeeds')).items
      // Held until the end: every search and every indexing job waits on it (statement timeout 15 s).
      const held = new Promise<void>((resolve) => (unlock = resolve))
      const locked = new Promise<void>((resolve) => {
        void locker.begin(async (tx) => {
          await tx`lock table match_documents in access exclusive mode`
          resolve()
          await held
        })
      })
      await locked
      // A write the outbox then indexes: the drainer's job waits on the lock too.
      const created = await fetch(`${server.baseUrl}/v1/needs`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: '关停时卡在锁上的索引任务', industryCode: need!.industryCode, kind: 'consulting', status: 'open', problem: '焦化废水酚氨回收率不足。' }),
      })
      expect(created.status).toBe(201)
      const { id } = (await created.json()) as { id: string }
      const candidates = await fetch(`${server.baseUrl}/v1/needs/${id}/candidates?limit=5`, { headers: auth })
      expect(candidates.status).toBe(503)
      await new Promise((resolve) => setTimeout(resolve, 2500)) // the drainer's next turn takes the job

      const signalledAt = Date.now()
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
      // Before the grace period (deadline + 5 s) ends, not at it.
      expect(Date.now() - signalledAt).toBeLessThan(deadlineMs + 5000)
      expect(server.output()).toContain('"message":"shutdown: work still waiting on the database at the cut-off; closing the pool under it"')
      expect(server.output()).toContain('"message":"stopped"')
    } finally {
      unlock()
      await server.stop('SIGKILL')
      await locker.end({ timeout: 5 })
      await serverDb.close()
    }
  })
})
