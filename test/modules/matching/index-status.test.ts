import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createLogger } from '../../../src/platform/logger.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson } from '../../helpers/http.js'

describe('GET /v1/index-status', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    // The hashed embedder makes a vector per write, with no model to fit first.
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash' })
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  const status = async (headers = w.keys.admin.headers) => readJson(await t.app.request('/v1/index-status', { headers }), 'getIndexStatus')

  it('says when matching has caught up with a write: outbox drained and term statistics taken', async () => {
    const created = await t.app.request('/v1/experts', json('POST', { name: '索引状态专家', organisation: '太原理工大学', fields: ['煤化工'] }, w.keys.admin.headers))
    expect(created.status).toBe(201)
    const before = await status()
    expect(before).toMatchObject({ settled: false, embeddingModel: 'local-hash-v1-512' })
    expect(before.outbox.pending).toBeGreaterThanOrEqual(1)

    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
    const drained = await status()
    expect(drained.outbox.pending).toBe(0)
    expect(drained).toMatchObject({ settled: false, termStatisticsStale: true })

    await indexing.fullText.maintain({ force: true })
    const settled = await status(w.keys.staffA.headers)
    expect(settled).toMatchObject({ settled: true, termStatisticsStale: false })
    expect(Date.parse(settled.termStatisticsRefreshedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(settled.documents).toContainEqual({ kind: 'expert', count: 1 })
    expect(settled.vectors).toContainEqual({ model: 'local-hash-v1-512', dimensions: 512, count: 1 })
  })

  it('is for admins and park staff', async () => {
    for (const key of [w.keys.enterpriseA, w.keys.expertA]) {
      expect((await t.app.request('/v1/index-status', { headers: key.headers })).status).toBe(403)
    }
    expect((await t.app.request('/v1/index-status')).status).toBe(401)
  })
})
