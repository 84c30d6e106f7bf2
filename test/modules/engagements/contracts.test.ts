import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, acceptedMatch, completion, newExpert, newNeed, outcomes, post, propose, schedule } from '../../helpers/flow.js'
import { readJson, readProblem } from '../../helpers/http.js'
import { maxAmountFen } from '../../../src/core/schemas.js'

type Step = 'sign' | 'start' | 'complete' | 'terminate' | 'verify' | 'reject'
type State = 'draft' | 'signed' | 'in_progress' | 'pending' | 'verified' | 'rejected' | 'terminated'

describe('technology contracts', () => {
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

  const draft = async (title: string, extra: Record<string, unknown> = {}, headers = w.keys.enterpriseA.headers) => {
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, title)
    const res = await t.app.request('/v1/contracts', json('POST', { needId, matchId, kind: 'development', title: `${title}技术开发合同`, valueFen: 80_000_000, ...extra }, headers))
    expect(res.status).toBe(201)
    return { needId, matchId, contract: await readJson(res, 'createContract') }
  }
  const step: Record<Step, (id: string, headers?: Record<string, string>) => Promise<Response>> = {
    sign: (id, headers = li.key.headers) => post(t, `/v1/contracts/${id}/sign`, headers, { signedOn: '2026-12-15', registrationNumber: '2026140400000123' }),
    start: (id, headers = w.keys.enterpriseA.headers) => post(t, `/v1/contracts/${id}/start`, headers),
    complete: (id, headers = li.key.headers) => post(t, `/v1/contracts/${id}/complete`, headers, { outcomes: outcomes() }),
    terminate: (id, headers = w.keys.enterpriseA.headers) => post(t, `/v1/contracts/${id}/terminate`, headers, { reason: '双方协商终止' }),
    verify: (id, headers = w.keys.staffA.headers) => post(t, `/v1/contracts/${id}/verify`, headers, { comment: '材料齐全' }),
    reject: (id, headers = w.keys.staffA.headers) => post(t, `/v1/contracts/${id}/reject`, headers, { comment: '缺少发票佐证' }),
  }
  const paths: Record<State, Step[]> = {
    draft: [],
    signed: ['sign'],
    in_progress: ['sign', 'start'],
    pending: ['sign', 'start', 'complete'],
    verified: ['sign', 'start', 'complete', 'verify'],
    rejected: ['sign', 'start', 'complete', 'reject'],
    terminated: ['terminate'],
  }
  const reach = async (state: State, title = `状态${state}`) => {
    const { contract } = await draft(title)
    for (const s of paths[state]) expect((await step[s](contract.id)).status).toBe(200)
    return contract.id as string
  }
  const etagOf = async (id: string, headers = w.keys.enterpriseA.headers) => (await t.app.request(`/v1/contracts/${id}`, { headers })).headers.get('etag')!

  it('walks need → match → consultation → draft → signed → in_progress → completed (outcomes) → verified', async () => {
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, '全流程')
    const consultation = await readJson(await schedule(t, matchId, w.keys.enterpriseA.headers), 'scheduleConsultation')
    expect((await post(t, `/v1/consultations/${consultation.id}/complete`, li.key.headers, completion())).status).toBe(200)

    const created = await t.app.request('/v1/contracts', json('POST', {
      needId, matchId, consultationIds: [consultation.id], kind: 'development', title: '碳纤维原丝技术开发合同', valueFen: maxAmountFen,
    }, w.keys.enterpriseA.headers))
    expect(created.status).toBe(201)
    const contract = await readJson(created, 'createContract')
    expect(contract).toMatchObject({
      needId, matchId, parkId: w.parkA.id, enterpriseId: w.enterpriseA.id, counterpartKind: 'expert', counterpartId: li.id, counterpartExpertId: li.id,
      consultationIds: [consultation.id], status: 'draft', reviewStatus: null, reviewComment: null, reviewedAt: null, revision: 0, outcomes: null, valueFen: maxAmountFen, valueText: '1,000,000 万元', signedOn: null,
    })
    const id = contract.id
    // Names beside the ids, for the park officer who reviews it, in the list as in the contract.
    const names = { needTitle: '全流程', enterpriseName: w.enterpriseA.name, counterpartName: '李明' }
    expect(contract).toMatchObject(names)
    const listed = await readJson(await t.app.request(`/v1/contracts?needId=${needId}`, { headers: w.keys.staffA.headers }), 'listContracts')
    expect(listed.items[0]).toMatchObject({ id, ...names })

    const unsigned = await post(t, `/v1/contracts/${id}/sign`, li.key.headers, {})
    expect(unsigned.status).toBe(400)
    expect((await readProblem(unsigned)).errors![0]!.path).toBe('body.signedOn')
    expect(await readJson(await step.sign(id), 'signContract')).toMatchObject({ status: 'signed', signedOn: '2026-12-15', registrationNumber: '2026140400000123' })
    expect(await readJson(await step.start(id), 'startContract')).toMatchObject({ status: 'in_progress' })
    const completed = await readJson(await step.complete(id), 'completeContract')
    expect(completed).toMatchObject({ status: 'completed', reviewStatus: 'pending', revision: 1, outcomes: outcomes() })
    const verified = await readJson(await step.verify(id), 'verifyContract')
    expect(verified).toMatchObject({ status: 'completed', reviewStatus: 'verified', revision: 1 })

    const audit = await t.db.sql<{ action: string; actorRole: string }[]>`select action, actor_role from audit_events where entity_id = ${id} order by id`
    expect(audit).toEqual([
      { action: 'contract.create', actorRole: 'enterprise' },
      { action: 'contract.sign', actorRole: 'expert' },
      { action: 'contract.start', actorRole: 'enterprise' },
      { action: 'contract.complete', actorRole: 'expert' },
      { action: 'contract.verify', actorRole: 'park_staff' },
    ])
  })

  it('the answering expert records a contract on its accepted invitation; an admin records one on an accepted invitation too', async () => {
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, '专家起草')
    const byExpert = await t.app.request('/v1/contracts', json('POST', { needId, matchId, kind: 'consulting', title: '技术咨询合同', valueFen: 3_000_000 }, li.key.headers))
    expect(byExpert.status).toBe(201)
    expect(await readJson(byExpert, 'createContract')).toMatchObject({ counterpartId: li.id, enterpriseId: w.enterpriseA.id })
    // Another expert may not record a contract on it (it cannot even see the invitation).
    expect((await t.app.request('/v1/contracts', json('POST', { needId, matchId, kind: 'consulting', title: '冒名合同', valueFen: 1 }, wang.key.headers))).status).toBe(404)
    const byAdmin = await t.app.request('/v1/contracts', json('POST', { needId, matchId, kind: 'service', title: '技术服务合同', valueFen: 500_000, signedOn: '2026-11-01' }, w.keys.admin.headers))
    expect(byAdmin.status).toBe(201)
    expect(await readJson(byAdmin, 'createContract')).toMatchObject({ matchId, counterpartId: li.id, counterpartExpertId: li.id, signedOn: '2026-11-01' })
  })

  it.each([
    ['staffA', 403],
    ['enterpriseB', 404],
    ['staffB', 403],
    ['expertA', 404],
  ] as const)('recording a contract as %s → %i', async (key, status) => {
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, `录入权限${key}`)
    expect((await t.app.request('/v1/contracts', json('POST', { needId, matchId, kind: 'development', title: '合同', valueFen: 1 }, w.keys[key].headers))).status).toBe(status)
  })

  it('refuses bad links and values with field paths, and a contract on an unanswered invitation with 409', async () => {
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, '校验')
    const other = await acceptedMatch(t, w.keys.enterpriseA.headers, li, '另一需求')
    const foreignConsultation = await readJson(await schedule(t, other.matchId, w.keys.enterpriseA.headers), 'scheduleConsultation')
    const cases: [Record<string, unknown>, string][] = [
      [{ needId, matchId, consultationIds: [foreignConsultation.id] }, 'body.consultationIds'],
      [{ needId }, 'body.matchId'],
      [{ needId, counterpartKind: 'expert', counterpartId: li.id }, 'body.matchId'],
      [{ needId, matchId: other.matchId }, 'body.matchId'],
      [{ needId, matchId, counterpartKind: 'expert', counterpartId: wang.id }, 'body.counterpartId'],
      [{ needId, matchId, valueFen: Number.MAX_SAFE_INTEGER + 2 }, 'body.valueFen'],
      [{ needId, matchId, valueFen: maxAmountFen + 1 }, 'body.valueFen'],
      [{ needId, matchId, valueFen: 1.5 }, 'body.valueFen'],
      [{ needId, matchId, kind: 'lease' }, 'body.kind'],
    ]
    for (const [body, path] of cases) {
      const res = await t.app.request('/v1/contracts', json('POST', { kind: 'development', title: '合同', valueFen: 100, ...body }, w.keys.enterpriseA.headers))
      expect(res.status, path).toBe(400)
      expect((await readProblem(res)).errors!.map((e: { path: string }) => e.path)).toContain(path)
    }
    const proposedNeed = await newNeed(t, w.keys.enterpriseA.headers, '未答复')
    const proposed = await propose(t, proposedNeed, { kind: 'expert', id: wang.id }, w.keys.enterpriseA.headers)
    const early = await t.app.request('/v1/contracts', json('POST', { needId: proposedNeed, matchId: proposed.id, kind: 'development', title: '合同', valueFen: 1 }, w.keys.enterpriseA.headers))
    expect(early.status).toBe(409)
    expect(await readProblem(early)).toMatchObject({ currentState: 'proposed', wantedState: 'accepted' })

    const id = await reach('in_progress', '成果校验')
    const tooMuch = await post(t, `/v1/contracts/${id}/complete`, li.key.headers, { outcomes: outcomes({ evidence: Array.from({ length: 21 }, (_, i) => `DOC-${i}`) }) })
    expect((await readProblem(tooMuch)).errors![0]!.path).toBe('body.outcomes.evidence')
    const spaced = await post(t, `/v1/contracts/${id}/complete`, li.key.headers, { outcomes: outcomes({ evidence: ['not a document'] }) })
    expect((await readProblem(spaced)).errors![0]!.path).toBe('body.outcomes.evidence.0')
    const negative = await post(t, `/v1/contracts/${id}/complete`, li.key.headers, { outcomes: outcomes({ patentsFiled: -1 }) })
    expect((await readProblem(negative)).errors![0]!.path).toBe('body.outcomes.patentsFiled')
  })

  const legal: Record<State, Step[]> = {
    draft: ['sign', 'terminate'],
    signed: ['start', 'terminate'],
    in_progress: ['complete', 'terminate'],
    pending: ['verify', 'reject'],
    verified: [],
    rejected: [],
    terminated: [],
  }
  const wanted: Record<Step, string> = { sign: 'signed', start: 'in_progress', complete: 'completed', terminate: 'terminated', verify: 'verified', reject: 'rejected' }
  const illegal = (Object.keys(legal) as State[]).flatMap((state) =>
    (Object.keys(wanted) as Step[]).filter((s) => !legal[state].includes(s)).map((s) => [state, s, wanted[s]] as const),
  )

  it.each(illegal)('%s: %s is 409 naming current and wanted state (→ %s)', async (state, s, wantedState) => {
    const id = await reach(state, `非法${state}${s}`)
    const res = await step[s](id)
    expect(res.status).toBe(409)
    expect(await readProblem(res)).toMatchObject({ code: 'conflict', currentState: state, wantedState })
  })

  it('each step is for the right role: parties move it, the park reviews it (403), foreign keys see nothing (404)', async () => {
    const id = await reach('draft', '角色矩阵')
    expect((await step.sign(id, w.keys.staffA.headers)).status).toBe(403)
    expect((await step.sign(id, w.keys.staffB.headers)).status).toBe(404)
    expect((await step.sign(id, wang.key.headers)).status).toBe(404)
    expect((await step.sign(id, w.keys.enterpriseB.headers)).status).toBe(404)
    expect((await step.sign(id, w.keys.enterpriseA.headers)).status).toBe(200)
    expect((await step.start(id, w.keys.admin.headers)).status).toBe(200)
    expect((await step.complete(id, w.keys.staffA.headers)).status).toBe(403)
    expect((await step.complete(id)).status).toBe(200)
    for (const headers of [w.keys.enterpriseA.headers, li.key.headers]) {
      expect((await step.verify(id, headers)).status).toBe(403)
      expect((await step.reject(id, headers)).status).toBe(403)
    }
    expect((await step.verify(id, w.keys.staffB.headers)).status).toBe(404)
    expect((await step.reject(id, w.keys.admin.headers)).status).toBe(200)

    for (const key of [w.keys.enterpriseA, w.keys.staffA, w.keys.admin, li.key]) {
      expect((await t.app.request(`/v1/contracts/${id}`, { headers: key.headers })).status).toBe(200)
      expect((await t.app.request(`/v1/contracts/${id}/revisions`, { headers: key.headers })).status).toBe(200)
      const list = await readJson(await t.app.request('/v1/contracts?limit=100', { headers: key.headers }), 'listContracts')
      expect(list.items.map((c: { id: string }) => c.id)).toContain(id)
    }
    for (const key of [w.keys.enterpriseB, w.keys.staffB, w.keys.expertA, wang.key]) {
      expect((await t.app.request(`/v1/contracts/${id}`, { headers: key.headers })).status).toBe(404)
      expect((await t.app.request(`/v1/contracts/${id}/revisions`, { headers: key.headers })).status).toBe(404)
      const list = await readJson(await t.app.request('/v1/contracts?limit=100', { headers: key.headers }), 'listContracts')
      expect(list.items.map((c: { id: string }) => c.id)).not.toContain(id)
    }
  })

  it('PATCH needs If-Match and works until completion; a verified contract is frozen; a revision goes back to review, history kept', async () => {
    const id = await reach('draft', '冻结与修订')
    const path = `/v1/contracts/${id}`
    expect((await t.app.request(path, json('PATCH', { valueFen: 90_000_000 }, w.keys.enterpriseA.headers))).status).toBe(428)
    const patched = await t.app.request(path, json('PATCH', { valueFen: 90_000_000, title: '修改后的合同' }, { ...w.keys.enterpriseA.headers, 'if-match': await etagOf(id) }))
    expect(patched.status).toBe(200)
    expect(await readJson(patched, 'updateContract')).toMatchObject({ valueFen: 90_000_000, title: '修改后的合同' })
    expect((await t.app.request(path, json('PATCH', { title: 'x' }, { ...w.keys.staffA.headers, 'if-match': await etagOf(id) }))).status).toBe(403)
    for (const s of paths.verified) expect((await step[s](id)).status).toBe(200)

    const frozen = await t.app.request(path, json('PATCH', { valueFen: 1 }, { ...w.keys.enterpriseA.headers, 'if-match': await etagOf(id) }))
    expect(frozen.status).toBe(409)
    expect(await readProblem(frozen)).toMatchObject({ currentState: 'verified' })
    expect((await readJson(await t.app.request(path, { headers: w.keys.admin.headers }), 'getContract')).valueFen).toBe(90_000_000)

    const revise = (body: unknown, headers = w.keys.enterpriseA.headers) => post(t, `${path}/revisions`, headers, body)
    expect((await revise({ reason: '更正', changes: { outcomes: { addedRevenueFen: 1_500_000_000 } } }, w.keys.staffA.headers)).status).toBe(403)
    expect((await revise({ reason: '更正', changes: { outcomes: { addedRevenueFen: outcomes().addedRevenueFen } } })).status).toBe(400)
    const revised = await revise({ reason: '补充发票，更正新增销售收入', changes: { registrationNumber: '2026140400000999', outcomes: { addedRevenueFen: 1_500_000_000 } } })
    expect(revised.status).toBe(201)
    expect(await readJson(revised, 'reviseContract')).toMatchObject({ reviewStatus: 'pending', revision: 2, registrationNumber: '2026140400000999', outcomes: { ...outcomes(), addedRevenueFen: 1_500_000_000 } })

    const rejected = await step.reject(id)
    expect(await readJson(rejected, 'rejectContract')).toMatchObject({ reviewStatus: 'rejected', revision: 2 })
    const resubmitted = await revise({ reason: '补充专利授权证明', changes: { outcomes: { patentsGranted: 2, evidence: ['ZL202610123456.7'] } } }, li.key.headers)
    expect(await readJson(resubmitted, 'reviseContract')).toMatchObject({ reviewStatus: 'pending', revision: 3 })
    expect(await readJson(await step.verify(id, w.keys.admin.headers), 'verifyContract')).toMatchObject({ reviewStatus: 'verified', revision: 3 })

    const history = await readJson(await t.app.request(`${path}/revisions`, { headers: w.keys.staffA.headers }), 'getContractHistory')
    expect(history).toMatchObject({ contractId: id, status: 'completed', reviewStatus: 'verified', revision: 3 })
    expect(history.revisions.map((r) => [r.number, r.createdByRole])).toEqual([[1, 'expert'], [2, 'enterprise'], [3, 'expert']])
    expect(history.revisions[0]!.changes.addedRevenueFen).toEqual({ from: null, to: 1_250_000_000 })
    expect(history.revisions[1]).toMatchObject({
      reason: '补充发票，更正新增销售收入',
      changes: { addedRevenueFen: { from: 1_250_000_000, to: 1_500_000_000 }, registrationNumber: { from: '2026140400000123', to: '2026140400000999' } },
    })
    expect(history.revisions[2]!.changes).toEqual({ patentsGranted: { from: 1, to: 2 }, evidence: { from: outcomes().evidence, to: ['ZL202610123456.7'] } })
    expect(history.reviews.map((r) => [r.revision, r.decision, r.reviewerRole])).toEqual([
      [1, 'verified', 'park_staff'],
      [2, 'rejected', 'park_staff'],
      [3, 'verified', 'admin'],
    ])
    expect(history.reviews[1]!.comment).toBe('缺少发票佐证')

    const notCompleted = await reach('signed', '未完成修订')
    const early = await post(t, `/v1/contracts/${notCompleted}/revisions`, w.keys.enterpriseA.headers, { reason: '更正', changes: { title: '新标题' } })
    expect(early.status).toBe(409)
    expect(await readProblem(early)).toMatchObject({ currentState: 'signed', wantedState: 'pending' })
  })

  it('of two racing transitions of one contract exactly one wins (the other 409); two PATCHes on one ETag: one 412', async () => {
    const pending = await reach('pending', '并发审核')
    const reviews = await Promise.all([step.verify(pending), step.reject(pending, w.keys.admin.headers)])
    expect(reviews.map((r) => r.status).sort()).toEqual([200, 409])
    const [reviewRows] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from contract_reviews where contract_id = ${pending}`
    expect(reviewRows!.n).toBe(1)

    const running = await reach('in_progress', '并发推进')
    const moves = await Promise.all([step.complete(running), step.terminate(running)])
    expect(moves.map((r) => r.status).sort()).toEqual([200, 409])

    const drafted = await reach('draft', '并发修改')
    const etag = await etagOf(drafted)
    const patches = await Promise.all([
      t.app.request(`/v1/contracts/${drafted}`, json('PATCH', { valueFen: 1 }, { ...w.keys.enterpriseA.headers, 'if-match': etag })),
      t.app.request(`/v1/contracts/${drafted}`, json('PATCH', { valueFen: 2 }, { ...li.key.headers, 'if-match': etag })),
    ])
    expect(patches.map((r) => r.status).sort()).toEqual([200, 412])
  })

  it('lists with filters and cursor pagination', async () => {
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, '列表')
    const ids: string[] = []
    for (const kind of ['development', 'service', 'licence']) {
      ids.push((await readJson(await t.app.request('/v1/contracts', json('POST', { needId, matchId, kind, title: `${kind}合同`, valueFen: 100 }, w.keys.enterpriseA.headers)), 'createContract')).id)
    }
    await step.terminate(ids[1]!)
    const first = await readJson(await t.app.request(`/v1/contracts?needId=${needId}&limit=2`, { headers: li.key.headers }), 'listContracts')
    expect(first).toMatchObject({ total: 3 })
    const second = await readJson(await t.app.request(`/v1/contracts?needId=${needId}&limit=2&cursor=${first.nextCursor}`, { headers: li.key.headers }), 'listContracts')
    expect([...first.items, ...second.items].map((c: { id: string }) => c.id)).toEqual([...ids].reverse())
    expect((await readJson(await t.app.request(`/v1/contracts?matchId=${matchId}&status=terminated`, { headers: w.keys.staffA.headers }), 'listContracts')).items.map((c: { id: string }) => c.id)).toEqual([ids[1]])
    expect((await readJson(await t.app.request(`/v1/contracts?needId=${needId}&kind=licence`, { headers: w.keys.admin.headers }), 'listContracts')).items.map((c: { id: string }) => c.id)).toEqual([ids[2]])
  })
})
