import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, acceptedMatch, completion, newExpert, newNeed, post, propose, schedule } from '../../helpers/flow.js'
import { readJson, readProblem } from '../../helpers/http.js'

describe('consultations', () => {
  let t: TestApp
  let w: World
  let li: FlowExpert
  let wang: FlowExpert

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    li = await newExpert(t, w.keys.admin.headers, '李明')
    wang = await newExpert(t, w.keys.admin.headers, '王芳')
  })
  afterAll(() => t.close())

  const scheduled = async (title: string) => {
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, title)
    const res = await schedule(t, matchId, w.keys.enterpriseA.headers)
    expect(res.status).toBe(201)
    return { needId, matchId, consultation: await readJson(res, 'scheduleConsultation') }
  }

  it('walks scheduled → completed → rated, by the right party at each step, audited', async () => {
    const { needId, matchId, consultation } = await scheduled('碳纤维原丝均匀性')
    expect(consultation).toMatchObject({ matchId, needId, parkId: w.parkA.id, enterpriseId: w.enterpriseA.id, expertId: li.id, mode: 'on_site', status: 'scheduled', heldAt: null, hours: null, rating: null })
    expect(consultation).toMatchObject({ needTitle: '碳纤维原丝均匀性', enterpriseName: w.enterpriseA.name, expertName: '李明' })
    const path = `/v1/consultations/${consultation.id}`

    expect((await post(t, `${path}/complete`, w.keys.enterpriseA.headers, completion())).status).toBe(403)
    expect((await post(t, `${path}/rating`, w.keys.enterpriseA.headers, { rating: 5 })).status).toBe(409)
    const done = await post(t, `${path}/complete`, li.key.headers, completion(3.5))
    expect(done.status).toBe(200)
    expect(await readJson(done, 'completeConsultation')).toMatchObject({ status: 'completed', hours: 3.5, summary: completion().summary, expertNotes: completion().expertNotes })

    expect((await post(t, `${path}/rating`, li.key.headers, { rating: 5 })).status).toBe(403)
    expect((await post(t, `${path}/rating`, w.keys.staffA.headers, { rating: 5 })).status).toBe(403)
    const rated = await post(t, `${path}/rating`, w.keys.enterpriseA.headers, { rating: 4, comment: '建议切实可行。' })
    expect(rated.status).toBe(200)
    expect(await readJson(rated, 'rateConsultation')).toMatchObject({ rating: 4, ratingComment: '建议切实可行。' })

    const audit = await t.db.sql<{ action: string; actorRole: string }[]>`select action, actor_role from audit_events where entity_id = ${consultation.id} order by id`
    expect(audit).toEqual([
      { action: 'consultation.schedule', actorRole: 'enterprise' },
      { action: 'consultation.complete', actorRole: 'expert' },
      { action: 'consultation.rate', actorRole: 'enterprise' },
    ])
  })

  it('is visible to the two parties, the need\'s park staff and admins only (404 for everyone else)', async () => {
    const { consultation } = await scheduled('可见性')
    for (const key of [w.keys.enterpriseA, w.keys.staffA, w.keys.admin, li.key]) {
      expect((await t.app.request(`/v1/consultations/${consultation.id}`, { headers: key.headers })).status).toBe(200)
      const list = await readJson(await t.app.request('/v1/consultations?limit=100', { headers: key.headers }), 'listConsultations')
      expect(list.items.map((c: { id: string }) => c.id)).toContain(consultation.id)
    }
    for (const key of [w.keys.enterpriseB, w.keys.staffB, w.keys.expertA, wang.key]) {
      expect((await t.app.request(`/v1/consultations/${consultation.id}`, { headers: key.headers })).status).toBe(404)
      const list = await readJson(await t.app.request('/v1/consultations?limit=100', { headers: key.headers }), 'listConsultations')
      expect(list.items.map((c: { id: string }) => c.id)).not.toContain(consultation.id)
      // A foreign object is 404 for every step, never 403.
      expect((await post(t, `/v1/consultations/${consultation.id}/cancel`, key.headers, { reason: '试探' })).status).toBe(404)
    }
  })

  it.each([
    ['enterpriseA', 201],
    ['expert', 201],
    ['admin', 201],
    ['staffA', 403],
    ['enterpriseB', 404],
    ['staffB', 404],
    ['otherExpert', 404],
  ] as const)('scheduling as %s → %i', async (who, status) => {
    const { matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, `预约权限${who}`)
    const headers = who === 'expert' ? li.key.headers : who === 'otherExpert' ? wang.key.headers : w.keys[who].headers
    expect((await schedule(t, matchId, headers)).status).toBe(status)
  })

  it('needs an accepted invitation: a proposed one is 409 naming its state', async () => {
    const needId = await newNeed(t, w.keys.enterpriseA.headers, '未接受')
    const match = await propose(t, needId, { kind: 'expert', id: wang.id }, w.keys.enterpriseA.headers)
    const res = await schedule(t, match.id, w.keys.enterpriseA.headers)
    expect(res.status).toBe(409)
    expect(await readProblem(res)).toMatchObject({ currentState: 'proposed', wantedState: 'accepted' })
  })

  it('validates the input (mode, time, hours, rating) with field paths', async () => {
    const { matchId, consultation } = await scheduled('输入校验')
    const bad = await schedule(t, matchId, w.keys.enterpriseA.headers, { mode: 'video', scheduledAt: '明天' })
    expect(bad.status).toBe(400)
    expect((await readProblem(bad)).errors!.map((e: { path: string }) => e.path).sort()).toEqual(['body.mode', 'body.scheduledAt'])
    const hours = await post(t, `/v1/consultations/${consultation.id}/complete`, li.key.headers, { ...completion(), hours: -1 })
    expect((await readProblem(hours)).errors![0]!.path).toBe('body.hours')
    const future = await post(t, `/v1/consultations/${consultation.id}/complete`, li.key.headers, { ...completion(), heldAt: '2099-01-01T00:00:00Z' })
    expect(future.status).toBe(400)
    await post(t, `/v1/consultations/${consultation.id}/complete`, li.key.headers, completion())
    const rating = await post(t, `/v1/consultations/${consultation.id}/rating`, w.keys.enterpriseA.headers, { rating: 6 })
    expect((await readProblem(rating)).errors![0]!.path).toBe('body.rating')
  })

  // Every illegal transition: [state to reach, step, wanted state].
  const steps = {
    complete: (id: string) => post(t, `/v1/consultations/${id}/complete`, li.key.headers, completion()),
    cancel: (id: string) => post(t, `/v1/consultations/${id}/cancel`, w.keys.enterpriseA.headers, { reason: '时间冲突' }),
    rate: (id: string) => post(t, `/v1/consultations/${id}/rating`, w.keys.enterpriseA.headers, { rating: 5 }),
  }
  const reach = async (state: 'completed' | 'cancelled' | 'rated' | 'scheduled') => {
    const { consultation } = await scheduled(`状态${state}`)
    if (state === 'completed' || state === 'rated') expect((await steps.complete(consultation.id)).status).toBe(200)
    if (state === 'rated') expect((await steps.rate(consultation.id)).status).toBe(200)
    if (state === 'cancelled') expect((await steps.cancel(consultation.id)).status).toBe(200)
    return consultation.id as string
  }
  it.each([
    ['scheduled', 'rate', 'rated'],
    ['completed', 'complete', 'completed'],
    ['completed', 'cancel', 'cancelled'],
    ['cancelled', 'complete', 'completed'],
    ['cancelled', 'cancel', 'cancelled'],
    ['cancelled', 'rate', 'rated'],
    ['rated', 'rate', 'rated'],
    ['rated', 'cancel', 'cancelled'],
    ['rated', 'complete', 'completed'],
  ] as const)('%s: %s is 409 (currentState %s → wanted %s)', async (state, step, wanted) => {
    const id = await reach(state)
    const res = await steps[step](id)
    expect(res.status).toBe(409)
    expect(await readProblem(res)).toMatchObject({ code: 'conflict', currentState: state, wantedState: wanted })
  })

  it('either party cancels a scheduled one with a reason; staff may not', async () => {
    const { consultation } = await scheduled('取消')
    expect((await post(t, `/v1/consultations/${consultation.id}/cancel`, w.keys.staffA.headers, { reason: '园区代取消' })).status).toBe(403)
    const empty = await post(t, `/v1/consultations/${consultation.id}/cancel`, li.key.headers, { reason: '' })
    expect((await readProblem(empty)).errors![0]!.path).toBe('body.reason')
    const res = await post(t, `/v1/consultations/${consultation.id}/cancel`, li.key.headers, { reason: '专家临时出差' })
    expect(await readJson(res, 'cancelConsultation')).toMatchObject({ status: 'cancelled', cancelReason: '专家临时出差', cancelledByRole: 'expert' })
  })

  it('reschedules with If-Match only while scheduled (428, 412, 409)', async () => {
    const { consultation } = await scheduled('改期')
    const path = `/v1/consultations/${consultation.id}`
    const get = await t.app.request(path, { headers: w.keys.enterpriseA.headers })
    const etag = get.headers.get('etag')!
    expect((await t.app.request(path, json('PATCH', { mode: 'online' }, w.keys.enterpriseA.headers))).status).toBe(428)
    const ok = await t.app.request(path, json('PATCH', { mode: 'online', scheduledAt: '2026-12-05T02:00:00+08:00' }, { ...w.keys.enterpriseA.headers, 'if-match': etag }))
    expect(ok.status).toBe(200)
    // Sent as 02:00 Beijing time, stored in UTC, and read back by people as they wrote it.
    expect(await readJson(ok, 'updateConsultation')).toMatchObject({ mode: 'online', scheduledAt: '2026-12-04T18:00:00.000Z', scheduledAtText: '2026-12-05 02:00 (北京时间)' })
    expect((await t.app.request(path, json('PATCH', { mode: 'phone' }, { ...li.key.headers, 'if-match': etag }))).status).toBe(412)
    await post(t, `${path}/complete`, li.key.headers, completion())
    const fresh = (await t.app.request(path, { headers: li.key.headers })).headers.get('etag')!
    const late = await t.app.request(path, json('PATCH', { mode: 'phone' }, { ...li.key.headers, 'if-match': fresh }))
    expect(late.status).toBe(409)
    expect(await readProblem(late)).toMatchObject({ currentState: 'completed' })
  })

  it('of a completion and a cancellation racing, exactly one wins and the other is 409', async () => {
    for (let round = 0; round < 3; round++) {
      const { consultation } = await scheduled(`并发${round}`)
      const results = await Promise.all([steps.complete(consultation.id), steps.cancel(consultation.id)])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      const [row] = await t.db.sql<{ status: string; n: number }[]>`
        select status, (select count(*)::int from audit_events where entity_id = ${consultation.id}) as n from consultations where id = ${consultation.id}`
      expect(['completed', 'cancelled']).toContain(row!.status)
      expect(row!.n).toBe(2)
    }
  })

  it('lists with filters and cursor pagination', async () => {
    const { matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, '分页')
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push((await readJson(await schedule(t, matchId, w.keys.enterpriseA.headers), 'scheduleConsultation')).id)
    await steps.cancel(ids[0]!)
    const first = await readJson(await t.app.request(`/v1/consultations?matchId=${matchId}&limit=2`, { headers: li.key.headers }), 'listConsultations')
    expect(first.total).toBe(3)
    expect(first.items).toHaveLength(2)
    const second = await readJson(await t.app.request(`/v1/consultations?matchId=${matchId}&limit=2&cursor=${first.nextCursor}`, { headers: li.key.headers }), 'listConsultations')
    expect(second.nextCursor).toBeNull()
    expect([...first.items, ...second.items].map((c: { id: string }) => c.id)).toEqual([...ids].reverse())
    const cancelled = await readJson(await t.app.request(`/v1/consultations?matchId=${matchId}&status=cancelled`, { headers: w.keys.staffA.headers }), 'listConsultations')
    expect(cancelled.items.map((c: { id: string }) => c.id)).toEqual([ids[0]])
    const byNeed = await readJson(await t.app.request(`/v1/consultations?needId=${first.items[0]!.needId}`, { headers: w.keys.admin.headers }), 'listConsultations')
    expect(byNeed.total).toBe(3)
    expect((await t.app.request('/v1/consultations?cursor=nonsense', { headers: li.key.headers })).status).toBe(400)
  })
})
