import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox, retryDelaySeconds } from '../../../src/modules/matching/index/indexer.js'
import { createLogger } from '../../../src/platform/logger.js'
import { OpenAIEmbedder } from '../../../src/modules/matching/embeddings/openai.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { startEmbeddingsServer } from '../../helpers/embeddings-server.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson } from '../../helpers/http.js'

const need = { title: '煤焦油加氢催化剂失活快', industryCode: 'modern_coal_chemical', problem: '催化剂积碳严重，运行周期不足三个月。', kind: 'breakthrough', status: 'open' }

/** An embeddings endpoint that is down (500) until told otherwise, then answers with unit vectors. */
function startProvider() {
  let healthy = false
  let calls = 0
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      calls++
      if (!healthy) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'down' } }))
        return
      }
      const { input, dimensions } = JSON.parse(body) as { input: string[]; dimensions: number }
      const data = input.map((_, index) => ({ object: 'embedding', index, embedding: Array.from({ length: dimensions }, (_, i) => (i === index % dimensions ? 1 : 0)) }))
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model: 'bge-m3', usage: { prompt_tokens: 1, total_tokens: 1 } }))
    })
  })
  return new Promise<{ url: string; setHealthy(value: boolean): void; calls(): number; close(): Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}/v1`,
        setHealthy: (value) => (healthy = value),
        calls: () => calls,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

describe('indexing through the outbox', () => {
  let t: TestApp
  let w: World
  const logger = createLogger('silent')
  beforeAll(async () => {
    // The hashed embedder makes a vector per write, with no model to fit first (LSA: test/modules/matching/embeddings/lsa.test.ts).
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash' })
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  const pending = async (entityId: string) =>
    t.db.sql<{ attempts: number; lastError: string | null; doneAt: Date | null; due: boolean }[]>`
      select attempts, last_error, done_at, available_at <= now() as due from outbox where entity_id = ${entityId} order by id
    `

  it('a write records its indexing job in the same transaction; a rejected write records none', async () => {
    const before = await t.db.sql`select count(*)::int as n from outbox`
    const rejected = await t.app.request('/v1/needs', json('POST', { ...need, kind: 'magic' }, w.keys.enterpriseA.headers))
    expect(rejected.status).toBe(400)
    expect((await t.db.sql`select count(*)::int as n from outbox`)[0]!.n).toBe(before[0]!.n)
    const res = await t.app.request('/v1/needs', json('POST', need, w.keys.enterpriseA.headers))
    const { id } = await readJson(res, 'createNeed')
    expect(await pending(id)).toEqual([{ attempts: 0, lastError: null, doneAt: null, due: true }])
  })

  it('draining builds the document and its embedding, and full text finds it', async () => {
    const deps = createIndexingDeps(t.config, t.db.sql, logger)
    const res = await t.app.request('/v1/experts', json('POST', {
      name: '郭志强', title: '研究员', organisation: '中国科学院山西煤炭化学研究所',
      fields: ['煤焦油加氢'], keywords: ['加氢催化剂', '积碳'], bio: '长期从事煤焦油加氢精制与催化剂再生研究。',
    }, w.keys.admin.headers))
    const expert = await readJson(res, 'createExpert')
    let result
    do result = await drainOutbox(deps)
    while (result.leased > 0)
    const [doc] = await t.db.sql`select kind, title, available from match_documents where id = ${expert.id}`
    expect(doc).toMatchObject({ kind: 'expert', title: '煤焦油加氢', available: true })
    const [embedding] = await t.db.sql<{ model: string; dimensions: number }[]>`select model, dimensions from match_embeddings where id = ${expert.id}`
    expect(embedding).toEqual({ model: deps.embedder.model, dimensions: t.config.EMBEDDING_DIMENSIONS })
    const hits = await deps.fullText.search('焦油加氢催化剂积碳失活', { kinds: ['expert'] }, 5)
    expect(hits[0]?.id).toBe(expert.id)
    expect((await pending(expert.id)).every((job) => job.doneAt !== null)).toBe(true)
  })

  it('a provider that is down leaves the job for retry; the write and full text still work', async () => {
    const provider = await startProvider()
    try {
      const embedder = new OpenAIEmbedder({ apiKey: 'sk-test', baseURL: provider.url, model: 'bge-m3', dimensions: 512, maxAttempts: 2, initialBackoffMs: 1, maxBackoffMs: 5 })
      const deps = { ...createIndexingDeps(t.config, t.db.sql, logger), embedder }
      const res = await t.app.request('/v1/needs', json('POST', { ...need, title: '气化炉渣资源化利用' }, w.keys.enterpriseA.headers))
      expect(res.status).toBe(201)
      const { id } = await readJson(res, 'createNeed')

      const failed = await drainOutbox(deps)
      expect(failed.retried).toBeGreaterThan(0)
      const [job] = await pending(id)
      expect(job).toMatchObject({ attempts: 1, doneAt: null, due: false })
      expect(job!.lastError).toBeTruthy()
      expect(provider.calls()).toBe(2)
      // The document was written before the embedding failed, so full text already knows the need.
      const [doc] = await t.db.sql<{ title: string }[]>`select title from match_documents where id = ${id}`
      expect(doc?.title).toBe('气化炉渣资源化利用')
      expect((await t.db.sql`select 1 from match_embeddings where id = ${id} and model = ${embedder.model}`).length).toBe(0)

      // Not due yet: a second pass leaves it alone.
      expect((await drainOutbox(deps)).leased).toBe(0)
      provider.setHealthy(true)
      await t.db.sql`update outbox set available_at = now() where entity_id = ${id}`
      const recovered = await drainOutbox(deps)
      expect(recovered.done).toBeGreaterThan(0)
      expect((await pending(id)).at(-1)).toMatchObject({ attempts: 2, lastError: null })
      expect((await t.db.sql`select 1 from match_embeddings where id = ${id} and model = ${embedder.model}`).length).toBe(1)
    } finally {
      await provider.close()
    }
  })

  it('an aborted drain (shutdown) gives its jobs back, due at once and the attempt not counted', async () => {
    const provider = await startEmbeddingsServer()
    try {
      const embedder = new OpenAIEmbedder({ apiKey: 'sk-test', baseURL: provider.baseURL, model: 'bge-m3', dimensions: 512, maxAttempts: 1 })
      const deps = { ...createIndexingDeps(t.config, t.db.sql, logger), embedder }
      while ((await drainOutbox(deps)).leased > 0);
      provider.script('hang')
      const res = await t.app.request('/v1/needs', json('POST', { ...need, title: '关停时正在索引的需求' }, w.keys.enterpriseA.headers))
      const { id } = await readJson(res, 'createNeed')
      const stopping = new AbortController()
      const draining = drainOutbox(deps, { signal: stopping.signal })
      await expect.poll(() => provider.requests.length).toBeGreaterThan(0)
      expect(await pending(id)).toEqual([{ attempts: 1, lastError: null, doneAt: null, due: false }])
      stopping.abort(new Error('shutting down'))
      expect(await draining).toMatchObject({ leased: 1, done: 0, retried: 0, released: 1 })
      expect(await pending(id)).toEqual([{ attempts: 0, lastError: null, doneAt: null, due: true }])
    } finally {
      await provider.close()
    }
  })

  it('re-indexes an expert\'s workstations when the expert changes', async () => {
    const deps = createIndexingDeps(t.config, t.db.sql, logger)
    const station = await t.app.request('/v1/workstations', json('POST', {
      name: '煤化工专家工作站', kind: 'expert_station', hostEnterpriseId: w.enterpriseA.id, leadExpertId: w.expertA.id,
    }, w.keys.admin.headers))
    const stationId = (await readJson(station, 'createWorkstation')).id
    while ((await drainOutbox(deps)).leased > 0);
    const etag = (await t.app.request(`/v1/experts/${w.expertA.id}`, { headers: w.keys.admin.headers })).headers.get('etag')!
    await t.app.request(`/v1/experts/${w.expertA.id}`, json('PATCH', { keywords: ['费托合成'] }, { ...w.keys.expertA.headers, 'if-match': etag }))
    while ((await drainOutbox(deps)).leased > 0);
    const [doc] = await t.db.sql<{ body: string }[]>`select body from match_documents where kind = 'workstation' and id = ${stationId}`
    expect(doc!.body).toContain('费托合成')
  })

  it('backs off exponentially, capped, with jitter', () => {
    expect(retryDelaySeconds(1)).toBeGreaterThanOrEqual(4)
    expect(retryDelaySeconds(1)).toBeLessThanOrEqual(6)
    expect(retryDelaySeconds(4)).toBeGreaterThanOrEqual(32)
    expect(retryDelaySeconds(30)).toBeLessThanOrEqual(4320)
  })
})
