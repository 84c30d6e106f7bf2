import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runScheduledWork } from '../../../src/modules/engagements/scheduled.js'
import { createLogger } from '../../../src/platform/logger.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'

describe('scheduled work', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it('purges expired idempotency records and keeps live ones', async () => {
    const body = { title: '定时任务测试', industryCode: 'hydrogen', problem: '加氢站压缩机密封寿命短', kind: 'consulting' }
    for (const key of ['old', 'new']) {
      const res = await t.app.request('/v1/needs', json('POST', body, { ...w.keys.enterpriseA.headers, 'idempotency-key': `sched-${key}` }))
      expect(res.status).toBe(201)
    }
    await t.db.sql`update idempotency_records set expires_at = now() - interval '1 minute' where idempotency_key = 'sched-old'`
    await runScheduledWork({ sql: t.db.sql, config: t.config, logger: createLogger('silent'), indexing: createIndexingDeps(t.config, t.db.sql, createLogger('silent')) })
    const left = await t.db.sql<{ idempotencyKey: string }[]>`select idempotency_key from idempotency_records where idempotency_key like 'sched-%'`
    expect(left.map((row) => row.idempotencyKey)).toEqual(['sched-new'])
  })

  it('indexes what the outbox holds and then counts the search terms, once per change', async () => {
    const created = await t.app.request('/v1/experts', json('POST', {
      name: '贺兰', organisation: '太原理工大学', title: '教授', fields: ['镁合金'], keywords: ['镁合金压铸'], bio: '从事镁合金压铸与腐蚀防护研究。',
    }, w.keys.admin.headers))
    expect(created.status).toBe(201)
    const run = () => runScheduledWork({ sql: t.db.sql, config: t.config, logger: createLogger('silent'), indexing: createIndexingDeps(t.config, t.db.sql, createLogger('silent')) })
    await run()
    const counted = await t.db.sql<{ documents: number }[]>`select documents from match_term_statistics where lexeme = '镁合'`
    expect(counted[0]?.documents).toBe(1)
    const [first] = await t.db.sql<{ refreshedAt: Date }[]>`select refreshed_at from match_term_totals`
    await run()
    const [second] = await t.db.sql<{ refreshedAt: Date }[]>`select refreshed_at from match_term_totals`
    expect(second!.refreshedAt).toEqual(first!.refreshedAt)
  })

  it('keeps going when one job fails', async () => {
    const ran: string[] = []
    await runScheduledWork({ sql: t.db.sql, config: t.config, logger: createLogger('silent'), indexing: createIndexingDeps(t.config, t.db.sql, createLogger('silent')) }, [
      { name: 'broken', run: async () => { throw new Error('boom') } },
      { name: 'fine', run: async () => { ran.push('fine'); return {} } },
    ])
    expect(ran).toEqual(['fine'])
  })
})
