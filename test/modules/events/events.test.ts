import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, newExpert, newNeed } from '../../helpers/flow.js'
import { type BodyOf, readJson, readProblem } from '../../helpers/http.js'

/**
 * Matchmaking events (产需对接会) through the real API: create with enrolment, solve, adjust with
 * pins and forbids, export, publish into invitations that went through the invitation rules.
 */
describe('matchmaking events (产需对接会)', () => {
  let t: TestApp
  let w: World
  let staff: Record<string, string>
  const experts: Record<string, FlowExpert> = {}
  const needs: Record<string, string> = {}
  let eventId: string

  const slots = [{ start: '09:00', end: '09:20' }, { start: '09:25', end: '09:45' }, { start: '09:50', end: '10:10' }]
  const etagOf = async (id: string) => (await t.app.request(`/v1/events/${id}`, { headers: staff })).headers.get('etag')!
  const patch = async (id: string, body: Record<string, unknown>) =>
    t.app.request(`/v1/events/${id}`, json('PATCH', body, { ...staff, 'if-match': await etagOf(id) }))
  const solve = (id: string) => t.app.request(`/v1/events/${id}/assignment`, { method: 'POST', headers: staff })
  const pairsOf = (agenda: BodyOf<'solveEvent'>) => agenda.meetings.map((m) => `${m.needId}:${m.expertId}`)

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    staff = w.keys.staffA.headers
    const admin = w.keys.admin.headers
    experts.catalyst = await newExpert(t, admin, '催化专家', { fields: ['煤化工', '催化剂'], keywords: ['加氢催化剂', '催化剂失活', '煤焦油'], bio: '长期从事煤焦油加氢催化剂研究。' })
    experts.reactor = await newExpert(t, admin, '反应器专家', { fields: ['化工过程', '反应器设计'], keywords: ['固定床反应器', '加氢装置', '煤焦油'], bio: '研究加氢反应器放大与运行。' })
    experts.water = await newExpert(t, admin, '水处理专家', { fields: ['环境工程', '废水处理'], keywords: ['焦化废水', '酚氨回收', '高盐废水'], bio: '研究焦化废水酚氨回收与零排放。' })
    // Works for the need's own enterprise: a conflict of interest with every need of enterpriseA.
    experts.insider = await newExpert(t, admin, '企业内部专家', { organisation: w.enterpriseA.name, fields: ['煤化工'], keywords: ['加氢催化剂', '煤焦油'], bio: '本企业技术中心。' })
    needs.catalyst = await newNeed(t, w.keys.enterpriseA.headers, '煤焦油加氢催化剂失活快', { problem: '煤焦油加氢催化剂运行三个月即失活，需延长催化剂寿命。', keywords: ['加氢催化剂', '催化剂失活'] })
    needs.reactor = await newNeed(t, w.keys.enterpriseA.headers, '加氢装置固定床反应器压降上升', { problem: '固定床反应器压降快速上升，装置被迫停车。', keywords: ['固定床反应器', '加氢装置'] })
    needs.water = await newNeed(t, w.keys.enterpriseA.headers, '焦化废水酚氨回收率低', { problem: '焦化废水酚氨回收率低，出水不达标。', keywords: ['焦化废水', '酚氨回收'] })
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
  })
  afterAll(() => t?.close())

  it('creates an event with its enrolment; other roles and parks may not use it', async () => {
    const body = {
      title: '2026 长治高新区煤化工产需对接会', date: '2026-12-18', venue: '科创中心三楼', slots, tables: ['A 桌', 'B 桌'],
      needs: Object.values(needs).map((needId) => ({ needId, minMeetings: 1, maxMeetings: 2 })),
      experts: Object.values(experts).map((expert) => ({ expertId: expert.id, cap: 2 })),
    }
    expect((await t.app.request('/v1/events', json('POST', body, w.keys.enterpriseA.headers))).status).toBe(403)
    const foreign = await t.app.request('/v1/events', json('POST', { ...body, parkId: w.parkB.id }, staff))
    expect(foreign.status).toBe(403)
    const res = await t.app.request('/v1/events', json('POST', body, { ...staff, 'idempotency-key': 'event-2026-12-18' }))
    expect(res.status).toBe(201)
    const event = await readJson(res, 'createEvent')
    eventId = event.id
    const again = await t.app.request('/v1/events', json('POST', body, { ...staff, 'idempotency-key': 'event-2026-12-18' }))
    expect((await readJson(again, 'createEvent')).id).toBe(eventId)
    expect(event).toMatchObject({ parkId: w.parkA.id, status: 'draft', minConfidence: 0.25, solution: null })
    expect(event.needs).toHaveLength(3)
    expect(event.experts.find((expert) => expert.expertId === experts.water!.id)).toEqual({ expertId: experts.water!.id, slots: [0, 1, 2], cap: 2 })
    expect((await t.app.request(`/v1/events/${eventId}`, { headers: w.keys.staffB.headers })).status).toBe(404)
    const list = await readJson(await t.app.request('/v1/events', { headers: staff }), 'listEvents')
    expect(list.items.map((item) => item.id)).toContain(eventId)
    // A need of another park cannot be enrolled; the field says why.
    const stranger = await newNeed(t, w.keys.enterpriseB.headers, '外园区需求')
    const bad = await patch(eventId, { needs: [{ needId: stranger }] })
    expect(bad.status).toBe(400)
    expect((await readProblem(bad)).errors?.[0]?.path).toBe('body.needs')
    const backwards = await patch(eventId, { slots: [{ start: '10:00', end: '09:40' }] })
    expect(backwards.status).toBe(400)
    expect((await readProblem(backwards)).errors?.[0]?.path).toBe('body.slots')
  })

  it('solves: no conflicted pair, within caps and maxima, timetabled without double-booking', async () => {
    const res = await solve(eventId)
    expect(res.status).toBe(200)
    const agenda = await readJson(res, 'solveEvent')
    expect(agenda.status).toBe('solved')
    expect(agenda.meetings.length).toBeGreaterThan(0)
    expect(agenda.meetings.every((m) => m.expertId !== experts.insider!.id)).toBe(true)
    expect(agenda.solution!.needsCovered).toBe(3)
    const seen = new Set<string>()
    for (const m of agenda.meetings) {
      expect(m.slot).not.toBeNull()
      for (const key of [`expert ${m.expertId}@${m.slot}`, `enterprise ${m.enterpriseId}@${m.slot}`, `table ${m.table}@${m.slot}`]) {
        expect(seen.has(key), key).toBe(false)
        seen.add(key)
      }
    }
    const perExpert = new Map<string, number>()
    for (const m of agenda.meetings) perExpert.set(m.expertId, (perExpert.get(m.expertId) ?? 0) + 1)
    expect(Math.max(...perExpert.values())).toBeLessThanOrEqual(2)
    // Each need meets the expert of its own subject.
    expect(pairsOf(agenda)).toEqual(expect.arrayContaining([`${needs.catalyst}:${experts.catalyst!.id}`, `${needs.water}:${experts.water!.id}`]))
  })

  it('re-solves after pins and forbids: a forbidden pair is gone, a pinned pair the rules refuse is reported', async () => {
    const changed = await patch(eventId, {
      pins: [{ needId: needs.catalyst, expertId: experts.insider!.id }, { needId: needs.water, expertId: experts.reactor!.id }],
      forbids: [{ needId: needs.catalyst, expertId: experts.catalyst!.id }],
    })
    expect(changed.status).toBe(200)
    expect((await readJson(changed, 'updateEvent')).status).toBe('draft')
    const agenda = await readJson(await solve(eventId), 'solveEvent')
    const pairs = pairsOf(agenda)
    expect(pairs).not.toContain(`${needs.catalyst}:${experts.catalyst!.id}`)
    expect(pairs).not.toContain(`${needs.catalyst}:${experts.insider!.id}`)
    expect(pairs).toContain(`${needs.water}:${experts.reactor!.id}`)
    expect(agenda.meetings.find((m) => m.expertId === experts.reactor!.id && m.needId === needs.water)!.pinned).toBe(true)
    expect(agenda.solution!.refused).toEqual([expect.objectContaining({ needId: needs.catalyst, expertId: experts.insider!.id, rule: 'conflict_of_interest' })])
  })

  it('exports the agenda as CSV with BOM, and per-person schedules', async () => {
    const full = await readJson(await t.app.request(`/v1/events/${eventId}/assignment`, { headers: staff }), 'getEventAgenda')
    const res = await t.app.request(`/v1/events/${eventId}/assignment`, { headers: { ...staff, accept: 'text/csv' } })
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]!.split(',')).toHaveLength(12)
    expect(lines).toHaveLength(full.meetings.length + 1)
    expect(lines[1]!.split(',')[0]).toBe('2026-12-18')
    const mine = await readJson(await t.app.request(`/v1/events/${eventId}/assignment?expertId=${experts.reactor!.id}`, { headers: staff }), 'getEventAgenda')
    expect(mine.meetings.length).toBeGreaterThan(0)
    expect(mine.meetings.every((m) => m.expertId === experts.reactor!.id)).toBe(true)
    const theirs = await readJson(await t.app.request(`/v1/events/${eventId}/assignment?enterpriseId=${w.enterpriseB.id}`, { headers: staff }), 'getEventAgenda')
    expect(theirs.meetings).toEqual([])
  })

  it('publishes: invitations through the invitation rules, a refused pair reported, then KPIs count it', async () => {
    const agenda = await readJson(await t.app.request(`/v1/events/${eventId}/assignment`, { headers: staff }), 'getEventAgenda')
    // The enterprise invites one assigned pair itself first: publishing that pair now breaks the one-live-invitation rule.
    const taken = agenda.meetings[0]!
    const direct = await t.app.request(`/v1/needs/${taken.needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: taken.expertId }, w.keys.enterpriseA.headers))
    expect(direct.status).toBe(201)
    const res = await t.app.request(`/v1/events/${eventId}/publish`, { method: 'POST', headers: staff })
    expect(res.status).toBe(200)
    const result = await readJson(res, 'publishEvent')
    expect(result.invited).toBe(agenda.meetings.length - 1)
    expect(result.refused).toBe(1)
    expect(result.results.find((r) => r.needId === taken.needId && r.expertId === taken.expertId)).toMatchObject({ outcome: 'refused', matchId: null })
    for (const r of result.results.filter((r) => r.outcome === 'invited')) {
      const match = await readJson(await t.app.request(`/v1/matches/${r.matchId}`, { headers: staff }), 'getMatch')
      expect(match).toMatchObject({ needId: r.needId, candidateId: r.expertId, status: 'proposed' })
      expect(match.message).toContain('2026 长治高新区煤化工产需对接会')
      expect(match.message).not.toContain(w.enterpriseA.name)
    }
    expect((await t.app.request(`/v1/events/${eventId}/publish`, { method: 'POST', headers: staff })).status).toBe(409)
    expect((await patch(eventId, { title: '改名' })).status).toBe(409)
    // The park's KPIs count the event, its meetings and the invitations it made; an accepted one too.
    const kpis = () => t.app.request(`/v1/parks/${w.parkA.id}/stats?from=2026-12-01&to=2026-12-31`, { headers: staff })
    expect((await readJson(await kpis(), 'getParkStats')).events).toEqual({ held: 1, meetings: agenda.meetings.length, invitations: result.invited, accepted: 0 })
    const invited = result.results.find((r) => r.outcome === 'invited')!
    const expert = Object.values(experts).find((e) => e.id === invited.expertId)!
    expect((await t.app.request(`/v1/matches/${invited.matchId}/accept`, { method: 'POST', headers: expert.key.headers })).status).toBe(200)
    expect((await readJson(await kpis(), 'getParkStats')).events.accepted).toBe(1)
    const csv = new TextDecoder().decode(await (await t.app.request(`/v1/parks/${w.parkA.id}/stats?from=2026-12-01&to=2026-12-31`, { headers: { ...staff, accept: 'text/csv' } })).arrayBuffer())
    expect(csv).toContain(`events,invitations,对接会发出邀请,count,${result.invited},`)
    expect((await readJson(await t.app.request(`/v1/parks/${w.parkA.id}/stats?from=2027-01-01&to=2027-01-31`, { headers: staff }), 'getParkStats')).events.held).toBe(0)
    const audit = await readJson(await t.app.request(`/v1/audit-events?entityType=event&entityId=${eventId}`, { headers: staff }), 'listAuditEvents')
    expect(new Set(audit.items.map((entry) => entry.action))).toEqual(new Set(['event.create', 'event.update', 'event.solve', 'event.publish']))
  })

  it('refuses pins that cannot all be met (409 with the rule), and a publish before any solve', async () => {
    const body = {
      title: '专家专场', date: '2026-12-19', slots, tables: ['A 桌'],
      needs: [{ needId: needs.catalyst }, { needId: needs.water }],
      experts: [{ expertId: experts.reactor!.id, cap: 1 }],
      pins: [{ needId: needs.catalyst, expertId: experts.reactor!.id }, { needId: needs.water, expertId: experts.reactor!.id }],
    }
    const created = await readJson(await t.app.request('/v1/events', json('POST', body, staff)), 'createEvent')
    expect((await readProblem(await t.app.request(`/v1/events/${created.id}/publish`, { method: 'POST', headers: staff }))).currentState).toBe('draft')
    const refused = await solve(created.id)
    expect(refused.status).toBe(409)
    expect((await readProblem(refused)).rule).toBe('pins_infeasible')
  })
})
