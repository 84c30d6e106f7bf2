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
})
