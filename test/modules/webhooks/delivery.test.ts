import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverWebhooks } from '../../../src/modules/webhooks/index.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, newExpert, newNeed, propose } from '../../helpers/flow.js'
import { readJson } from '../../helpers/http.js'
import { type Receiver, startReceiver, subscribeReceiver } from './receiver.js'

const minute = 60_000

describe('webhook delivery', () => {
  let t: TestApp
  let w: World
  let e1: FlowExpert
  let e2: FlowExpert
  const r: Record<string, Receiver> = {}
  const subscriptionOf: Record<string, string> = {}
  /** The scheduling clock the tests move on (never backwards): signatures still carry the real time. */
  let clock = Date.now()
  const drainAt = async (at: number, allowPrivateTargets = true) => {
    clock = Math.max(clock, at)
    let total = 0
    for (;;) {
      const result = await deliverWebhooks(t.db.sql, { allowPrivateTargets, now: new Date(clock), timeoutMs: 2000 })
      total += result.leased
      if (result.leased === 0) return total
    }
  }
  const subscribe = async (name: string, headers: Record<string, string>, extra: Record<string, unknown> = {}) => {
    r[name] ??= await startReceiver()
    const created = await subscribeReceiver(t, r[name], headers, extra)
    subscriptionOf[name] = created.id
    return created
  }
  const eventsOf = (name: string, subjectId: string) => [...r[name]!.processed.values()].filter((p) => p.data.matchId === subjectId)
  const deliveries = async (name: string, headers: Record<string, string>) =>
    readJson(await t.app.request(`/v1/webhooks/${subscriptionOf[name]}/deliveries?limit=100`, { headers }), 'listWebhookDeliveries')

  beforeAll(async () => {
    t = await createTestApp({}, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    w = await createWorld(t.db.sql)
    e1 = await newExpert(t, w.keys.admin.headers, '李明')
    e2 = await newExpert(t, w.keys.admin.headers, '王芳')
    await subscribe('enterprise', w.keys.enterpriseA.headers)
    await subscribe('e1', e1.key.headers)
    await subscribe('e2', e2.key.headers)
    await subscribe('staffA', w.keys.staffA.headers, { eventTypes: ['match.declined'] })
    await subscribe('staffB', w.keys.staffB.headers)
    await subscribe('admin', w.keys.admin.headers)
  })
  afterAll(async () => {
    for (const receiver of Object.values(r)) await receiver.close()
    await t.close()
  })

  it('tells each event to the subscribers allowed to know of it, and a private need\'s title only to those who may read it', async () => {
    const title = '保密：高纯氧化铝提纯工艺'
    const needId = await newNeed(t, w.keys.enterpriseA.headers, title, { visibility: 'private' })
    const match = await propose(t, needId, { kind: 'expert', id: e1.id }, w.keys.enterpriseA.headers)
    expect((await t.app.request(`/v1/matches/${match.id}/decline`, json('POST', { reason: '近期在外地驻场' }, e1.key.headers))).status).toBe(200)
    await drainAt(Date.now())

    const types = (name: string) => eventsOf(name, match.id).map((p) => p.type).sort()
    expect(types('enterprise')).toEqual(['match.declined', 'match.proposed'])
    expect(types('admin')).toEqual(['match.declined', 'match.proposed'])
    expect(types('e1')).toEqual(['match.declined', 'match.proposed'])
    expect(types('staffA')).toEqual(['match.declined'])
    // Another expert's invitation, another park's events: nothing.
    expect(types('e2')).toEqual([])
    expect(types('staffB')).toEqual([])

    const [proposed, declined] = ['match.proposed', 'match.declined'].map((type) => eventsOf('e1', match.id).find((p) => p.type === type)!)
    // The invitation let the expert read the need; once declined, it no longer does.
    expect(proposed!.data.need).toEqual({ id: needId, title })
    expect(declined!.data.need).toEqual({ id: needId })
    expect(declined!.data).toMatchObject({ matchId: match.id, status: 'declined', declineReason: '近期在外地驻场' })
    expect(eventsOf('enterprise', match.id).every((p) => (p.data.need as { title?: string }).title === title)).toBe(true)
    const e1Bodies = r.e1!.received.map((q) => q.body).filter((body) => body.includes(match.id))
    expect(e1Bodies.filter((body) => body.includes(title))).toHaveLength(1)
    for (const receiver of Object.values(r)) {
      expect(receiver.rejected).toEqual([])
      receiver.verifyAll()
    }
  })

  it('redelivers one delivery on request with the same webhook-id, and logs every attempt', async () => {
    const log = await deliveries('enterprise', w.keys.enterpriseA.headers)
    const delivered = log.items.find((d) => d.status === 'delivered')!
    expect(delivered.attempts).toBe(1)
    expect(delivered.recentAttempts).toEqual([expect.objectContaining({ statusCode: 204, error: null })])
    const before = r.enterprise!.received.length
    const res = await t.app.request(`/v1/webhooks/${subscriptionOf.enterprise}/deliveries/${delivered.id}/redeliver`, { method: 'POST', headers: w.keys.enterpriseA.headers })
    expect(res.status).toBe(202)
    expect((await t.app.request(`/v1/webhooks/${subscriptionOf.enterprise}/deliveries/${delivered.id}/redeliver`, { method: 'POST', headers: w.keys.enterpriseB.headers })).status).toBe(404)
    await drainAt(Date.now())
    const again = r.enterprise!.received.slice(before)
    expect(again.map((q) => q.headers['webhook-id'])).toEqual([delivered.id])
    expect(r.enterprise!.processed.size).toBe(log.items.length)
    const after = (await deliveries('enterprise', w.keys.enterpriseA.headers)).items.find((d) => d.id === delivered.id)!
    expect(after).toMatchObject({ status: 'delivered', attempts: 2 })
    expect(after.recentAttempts).toHaveLength(2)
  })

  it('checks the target again at delivery time: a plain-http loopback target is refused without a request when the setting is off', async () => {
    const match = await propose(t, await newNeed(t, w.keys.enterpriseA.headers, '锂电池隔膜涂覆'), { kind: 'expert', id: e2.id }, w.keys.enterpriseA.headers)
    const before = r.e2!.received.length
    await drainAt(Date.now(), false)
    expect(r.e2!.received.length).toBe(before)
    const log = await deliveries('e2', e2.key.headers)
    const refused = log.items.find((d) => (d.payload.data as { matchId?: string }).matchId === match.id)!
    expect(refused).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null })
    expect(refused.lastError).toContain('must be https')
    await drainAt(clock + 5 * minute)
    expect(eventsOf('e2', match.id).map((p) => p.type)).toEqual(['match.proposed'])
  })

  it('gets every event to a receiver down for 10 minutes once it is back, each webhook-id processed once though one was sent twice', async () => {
    const receiver = r.enterprise!
    receiver.setResponder(() => 503)
    const processedBefore = receiver.processed.size
    const matches = []
    for (const title of ['煤矸石综合利用', '焦炉煤气制氢', '碳纤维原丝']) {
      matches.push(await propose(t, await newNeed(t, w.keys.enterpriseA.headers, title), { kind: 'expert', id: e2.id }, w.keys.enterpriseA.headers))
    }
    const start = clock + minute
    for (let m = 0; m <= 10; m++) await drainAt(start + m * minute)
    expect(receiver.processed.size).toBe(processedBefore)
    const down = (await deliveries('enterprise', w.keys.enterpriseA.headers)).items.filter((d) => d.status === 'pending')
    expect(down.length).toBeGreaterThanOrEqual(3)
    expect(down.every((d) => d.attempts >= 3 && d.lastStatusCode === 503 && d.nextAttemptAt !== null)).toBe(true)

    // Back up; the first answer after that is lost on the way (processed, but the service sees 500).
    receiver.setResponder(() => 204)
    receiver.loseNextAnswer()
    for (let m = 11; m <= 120; m += 1) await drainAt(start + m * minute)

    const log = (await deliveries('enterprise', w.keys.enterpriseA.headers)).items
    expect(log.every((d) => d.status === 'delivered')).toBe(true)
    expect(new Set(receiver.processed.keys())).toEqual(new Set(log.map((d) => d.id)))
    for (const match of matches) expect(eventsOf('enterprise', match.id).map((p) => p.type)).toEqual(['match.proposed'])
    const sent = receiver.received.map((q) => q.headers['webhook-id'])
    const twice = sent.filter((id, i) => sent.indexOf(id) !== i)
    expect(twice.length).toBeGreaterThan(0)
    expect(receiver.rejected).toEqual([])
    receiver.verifyAll()
  })

  it('disables a subscription failing for 24 hours, audits it and tells the owner\'s other subscriptions', async () => {
    const failing = await subscribe('e2failing', e2.key.headers, { eventTypes: ['match.proposed'] })
    r.e2failing!.setResponder(() => 500)
    const match = await propose(t, await newNeed(t, w.keys.enterpriseA.headers, '氢燃料电池膜电极'), { kind: 'expert', id: e2.id }, w.keys.enterpriseA.headers)
    const start = clock + minute
    for (let h = 0; h <= 25 * 2; h++) await drainAt(start + h * 30 * minute)

    const read = await readJson(await t.app.request(`/v1/webhooks/${failing.id}`, { headers: e2.key.headers }), 'getWebhookSubscription')
    expect(read).toMatchObject({ status: 'disabled' })
    expect(read.disabledReason).toContain('24')
    expect(read.disabledAt).not.toBeNull()
    const [delivery] = (await deliveries('e2failing', e2.key.headers)).items
    expect(delivery).toMatchObject({ status: 'failed', lastStatusCode: 500 })
    expect(delivery!.attempts).toBeGreaterThanOrEqual(9)
    const notices = [...r.e2!.processed.values()].filter((p) => p.type === 'webhook.disabled')
    expect(notices).toEqual([expect.objectContaining({ data: expect.objectContaining({ subscriptionId: failing.id, url: r.e2failing!.url }) })])
    expect(eventsOf('e2', match.id).map((p) => p.type)).toEqual(['match.proposed'])
    const [audit] = await t.db.sql`select action from audit_events where entity_type = 'webhook' and entity_id = ${failing.id} and action = 'webhook.disable'`
    expect(audit).toBeDefined()

    // Re-enabled: the reason is gone and a redeliver goes out.
    const etag = (await t.app.request(`/v1/webhooks/${failing.id}`, { headers: e2.key.headers })).headers.get('etag')!
    const enabled = await readJson(await t.app.request(`/v1/webhooks/${failing.id}`, json('PATCH', { status: 'active' }, { ...e2.key.headers, 'if-match': etag })), 'updateWebhookSubscription')
    expect(enabled).toMatchObject({ status: 'active', disabledReason: null, disabledAt: null, failingSince: null })
    r.e2failing!.setResponder(() => 200)
    expect((await t.app.request(`/v1/webhooks/${failing.id}/deliveries/${delivery!.id}/redeliver`, { method: 'POST', headers: e2.key.headers })).status).toBe(202)
    await drainAt(clock + minute)
    expect([...r.e2failing!.processed.keys()]).toEqual([delivery!.id])
  })

  it('disables at once a subscription whose receiver answers 410 Gone', async () => {
    const gone = await subscribe('gone', w.keys.staffA.headers)
    r.gone!.setResponder(() => 410)
    await propose(t, await newNeed(t, w.keys.enterpriseA.headers, '高端装备再制造'), { kind: 'expert', id: e1.id }, w.keys.enterpriseA.headers)
    await drainAt(clock + minute)
    const read = await readJson(await t.app.request(`/v1/webhooks/${gone.id}`, { headers: w.keys.staffA.headers }), 'getWebhookSubscription')
    expect(read.status).toBe('disabled')
    expect(read.disabledReason).toContain('410')
  })

  it('never lets two senders send the same delivery: each leases its own', async () => {
    const before = new Map(Object.entries(r).map(([name, receiver]) => [name, receiver.received.length]))
    for (const title of ['废水零排放', '智能选煤', '光伏组件回收', '钢渣资源化']) await newNeed(t, w.keys.enterpriseA.headers, title).then((needId) => propose(t, needId, { kind: 'expert', id: e1.id }, w.keys.enterpriseA.headers))
    clock = Math.max(clock, Date.now()) + minute
    const senders = await Promise.all([1, 2, 3].map(() => deliverWebhooks(t.db.sql, { allowPrivateTargets: true, now: new Date(clock), batchSize: 2 })))
    const rest = await drainAt(clock)
    const ids = Object.entries(r).flatMap(([name, receiver]) => receiver.received.slice(before.get(name)).map((q) => q.headers['webhook-id']))
    expect(r.admin!.received.length - before.get('admin')!).toBe(4)
    expect(new Set(ids).size).toBe(ids.length)
    expect(senders.reduce((n, s) => n + s.leased, rest)).toBe(ids.length)
  })
})
