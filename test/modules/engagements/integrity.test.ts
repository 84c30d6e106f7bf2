import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maxAmountFen } from '../../../src/core/schemas.js'
import { encodeCursor } from '../../../src/platform/http/pagination.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createKey, createWorld, json, validUscc } from '../../helpers/fixtures.js'
import { type FlowExpert, acceptedMatch, completion, newExpert, newNeed, outcomes, post, propose, schedule } from '../../helpers/flow.js'
import { type BodyOf, readJson, readProblem } from '../../helpers/http.js'

/**
 * What a hostile tester broke on the integrity of the flow (issue 11): paths that reached a state
 * without the rules the main path enforces, state changes whose dependents did not follow, and
 * values at their limits. One describe per finding, numbered as in the issue.
 */
describe('integrity: every path passes the same rules', () => {
  let t: TestApp
  let w: World
  let admin: Record<string, string>
  let li: FlowExpert

  const get = (path: string, headers: Record<string, string>) => t.app.request(path, { headers })
  /** A PATCH with the current ETag, as a client that just read the object sends it. */
  const patch = async (path: string, body: unknown, headers: Record<string, string>) => {
    const etag = (await get(path, admin)).headers.get('etag')!
    return t.app.request(path, json('PATCH', body, { ...headers, 'if-match': etag }))
  }
  const contract = (body: Record<string, unknown>, headers: Record<string, string>) =>
    t.app.request('/v1/contracts', json('POST', { kind: 'development', title: '技术开发合同', valueFen: 80_000_000, ...body }, headers))
  /** A contract taken to verified by its parties and the park's staff. */
  const verifiedContract = async (needId: string, matchId: string, expert: FlowExpert, valueFen: number, reviewer = w.keys.staffA.headers) => {
    const created = await contract({ needId, matchId, valueFen }, w.keys.enterpriseA.headers)
    expect(created.status).toBe(201)
    const id = (await readJson(created, 'createContract')).id as string
    for (const [step, body, headers] of [
      ['sign', { signedOn: new Date().toISOString().slice(0, 10) }, w.keys.enterpriseA.headers],
      ['start', undefined, w.keys.enterpriseA.headers],
      ['complete', { outcomes: outcomes() }, expert.key.headers],
      ['verify', { comment: '核验通过' }, reviewer],
    ] as const) {
      expect((await post(t, `/v1/contracts/${id}/${step}`, headers, body)).status, step).toBe(200)
    }
    return id
  }

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    admin = w.keys.admin.headers
    li = await newExpert(t, admin, '李明')
  })
  afterAll(() => t?.close())

  describe('1. contracts follow an engagement', () => {
    it('an expert cannot record a contract without an accepted invitation, even on a need it can read', async () => {
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '公开需求无邀请', { visibility: 'public' })
      const res = await contract({ needId, counterpartKind: 'expert', counterpartId: li.id, valueFen: 900_000_000_000 }, li.key.headers)
      expect(res.status).toBe(400)
      expect((await readProblem(res)).errors!.map((e: { path: string }) => e.path)).toContain('body.matchId')
      const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from contracts where need_id = ${needId}`
      expect(row!.n).toBe(0)
    })

    it('an enterprise cannot contract its own employee: not without an invitation, nor after the expert joins it', async () => {
      const employee = await newExpert(t, admin, '内部员工', { enterpriseId: w.enterpriseA.id, organisation: '内部员工的单位' })
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '自家员工')
      const direct = await contract({ needId, counterpartKind: 'expert', counterpartId: employee.id }, w.keys.enterpriseA.headers)
      expect(direct.status).toBe(400)
      // Engaged while independent, then employed by the enterprise: the contract path checks the conflict again.
      const later = await newExpert(t, admin, '后入职')
      const { needId: laterNeed, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, later, '入职前接受')
      expect((await patch(`/v1/experts/${later.id}`, { enterpriseId: w.enterpriseA.id }, admin)).status).toBe(200)
      const conflicted = await contract({ needId: laterNeed, matchId }, w.keys.enterpriseA.headers)
      expect(conflicted.status).toBe(409)
      expect((await readProblem(conflicted)).rule).toBe('conflict_of_interest')
    })

    it('no contract in the database lacks the accepted invitation it follows', async () => {
      const orphans = await t.db.sql`
        select k.id from contracts k left join matches m on m.id = k.match_id
        where m.id is null or m.status <> 'accepted' or m.need_id <> k.need_id`
      expect(orphans).toEqual([])
    })
  })

  describe('2. money at its limits: capped on the way in, summed without overflow', () => {
    it('refuses an amount above 100亿元 with a clear 400, and reports add up at the cap', async () => {
      const expert = await newExpert(t, admin, '大额合同')
      const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, expert, '大额合同需求')
      const over = await contract({ needId, matchId, valueFen: maxAmountFen + 1 }, w.keys.enterpriseA.headers)
      expect(over.status).toBe(400)
      expect((await readProblem(over)).errors![0]).toMatchObject({ path: 'body.valueFen' })
      const nearDoubleLimit = await contract({ needId, matchId, valueFen: 2 ** 52 }, w.keys.enterpriseA.headers)
      expect(nearDoubleLimit.status).toBe(400)
      const budget = await t.app.request('/v1/needs', json('POST', { title: '预算上限', industryCode: 'new_materials', kind: 'consulting', problem: '测试', budgetMaxFen: maxAmountFen + 1 }, w.keys.enterpriseA.headers))
      expect((await readProblem(budget)).errors![0]!.path).toBe('body.budgetMaxFen')
      await verifiedContract(needId, matchId, expert, maxAmountFen)
      await verifiedContract(needId, matchId, expert, maxAmountFen)
      const [sums] = await t.db.sql<{ value: string }[]>`select sum(value_fen)::text as value from contracts where park_id = ${w.parkA.id} and review_status = 'verified'`
      const report = await get(`/v1/parks/${w.parkA.id}/stats`, w.keys.staffA.headers)
      expect(report.status).toBe(200)
      expect((await readJson(report, 'getParkStats')).outcomes.valueFen).toBe(Number(sums!.value))
      expect((await t.app.request(`/v1/parks/${w.parkA.id}/stats`, { headers: { ...w.keys.staffA.headers, accept: 'text/csv' } })).status).toBe(200)
      expect((await t.app.request(`/v1/parks/${w.parkA.id}/stats?chart=value-by-industry`, { headers: { ...w.keys.staffA.headers, accept: 'image/svg+xml' } })).status).toBe(200)
      expect((await get('/v1/stats', admin)).status).toBe(200)
    })
  })

  describe('3. an enterprise that moves takes its engagements along', () => {
    it('invitations, consultations and contracts move to the new park: its staff read and review them, the old park no longer does', async () => {
      const enterprise = await t.app.request('/v1/enterprises', json('POST', { name: '迁移企业有限公司', uscc: validUscc(880001), parkId: w.parkA.id, size: 'small' }, admin))
      const enterpriseId = (await readJson(enterprise, 'createEnterprise')).id as string
      const key = await createKey(t.db.sql, 'enterprise', { enterpriseId })
      const expert = await newExpert(t, admin, '迁移专家')
      const { needId, matchId } = await acceptedMatch(t, key.headers, expert, '迁移前的需求')
      const consultationId = (await readJson(await schedule(t, matchId, key.headers), 'scheduleConsultation')).id as string
      const contractRes = await contract({ needId, matchId }, key.headers)
      const contractId = (await readJson(contractRes, 'createContract')).id as string
      for (const [step, body, headers] of [
        ['sign', { signedOn: '2026-11-30' }, key.headers],
        ['start', undefined, key.headers],
        ['complete', { outcomes: outcomes() }, expert.key.headers],
      ] as const) expect((await post(t, `/v1/contracts/${contractId}/${step}`, headers, body)).status).toBe(200)

      expect((await patch(`/v1/enterprises/${enterpriseId}`, { parkId: w.parkB.id }, admin)).status).toBe(200)

      for (const path of [`/v1/needs/${needId}`, `/v1/matches/${matchId}`, `/v1/consultations/${consultationId}`, `/v1/contracts/${contractId}`]) {
        expect((await get(path, w.keys.staffA.headers)).status, `old park reads ${path}`).toBe(404)
        const read = await get(path, w.keys.staffB.headers)
        expect(read.status, `new park reads ${path}`).toBe(200)
        expect(((await readJson(read)) as BodyOf<'getNeed' | 'getMatch' | 'getConsultation' | 'getContract'>).parkId).toBe(w.parkB.id)
      }
      expect((await post(t, `/v1/contracts/${contractId}/verify`, w.keys.staffA.headers, { comment: '越权核验' })).status).toBe(404)
      expect((await post(t, `/v1/contracts/${contractId}/verify`, w.keys.staffB.headers, { comment: '核验通过' })).status).toBe(200)

      const moves = await t.db.sql<{ action: string; parkId: string }[]>`
        select action, park_id from audit_events where entity_id in (${needId}, ${matchId}, ${consultationId}, ${contractId}) and action like '%.move' order by action`
      expect(moves).toEqual(['consultation.move', 'contract.move', 'match.move', 'need.move'].map((action) => ({ action, parkId: w.parkB.id })))
      const left = await readJson(await get(`/v1/audit-events?entityId=${enterpriseId}`, w.keys.staffA.headers), 'listAuditEvents')
      expect(left.items.map((e: { action: string }) => e.action)).toContain('enterprise.leave_park')
      // The new park's trail holds what happens next to the moved contract.
      const trail = await readJson(await get(`/v1/audit-events?entityId=${contractId}`, w.keys.staffB.headers), 'listAuditEvents')
      expect(trail.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['contract.verify', 'contract.move']))
    })
  })

  describe('5. closing a need ends its invitations and calls off its consultations', () => {
    it('an unanswered invitation is withdrawn, a scheduled consultation cancelled, and nothing new can start', async () => {
      const invited = await newExpert(t, admin, '关闭前受邀')
      const engaged = await newExpert(t, admin, '关闭前接受')
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '将被关闭')
      await t.db.sql`update needs set partner_slots = 2 where id = ${needId}`
      const open = await propose(t, needId, { kind: 'expert', id: invited.id }, w.keys.enterpriseA.headers)
      const accepted = await propose(t, needId, { kind: 'expert', id: engaged.id }, w.keys.enterpriseA.headers)
      expect((await post(t, `/v1/matches/${accepted.id}/accept`, engaged.key.headers)).status).toBe(200)
      const consultation = await readJson(await schedule(t, accepted.id, w.keys.enterpriseA.headers), 'scheduleConsultation')

      expect((await patch(`/v1/needs/${needId}`, { status: 'closed' }, w.keys.enterpriseA.headers)).status).toBe(200)

      const late = await post(t, `/v1/matches/${open.id}/accept`, invited.key.headers)
      expect(late.status).toBe(409)
      expect(await readJson(await get(`/v1/matches/${open.id}`, admin), 'getMatch')).toMatchObject({ status: 'withdrawn' })
      expect(await readJson(await get(`/v1/consultations/${consultation.id}`, admin), 'getConsultation')).toMatchObject({ status: 'cancelled' })
      const another = await schedule(t, accepted.id, engaged.key.headers)
      expect(another.status).toBe(409)
      expect((await readProblem(another)).currentState).toBe('closed')
      const audited = await t.db.sql<{ action: string }[]>`select action from audit_events where entity_id in (${open.id}, ${consultation.id}) order by id`
      expect(audited.map((e) => e.action)).toEqual(['match.propose', 'consultation.schedule', 'match.withdraw', 'consultation.cancel'])
    })

    it('a need whose only slot is taken withdraws its other invitations', async () => {
      const [first, second] = [await newExpert(t, admin, '先接受'), await newExpert(t, admin, '后到')]
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '独占需求')
      const a = await propose(t, needId, { kind: 'expert', id: first.id }, w.keys.enterpriseA.headers)
      const b = await propose(t, needId, { kind: 'expert', id: second.id }, w.keys.enterpriseA.headers)
      expect((await post(t, `/v1/matches/${a.id}/accept`, first.key.headers)).status).toBe(200)
      expect(await readJson(await get(`/v1/matches/${b.id}`, admin), 'getMatch')).toMatchObject({ status: 'withdrawn' })
      const third = await newExpert(t, admin, '满员后受邀')
      const refused = await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: third.id }, w.keys.enterpriseA.headers))
      expect(refused.status).toBe(409)
      expect((await readProblem(refused)).currentState).toBe('full')
    })
  })

  describe('6. CSV reports never carry a live formula', () => {
    it('a name starting with = + - @ is written as text', async () => {
      const names = ['=HYPERLINK("http://evil.example/x","点我")', '+1+1', '-2+3', '@SUM(1)']
      for (const name of names) {
        const expert = await newExpert(t, admin, name)
        const { matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, expert, `公式${name}`)
        const consultation = await readJson(await schedule(t, matchId, w.keys.enterpriseA.headers), 'scheduleConsultation')
        expect((await post(t, `/v1/consultations/${consultation.id}/complete`, expert.key.headers, completion())).status).toBe(200)
      }
      const csv = await (await t.app.request('/v1/stats', { headers: { ...admin, accept: 'text/csv' } })).text()
      for (const name of names) {
        const written = name.replaceAll('"', '""')
        const at = [...csv.matchAll(new RegExp(written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((found) => found.index!)
        expect(at.length, name).toBeGreaterThan(0)
        for (const index of at) expect(csv[index - 1], name).toBe("'")
      }
    })
  })

  describe('7. access ends with its reason', () => {
    it('an expert whose invitation to a private need was withdrawn no longer reads or finds it', async () => {
      const expert = await newExpert(t, admin, '被撤回')
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '机密工艺绝密配方', { visibility: 'private' })
      const match = await propose(t, needId, { kind: 'expert', id: expert.id }, w.keys.enterpriseA.headers)
      expect((await get(`/v1/needs/${needId}`, expert.key.headers)).status).toBe(200)
      expect((await post(t, `/v1/matches/${match.id}/withdraw`, w.keys.enterpriseA.headers)).status).toBe(200)
      expect((await get(`/v1/needs/${needId}`, expert.key.headers)).status).toBe(404)
      const found = await readJson(await get(`/v1/needs?q=${encodeURIComponent('绝密配方')}`, expert.key.headers), 'listNeeds')
      expect(found.total).toBe(0)
    })

    it('a decline with auto-next on a need whose slot is taken invites nobody', async () => {
      const [taker, decliner] = [await newExpert(t, admin, '占位者'), await newExpert(t, admin, '婉拒者')]
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '碳纤维原丝均匀性自动顺延', { visibility: 'private' })
      const first = await propose(t, needId, { kind: 'expert', id: taker.id }, w.keys.enterpriseA.headers)
      const second = await readJson(await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: decliner.id, autoNext: true }, w.keys.enterpriseA.headers)), 'proposeMatch')
      expect((await post(t, `/v1/matches/${first.id}/accept`, taker.key.headers)).status).toBe(200)
      // The slot is taken: the second invitation was withdrawn with it, so it cannot be declined into an auto-next.
      expect((await post(t, `/v1/matches/${second.id}/decline`, decliner.key.headers, { reason: '档期冲突' })).status).toBe(409)
      const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from matches where need_id = ${needId}`
      expect(row!.n).toBe(2)
    })
  })

  describe('8. responsibility moves with a new lead or contact', () => {
    it('after a workstation\'s lead changes, the new lead answers its open invitations and the old one no longer can', async () => {
      const [oldLead, newLead] = [await newExpert(t, admin, '原站长'), await newExpert(t, admin, '新站长')]
      const station = await readJson(await t.app.request('/v1/workstations', json('POST', { name: '交接测试专家工作站', kind: 'expert_station', hostParkId: w.parkA.id, leadExpertId: oldLead.id, fields: ['碳纤维'] }, admin)), 'createWorkstation')
      const society = await readJson(await t.app.request('/v1/societies', json('POST', { name: '交接测试学会', level: 'municipal', contactExpertId: oldLead.id }, admin)), 'createSociety')
      const stationNeed = await newNeed(t, w.keys.enterpriseA.headers, '工作站交接')
      const societyNeed = await newNeed(t, w.keys.enterpriseA.headers, '学会交接')
      const stationMatch = await propose(t, stationNeed, { kind: 'workstation', id: station.id }, w.keys.enterpriseA.headers)
      const societyMatch = await propose(t, societyNeed, { kind: 'society', id: society.id }, w.keys.enterpriseA.headers)

      expect((await patch(`/v1/workstations/${station.id}`, { leadExpertId: newLead.id }, admin)).status).toBe(200)
      expect((await patch(`/v1/societies/${society.id}`, { contactExpertId: newLead.id }, admin)).status).toBe(200)

      for (const match of [stationMatch, societyMatch]) {
        expect((await post(t, `/v1/matches/${match.id}/accept`, oldLead.key.headers)).status).toBe(404)
        expect((await post(t, `/v1/matches/${match.id}/accept`, newLead.key.headers)).status).toBe(200)
      }
      const handOvers = await t.db.sql<{ action: string }[]>`select action from audit_events where entity_id in (${stationMatch.id}, ${societyMatch.id}) and action = 'match.hand_over'`
      expect(handOvers).toHaveLength(2)
    })
  })

  describe('9. cursors and dates at their limits', () => {
    it('a crafted cursor is a 400, not a 500', async () => {
      for (const cursor of [
        encodeCursor({ createdAt: '+275760-09-13T00:00:00Z', id: '00000000-0000-4000-8000-000000000000' }),
        encodeCursor({ createdAt: '0001-01-01T00:00:00.000000Z', id: '00000000-0000-4000-8000-000000000000' }),
        encodeCursor({ createdAt: '2026-01-01', id: '00000000-0000-4000-8000-000000000000' }),
      ]) {
        for (const path of ['/v1/needs', '/v1/matches', '/v1/contracts', '/v1/experts']) {
          const res = await get(`${path}?cursor=${cursor}`, admin)
          expect(res.status, `${path} ${cursor}`).toBe(400)
          expect((await readProblem(res)).errors![0]!.path).toBe('query.cursor')
        }
      }
    })

    it('dates outside 1900–2200 are refused; dates at the edges read back exactly', async () => {
      for (const deadline of ['0001-01-01', '0050-06-01', '1899-12-31', '2201-01-01']) {
        const res = await t.app.request('/v1/needs', json('POST', { title: '日期越界', industryCode: 'new_materials', kind: 'consulting', problem: '测试', deadline }, w.keys.enterpriseA.headers))
        expect(res.status, deadline).toBe(400)
        expect((await readProblem(res)).errors![0]!.path).toBe('body.deadline')
      }
      for (const deadline of ['1900-01-01', '2200-12-31']) {
        const res = await t.app.request('/v1/needs', json('POST', { title: `日期${deadline}`, industryCode: 'new_materials', kind: 'consulting', problem: '测试', deadline }, w.keys.enterpriseA.headers))
        expect(res.status).toBe(201)
        const id = (await readJson(res, 'createNeed')).id
        expect((await readJson(await get(`/v1/needs/${id}`, admin), 'getNeed')).deadline).toBe(deadline)
      }
      const expert = await newExpert(t, admin, '日期专家')
      const { matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, expert, '咨询时间边界')
      expect((await schedule(t, matchId, w.keys.enterpriseA.headers, { scheduledAt: '0050-06-01T00:00:00Z' })).status).toBe(400)
      for (const scheduledAt of ['1900-01-01T00:00:00.000Z', '2200-12-31T23:59:59.000Z']) {
        const res = await schedule(t, matchId, w.keys.enterpriseA.headers, { scheduledAt })
        expect(res.status).toBe(201)
        expect((await readJson(await get(`/v1/consultations/${(await readJson(res, 'scheduleConsultation')).id}`, admin), 'getConsultation')).scheduledAt).toBe(scheduledAt)
      }
      expect((await get('/v1/stats?from=0001-01-01&to=0002-01-01', admin)).status).toBe(400)
    })
  })

  describe('10. protocol and text edges', () => {
    it('If-Match compares strongly: a weak tag never matches', async () => {
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '弱标签')
      const etag = (await get(`/v1/needs/${needId}`, admin)).headers.get('etag')!
      const weak = await t.app.request(`/v1/needs/${needId}`, json('PATCH', { goals: '弱比较' }, { ...w.keys.enterpriseA.headers, 'if-match': `W/${etag}` }))
      expect(weak.status).toBe(412)
    })

    it('query text with control characters or malformed percent-encoding is a 400', async () => {
      for (const q of ['%01', '%C2%85', '%FF', '%E4%B8', 'a%2']) {
        const res = await get(`/v1/needs?q=${q}`, admin)
        expect(res.status, q).toBe(400)
        expect((await readProblem(res)).errors![0]!.path).toBe('query.q')
      }
      expect((await get(`/v1/experts?field=${encodeURIComponent('\u200b')}`, admin)).status).toBe(400)
      // No query parameter carries a NUL to the database, whatever its schema.
      for (const path of ['/v1/parks?industry=%00', '/v1/enterprises?industry=%00', '/v1/needs?industryCode=%00']) {
        const res = await get(path, admin)
        expect(res.status, path).toBe(400)
        expect((await readProblem(res)).code).toBe('validation_failed')
      }
    })

    it('refuses C1 controls and text that shows nothing', async () => {
      for (const title of ['\u200b', '\u200b\ufeff \u3000', '\u0085碳纤维', '碳纤维\u009b31m']) {
        const res = await t.app.request('/v1/needs', json('POST', { title, industryCode: 'new_materials', kind: 'consulting', problem: '测试' }, w.keys.enterpriseA.headers))
        expect(res.status, JSON.stringify(title)).toBe(400)
        expect((await readProblem(res)).errors![0]!.path).toBe('body.title')
      }
      const keyword = await t.app.request('/v1/needs', json('POST', { title: '关键词', industryCode: 'new_materials', kind: 'consulting', problem: '测试', keywords: ['\u200b'] }, w.keys.enterpriseA.headers))
      expect((await readProblem(keyword)).errors![0]!.path).toBe('body.keywords.0')
    })

    it('an unknown industry or a duplicate USCC names the field, never a database constraint', async () => {
      const unknown = await t.app.request('/v1/needs', json('POST', { title: '未知行业', industryCode: 'no_such_industry', kind: 'consulting', problem: '测试' }, w.keys.enterpriseA.headers))
      expect(unknown.status).toBe(400)
      const body = await readProblem(unknown)
      expect(body.errors!.map((e: { path: string }) => e.path)).toEqual(['body.industryCode'])
      expect(JSON.stringify(body)).not.toMatch(/_fkey|_key\b|constraint/)
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '改行业')
      const changed = await patch(`/v1/needs/${needId}`, { industryCode: 'no_such_industry' }, w.keys.enterpriseA.headers)
      expect((await readProblem(changed)).errors!.map((e: { path: string }) => e.path)).toEqual(['body.industryCode'])
      const duplicate = await t.app.request('/v1/enterprises', json('POST', { name: '重复代码企业', uscc: w.enterpriseA.uscc, parkId: w.parkA.id, size: 'small' }, admin))
      expect(duplicate.status).toBe(409)
      const problem = await readProblem(duplicate)
      expect(problem.errors!.map((e: { path: string }) => e.path)).toEqual(['body.uscc'])
      expect(JSON.stringify(problem)).not.toMatch(/_fkey|_key\b|constraint/)
    })
  })

  describe('12. every state change is audited, under the server\'s request id', () => {
    it('an accept that starts its need writes the need\'s own audit entry', async () => {
      const expert = await newExpert(t, admin, '审计专家')
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '审计需求')
      const match = await propose(t, needId, { kind: 'expert', id: expert.id }, w.keys.enterpriseA.headers)
      const res = await t.app.request(`/v1/matches/${match.id}/accept`, { method: 'POST', headers: { ...expert.key.headers, 'x-request-id': 'client-chosen-id' } })
      expect(res.status).toBe(200)
      const events = await t.db.sql<{ action: string; before: { status: string }; after: { status: string }; requestId: string; clientRequestId: string | null }[]>`
        select action, before, after, request_id, client_request_id from audit_events where entity_id = ${needId} order by id`
      expect(events.map((e) => e.action)).toEqual(['need.create', 'need.start'])
      expect([events[1]!.before.status, events[1]!.after.status]).toEqual(['open', 'in_progress'])
      expect(events[1]!.requestId).toBe(res.headers.get('x-request-id'))
      expect(events[1]!.requestId).toMatch(/^[0-9a-f-]{36}$/)
      expect(events[1]!.clientRequestId).toBe('client-chosen-id')
    })
  })

  describe('13. credentials are set by the association, not self-asserted', () => {
    it('an expert may not make itself an academician or change its title, organisation or employer; an admin may', async () => {
      for (const change of [{ isAcademician: true }, { title: '院士' }, { organisation: '中国科学院' }, { enterpriseId: w.enterpriseA.id }]) {
        const res = await patch(`/v1/experts/${li.id}`, change, li.key.headers)
        expect(res.status, JSON.stringify(change)).toBe(403)
        expect((await readProblem(res)).errors![0]!.path).toBe(`body.${Object.keys(change)[0]}`)
      }
      expect((await patch(`/v1/experts/${li.id}`, { bio: '从事碳纤维原丝研究二十年。', availability: 'busy' }, li.key.headers)).status).toBe(200)
      const byAdmin = await patch(`/v1/experts/${li.id}`, { isAcademician: true }, admin)
      expect(await readJson(byAdmin, 'updateExpert')).toMatchObject({ isAcademician: true })
    })
  })

  describe('14. what park staff may learn about other parks\' enterprises', () => {
    it('registering a USCC held in another park says only that it is taken', async () => {
      const res = await t.app.request('/v1/enterprises', json('POST', { name: '跨园区企业', uscc: w.enterpriseA.uscc, parkId: w.parkB.id, size: 'small' }, w.keys.staffB.headers))
      expect(res.status).toBe(409)
      const text = await res.text()
      for (const secret of [w.enterpriseA.id, w.enterpriseA.name, w.parkA.id, w.parkA.name, 'enterprises_uscc_key']) expect(text).not.toContain(secret)
      expect(JSON.parse(text).errors).toEqual([{ path: 'body.uscc', message: expect.stringContaining('already registered') }])
    })
  })

  describe('an expert made unavailable', () => {
    it('declines its unanswered invitations in the same change, audited, and cannot accept', async () => {
      const expert = await newExpert(t, admin, '暂停对接')
      const needId = await newNeed(t, w.keys.enterpriseA.headers, '暂停前的邀请')
      const match = await propose(t, needId, { kind: 'expert', id: expert.id }, w.keys.enterpriseA.headers)
      expect((await patch(`/v1/experts/${expert.id}`, { availability: 'unavailable' }, expert.key.headers)).status).toBe(200)
      expect(await readJson(await get(`/v1/matches/${match.id}`, admin), 'getMatch')).toMatchObject({ status: 'declined' })
      expect((await post(t, `/v1/matches/${match.id}/accept`, expert.key.headers)).status).toBe(409)
      const [event] = await t.db.sql<{ actorRole: string }[]>`select actor_role from audit_events where entity_id = ${match.id} and action = 'match.decline'`
      expect(event!.actorRole).toBe('expert')
    })
  })
})
