import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createLogger } from '../../../src/platform/logger.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type EmbeddingsServer, startEmbeddingsServer } from '../../helpers/embeddings-server.js'
import { type World, createKey, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

const need = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  industryCode: 'modern_coal_chemical',
  kind: 'breakthrough',
  status: 'open',
  visibility: 'public',
  problem: `${title}：加氢催化剂积碳失活，装置运行周期短。`,
  ...extra,
})

describe('embedding budget with a paid (OpenAI-compatible) provider', () => {
  let provider: EmbeddingsServer
  let t: TestApp
  let w: World
  const inputsSent = () => provider.requests.reduce((sum, request) => sum + request.inputs.length, 0)
  const drain = async () => {
    const deps = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(deps)).leased > 0);
  }

  beforeAll(async () => {
    provider = await startEmbeddingsServer()
    t = await createTestApp({}, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: provider.baseURL, EMBEDDING_MODEL: 'bge-m3', EMBEDDING_DAILY_BUDGET: '2' })
    w = await createWorld(t.db.sql)
  })
  afterAll(async () => {
    await t.close()
    await provider.close()
  })

  it('refuses a key\'s writes to searchable text once its budget is spent; other keys and other requests go on', async () => {
    const { headers } = await createKey(t.db.sql, 'enterprise', { enterpriseId: w.enterpriseA.id })
    for (const title of ['焦化副产油品加氢', '煤焦油深加工']) {
      expect((await t.app.request('/v1/needs', json('POST', need(title), headers))).status).toBe(201)
    }
    const refused = await t.app.request('/v1/needs', json('POST', need('第三项需求'), headers))
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(86_000)
    expect(retryAfter).toBeLessThanOrEqual(86_400)
    expect(refused.headers.get('ratelimit-policy')).toMatch(/^"default";/)
    const problem = await readProblem(refused)
    expect(problem).toMatchObject({ status: 429, code: 'embedding_budget_exhausted' })
    expect(problem.detail).toContain('EMBEDDING_DAILY_BUDGET is 2')

    // Reads, and the need list, are not budgeted; another key has its own budget.
    const list = await readJson(await t.app.request('/v1/needs?limit=100', { headers }), 'listNeeds')
    expect(list.items.map((n: { title: string }) => n.title).sort()).toEqual(['焦化副产油品加氢', '煤焦油深加工'].sort())
    expect((await t.app.request('/v1/needs', json('POST', need('乙企业的需求'), w.keys.enterpriseB.headers))).status).toBe(201)

    // The provider embeds exactly the three accepted needs, never the refused one.
    provider.reset()
    await drain()
    expect(inputsSent()).toBe(3)
    expect(provider.requests.flatMap((request) => request.inputs).some((input) => input.includes('第三项需求'))).toBe(false)
  })

  it('does not charge writes to private needs, whose text the provider is never given', async () => {
    const { headers } = await createKey(t.db.sql, 'enterprise', { enterpriseId: w.enterpriseA.id })
    for (const title of ['保密需求一', '保密需求二', '保密需求三']) {
      expect((await t.app.request('/v1/needs', json('POST', need(title, { visibility: 'private' }), headers))).status).toBe(201)
    }
    for (const title of ['公开需求一', '公开需求二']) {
      expect((await t.app.request('/v1/needs', json('POST', need(title), headers))).status).toBe(201)
    }
    expect((await t.app.request('/v1/needs', json('POST', need('公开需求三'), headers))).status).toBe(429)
  })

  it('charges a ranking that embeds a need without a stored vector; past the budget it ranks by full text', async () => {
    const { headers } = await createKey(t.db.sql, 'admin')
    const created = await t.app.request('/v1/needs', json('POST', need('尚未索引的需求', { enterpriseId: w.enterpriseA.id }), headers))
    expect(created.status).toBe(201)
    const needId = (await readJson(created, 'createNeed')).id
    provider.reset()

    // Budget 2: the create took one, this ranking the other (the need has no vector yet).
    const first = await readJson(await t.app.request(`/v1/needs/${needId}/candidates`, { headers }), 'listNeedCandidates')
    expect(first.unavailableRetrievers).toEqual([])
    expect(inputsSent()).toBe(1)

    const second = await t.app.request(`/v1/needs/${needId}/candidates`, { headers })
    expect(second.status).toBe(200)
    expect((await readJson(second, 'listNeedCandidates')).unavailableRetrievers).toEqual(['vector'])
    expect(inputsSent()).toBe(1)
  })

  it('does not charge a ranking of a need whose vector is stored', async () => {
    const { headers } = await createKey(t.db.sql, 'admin')
    const created = await t.app.request('/v1/needs', json('POST', need('已索引的需求', { enterpriseId: w.enterpriseA.id }), headers))
    const needId = (await readJson(created, 'createNeed')).id
    await drain()
    provider.reset()
    for (let i = 0; i < 3; i++) {
      const answer = await readJson(await t.app.request(`/v1/needs/${needId}/candidates`, { headers }), 'listNeedCandidates')
      expect(answer.unavailableRetrievers).toEqual([])
    }
    expect(inputsSent()).toBe(0)
    // One create charged, so one write is left.
    expect((await t.app.request('/v1/needs', json('POST', need('再一项', { enterpriseId: w.enterpriseA.id }), headers))).status).toBe(201)
    expect((await t.app.request('/v1/needs', json('POST', need('又一项', { enterpriseId: w.enterpriseA.id }), headers))).status).toBe(429)
  })

  it('does not charge writes that change no searchable text', async () => {
    const { headers } = await createKey(t.db.sql, 'admin')
    for (let i = 0; i < 3; i++) {
      const res = await t.app.request('/v1/parks', json('POST', { name: `预算测试园区${i}`, regionCode: '140400', keyIndustries: ['new_materials'] }, headers))
      expect(res.status).toBe(201)
    }
    expect((await t.app.request('/v1/needs', json('POST', need('园区之后的需求', { enterpriseId: w.enterpriseA.id }), headers))).status).toBe(201)
  })
})

describe('embedding budget with the local embedder', () => {
  it('does not apply: the local embedder costs nothing', async () => {
    const t = await createTestApp({}, { EMBEDDING_DAILY_BUDGET: '1' })
    try {
      const w = await createWorld(t.db.sql)
      for (let i = 0; i < 3; i++) {
        expect((await t.app.request('/v1/needs', json('POST', need(`本地需求${i}`), w.keys.enterpriseA.headers))).status).toBe(201)
      }
    } finally {
      await t.close()
    }
  })
})
