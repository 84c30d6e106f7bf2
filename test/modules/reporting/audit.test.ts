import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { newNeed, propose } from '../../helpers/flow.js'
import { type BodyOf, type Problem, type Schema, readJson } from '../../helpers/http.js'

type Entry = Schema<'AuditEvent'>

describe('the audit trail, for people', () => {
  let t: TestApp
  let w: World
  let needId: string
  const trail = async (query: string, headers: Record<string, string>) => {
    const res = await t.app.request(`/v1/audit-events${query}`, { headers })
    // A page, or for a refused query a problem: the tests read whichever fields the status gives.
    return { status: res.status, body: (await readJson(res)) as BodyOf<'listAuditEvents'> & Problem }
  }

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    needId = await newNeed(t, w.keys.enterpriseA.headers, '高硫煤气化废水酚氨回收工艺优化')
    const etag = (await t.app.request(`/v1/needs/${needId}`, { headers: w.keys.staffA.headers })).headers.get('etag')!
    const res = await t.app.request(`/v1/needs/${needId}`, json('PATCH', { goals: '酚回收率提高到95%以上' }, { ...w.keys.staffA.headers, 'if-match': etag }))
    expect(res.status).toBe(200)
  })
  afterAll(() => t.close())

  it('an update lists only the fields it changed, without bookkeeping', async () => {
    const { body } = await trail(`?entityId=${needId}`, w.keys.staffA.headers)
    const update = (body.items as Entry[]).find((entry) => entry.action === 'need.update')!
    expect(update.changes.map((change) => change.field)).toEqual(['goals'])
    expect(update.changes[0]).toMatchObject({ after: '酚回收率提高到95%以上' })
    const create = (body.items as Entry[]).find((entry) => entry.action === 'need.create')!
    const fields = create.changes.map((change) => change.field)
    expect(fields).toEqual(expect.arrayContaining(['title', 'status', 'enterpriseId']))
    for (const internal of ['version', 'cursorAt', 'updatedAt', 'createdAt', 'id']) expect(fields).not.toContain(internal)
    expect(create.changes.every((change) => change.before === null)).toBe(true)
  })

  it('names the object, its kind in Chinese, the acting key and whom it acts for', async () => {
    const { body } = await trail(`?entityId=${needId}`, w.keys.staffA.headers)
    const [update, create] = body.items as Entry[]
    expect(update).toMatchObject({ entityType: 'need', entityTypeLabel: '需求', entityName: '高硫煤气化废水酚氨回收工艺优化', actorKeyName: 'test park_staff', actorOrganisation: w.parkA.name })
    expect(create).toMatchObject({ actorKeyName: 'test enterprise', actorOrganisation: w.enterpriseA.name })
  })

  it('an invitation names the need it belongs to', async () => {
    const match = await propose(t, needId, { kind: 'expert', id: w.expertA.id }, w.keys.enterpriseA.headers)
    const { body } = await trail(`?entityType=match&entityId=${match.id}`, w.keys.staffA.headers)
    expect(body.items[0]).toMatchObject({ entityTypeLabel: '对接邀请', needTitle: '高硫煤气化废水酚氨回收工艺优化' })
  })

  it('gives the time in the report time zone beside UTC', async () => {
    const { body } = await trail(`?entityId=${needId}`, w.keys.staffA.headers)
    const entry = body.items[0] as Entry
    const shanghai = new Date(new Date(entry.at).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
    expect(entry.atLocal).toBe(shanghai)
  })

  it('takes a kind of object by its name, plural or Chinese label, and refuses an unknown one naming the choices', async () => {
    const totals = []
    for (const type of ['need', 'needs', '需求', 'NEED']) {
      const { status, body } = await trail(`?entityType=${encodeURIComponent(type)}`, w.keys.admin.headers)
      expect(status).toBe(200)
      totals.push(body.total)
    }
    expect(new Set(totals).size).toBe(1)
    expect(totals[0]).toBeGreaterThanOrEqual(2)
    const contracts = await trail(`?entityType=${encodeURIComponent('合同')}`, w.keys.admin.headers)
    expect(contracts.status).toBe(200)
    const unknown = await trail('?entityType=widgets', w.keys.admin.headers)
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors![0]!.path).toBe('query.entityType')
    expect(unknown.body.errors![0]!.message).toContain('contract (技术合同)')
  })

  it('counts every matching entry on every page, within the reader\'s park', async () => {
    const first = await trail('?limit=1', w.keys.staffA.headers)
    expect(first.body.items).toHaveLength(1)
    expect(first.body.total).toBeGreaterThanOrEqual(2)
    const second = await trail(`?limit=1&cursor=${first.body.nextCursor}`, w.keys.staffA.headers)
    expect(second.body.total).toBe(first.body.total)
    const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from audit_events where park_id = ${w.parkA.id}`
    expect(first.body.total).toBe(row!.n)
    expect((await trail(`?entityId=${needId}`, w.keys.staffB.headers)).body.total).toBe(0)
  })
})
