import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createLogger } from '../../../src/platform/logger.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type EmbeddingsServer, startEmbeddingsServer } from '../../helpers/embeddings-server.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson } from '../../helpers/http.js'

const need = (title: string, visibility: 'public' | 'park' | 'private') => ({
  title,
  industryCode: 'modern_coal_chemical',
  kind: 'breakthrough',
  status: 'open',
  visibility,
  problem: `${title}：煤焦油加氢催化剂积碳失活，装置运行周期不足三个月。`,
})

// With an OpenAI-compatible provider configured, a need's text goes to a third party. By default
// (EMBEDDING_PROVIDER_NEED_VISIBILITY=public,park) a private need's never does.
describe('what the embeddings provider is given', () => {
  let provider: EmbeddingsServer
  let t: TestApp
  let w: World
  const sentToProvider = () => provider.requests.flatMap((request) => request.inputs).join('\n')
  const drain = async () => {
    const deps = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(deps)).leased > 0);
  }
  const create = async (title: string, visibility: 'public' | 'park' | 'private') => {
    const res = await t.app.request('/v1/needs', json('POST', need(title, visibility), w.keys.enterpriseA.headers))
    expect(res.status).toBe(201)
    return { id: (await readJson(res, 'createNeed')).id as string, etag: res.headers.get('etag')! }
  }
  const vectors = async (id: string) =>
    (await t.db.sql<{ n: number }[]>`select count(*)::int as n from match_embeddings where kind = 'need' and id = ${id}`)[0]!.n
  const candidates = async (id: string) => {
    const res = await t.app.request(`/v1/needs/${id}/candidates`, { headers: w.keys.enterpriseA.headers })
    expect(res.status).toBe(200)
    return readJson(res, 'listNeedCandidates')
  }

  beforeAll(async () => {
    provider = await startEmbeddingsServer()
    t = await createTestApp({}, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: provider.baseURL, EMBEDDING_MODEL: 'bge-m3', EMBEDDING_DAILY_BUDGET: '0' })
    w = await createWorld(t.db.sql)
    await drain()
  })
  afterAll(async () => {
    await t.close()
    await provider.close()
  })

  it('embeds public and park needs through the provider, never a private one, which is ranked by full text saying why', async () => {
    provider.reset()
    const open = await create('公开的加氢需求', 'public')
    const park = await create('园区内可见的加氢需求', 'park')
    const secret = await create('保密的焦化新工艺需求', 'private')
    await drain()
    expect(sentToProvider()).toContain('公开的加氢需求')
    expect(sentToProvider()).toContain('园区内可见的加氢需求')
    expect(sentToProvider()).not.toContain('保密的焦化新工艺需求')
    expect([await vectors(open.id), await vectors(park.id), await vectors(secret.id)]).toEqual([1, 1, 0])

    provider.reset()
    const ranked = await candidates(secret.id)
    expect(ranked.unavailableRetrievers).toEqual(['vector'])
    expect(ranked.unavailableReasons).toEqual([{ retriever: 'vector', reason: expect.stringContaining('EMBEDDING_PROVIDER_NEED_VISIBILITY') }])
    expect(provider.requests).toHaveLength(0) // not even as a query
    const shared = await candidates(park.id)
    expect([shared.unavailableRetrievers, shared.unavailableReasons]).toEqual([[], []])
  })

  it('drops the vector of a need made private, and sends it no more', async () => {
    const { id, etag } = await create('先公开后保密的需求', 'park')
    await drain()
    expect(await vectors(id)).toBe(1)
    const changed = await t.app.request(`/v1/needs/${id}`, json('PATCH', { visibility: 'private', problem: '补充了保密的工艺参数：反应温度 380℃。' }, { ...w.keys.enterpriseA.headers, 'if-match': etag }))
    expect(changed.status).toBe(200)
    provider.reset()
    await drain()
    expect(await vectors(id)).toBe(0)
    expect(sentToProvider()).not.toContain('反应温度 380℃')
    expect((await candidates(id)).unavailableRetrievers).toEqual(['vector'])
  })

  it('names a provider that is down as the reason', async () => {
    const { id } = await create('提供方故障时的需求', 'public')
    provider.script(...Array.from({ length: 20 }, () => ({ status: 500 }) as const))
    const ranked = await candidates(id)
    expect(ranked.unavailableRetrievers).toEqual(['vector'])
    expect(ranked.unavailableReasons[0]!.reason).toContain('did not answer')
    provider.reset()
  })
})
