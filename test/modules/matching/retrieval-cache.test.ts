import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../src/http/app.js'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import type { IndexingDeps } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { loadMatchSources } from '../../../src/modules/matching/index/search-sources.js'
import { toMatchDocument } from '../../../src/modules/matching/index/search-document.js'
import { createRetrievalCache, readIndexGeneration } from '../../../src/modules/matching/retrieval-cache.js'
import type { Retrieval } from '../../../src/modules/matching/retrieval.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson } from '../../helpers/http.js'
import { coalExpert, coalNeed } from './coal-fixtures.js'

describe('kept candidate retrievals', () => {
  let t: TestApp
  let w: World
  let indexing: IndexingDeps
  let needId: string
  const experts: Record<string, string> = {}

  const drain = async () => {
    while ((await drainOutbox(indexing)).leased > 0);
  }
  const createExpert = async (name: string, body: Record<string, unknown> = {}) => {
    const res = await t.app.request('/v1/experts', json('POST', { name, organisation: `${name}所在单位`, ...coalExpert, ...body }, w.keys.admin.headers))
    expect(res.status).toBe(201)
    experts[name] = (await readJson(res, 'createExpert')).id
  }
  const candidatesFrom = async (app: TestApp['app']) => {
    const res = await app.request(`/v1/needs/${needId}/candidates?kinds=expert&limit=10`, { headers: w.keys.enterpriseA.headers })
    expect(res.status).toBe(200)
    return readJson(res, 'listNeedCandidates')
  }
  const candidates = () => candidatesFrom(t.app)
  const stats = () => indexing.retrievalCache!.stats()
  const generation = () => readIndexGeneration(t.db.sql)

  beforeAll(async () => {
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash' })
    w = await createWorld(t.db.sql)
    indexing = t.deps.retrievers(t.db.sql) as IndexingDeps
    await createExpert('郭志强')
    await createExpert('王建华', { keywords: ['煤焦油', '加氢精制'], bio: '从事焦化副产油品加氢精制研究。' })
    needId = (await readJson(await t.app.request('/v1/needs', json('POST', coalNeed, w.keys.enterpriseA.headers)), 'createNeed')).id
    await drain()
  })
  afterAll(() => t.close())

  it('answer a need asked for again from the kept retrieval, exactly as a search would', async () => {
    const first = await candidates()
    const before = stats()
    const again = await candidates()
    expect(stats().hits).toBe(before.hits + 1)
    expect(again).toEqual(first)
    expect(first.candidates.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([experts['郭志强'], experts['王建华']]))
    // The same app without kept retrievals (as on Workers) answers the same.
    const searched = await candidatesFrom(createApp({ ...t.deps, retrievers: () => createIndexingDeps(t.config, t.db.sql, createLogger('silent')) }))
    expect(searched).toEqual(first)
  })

  it('search again once a candidate\'s profile changed: the edit moves the generation in its own transaction', async () => {
    const first = await candidates()
    const listed = first.candidates.find((c: { id: string }) => c.id === experts['王建华'])
    expect(listed?.reasons.retrievers.full_text).toBeDefined()
    const at = await generation()
    const current = await t.app.request(`/v1/experts/${experts['王建华']}`, { headers: w.keys.admin.headers })
    const edit = await t.app.request(`/v1/experts/${experts['王建华']}`, json('PATCH', {
      fields: ['抗体药物'], keywords: ['单克隆抗体', '细胞培养'], bio: '从事抗体药物工艺开发。',
    }, { ...w.keys.admin.headers, 'if-match': current.headers.get('etag')! }))
    expect(edit.status).toBe(200)
    await drain()
    expect(await generation()).toBeGreaterThan(at)
    const after = await candidates()
    // Kept past the edit, the retrieval would still credit the old text's terms to the expert.
    const now = after.candidates.find((c: { id: string }) => c.id === experts['王建华'])
    expect(now?.reasons.retrievers.full_text).toBeUndefined()
    expect(after.candidates.map((c: { id: string }) => c.id)).toContain(experts['郭志强'])
  })

  it('leave the generation where it is for what no candidate search reads: a need, and a rewrite with nothing new', async () => {
    const at = await generation()
    const need = await t.app.request('/v1/needs', json('POST', { ...coalNeed, title: '焦化废水深度处理' }, w.keys.enterpriseA.headers))
    expect(need.status).toBe(201)
    await drain()
    const [source] = await loadMatchSources(t.db.sql, 'expert', [experts['郭志强']!])
    await indexing.documents.upsert([toMatchDocument(source!)])
    await t.db.sql`update match_documents set updated_at = now() where kind = 'expert' and id = ${experts['郭志强']!}`
    expect(await generation()).toBe(at)
    // Kept since the previous test's last ranking: both answered from it.
    const before = stats()
    await candidates()
    await candidates()
    expect(stats().hits).toBe(before.hits + 2)
  })

  it('move it when a candidate\'s filters or terms, the term statistics or a vector change, or a candidate is removed', async () => {
    let at = await generation()
    await t.db.sql`update match_documents set available = false where kind = 'expert' and id = ${experts['郭志强']!}`
    expect(await generation()).toBe(at + 1)
    at = await generation()
    await t.db.sql`update match_documents set available = true, terms = terms || 'x:1'::tsvector where kind = 'expert' and id = ${experts['郭志强']!}`
    expect(await generation()).toBe(at + 1)
    at = await generation()
    await indexing.documents.maintain({ force: true })
    expect(await generation()).toBeGreaterThan(at)
    at = await generation()
    await t.db.sql`update match_embeddings set embedding = (select embedding from match_embeddings where kind = 'need' limit 1) where kind = 'expert' and id = ${experts['郭志强']!}`
    expect(await generation()).toBe(at + 1)
    at = await generation()
    // Its vectors go with it (on delete cascade): a bump for each table.
    await t.db.sql`delete from match_documents where kind = 'expert' and id = ${experts['王建华']!}`
    expect(await generation()).toBeGreaterThan(at)
  })
})

describe('createRetrievalCache', () => {
  const retrieval = (label: string) => ({ textHits: [], vectorHits: [], queryVector: null, unavailableReasons: [{ retriever: 'vector', reason: label }], used: { vector: false, fullText: true }, calibration: {} }) as unknown as Retrieval<'expert'>
  // The generation is passed in; the handle is never asked here.
  const cache = (entries: number) => createRetrievalCache<Retrieval<'expert'>>(undefined as never, { entries })

  it('keep the most recently used up to its size', () => {
    const kept = cache(2)
    kept.set('a', 1, retrieval('a'))
    kept.set('b', 1, retrieval('b'))
    expect(kept.get('a', 1)).toBeDefined()
    kept.set('c', 1, retrieval('c'))
    expect(kept.get('b', 1)).toBeUndefined()
    expect(kept.get('a', 1)?.unavailableReasons[0]!.reason).toBe('a')
    expect(kept.get('c', 1)).toBeDefined()
  })

  it('drop everything when the generation moves, and keep nothing searched under an older one', () => {
    const kept = cache(10)
    kept.set('a', 1, retrieval('a'))
    expect(kept.get('a', 2)).toBeUndefined()
    expect(kept.get('a', 1)).toBeUndefined()
    kept.set('b', 1, retrieval('b'))
    expect(kept.get('b', 2)).toBeUndefined()
    expect(kept.stats()).toMatchObject({ entries: 0 })
  })
})
