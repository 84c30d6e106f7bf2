import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createKey, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, completion, newExpert, newNeed, outcomes, post, propose, schedule } from '../../helpers/flow.js'
import { readJson, readProblem } from '../../helpers/http.js'

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/**
 * Proposals (揭榜) through the real API: a need opened for proposals, experts (and a society through
 * its contact) proposing, the need's side reading them beside the ranking and deciding; an accepted
 * proposal is an accepted match under the rules of an invitation's accept.
 */
describe('proposals (揭榜)', () => {
  let t: TestApp
  let w: World
  let admin: Record<string, string>
  let enterprise: Record<string, string>
  let fibre: FlowExpert

  const fibreProfile = { fields: ['碳纤维', '高分子材料'], keywords: ['碳纤维原丝', '纺丝', '断丝率'], bio: '长期从事聚丙烯腈基碳纤维原丝纺丝工艺研究。' }
  const drain = async () => {
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
  }
  const publicNeed = (title: string, extra: Record<string, unknown> = {}) => newNeed(t, enterprise, title, { visibility: 'public', keywords: ['碳纤维原丝', '断丝率'], ...extra })
  async function openForProposals(needId: string, headers = enterprise, closesAt = inDays(30)) {
    const etag = (await t.app.request(`/v1/needs/${needId}`, { headers })).headers.get('etag')!
    return t.app.request(`/v1/needs/${needId}`, json('PATCH', { proposalsCloseAt: closesAt }, { ...headers, 'if-match': etag }))
  }
  const proposal = (extra: Record<string, unknown> = {}) => ({
    approach: '优化凝固浴温度与牵伸比，配合在线张力控制，将断丝率降至每万米 0.5 次以下。',
    durationDays: 120,
    priceMinFen: 30_000_000,
    priceMaxFen: 60_000_000,
    attachments: [{ title: '中试报告', url: 'https://pan.example.edu.cn/s/fibre-pilot.pdf' }],
    ...extra,
  })
  const submit = (needId: string, headers: Record<string, string>, extra: Record<string, unknown> = {}) =>
    t.app.request(`/v1/needs/${needId}/proposals`, json('POST', proposal(extra), headers))

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    admin = w.keys.admin.headers
    enterprise = w.keys.enterpriseA.headers
    fibre = await newExpert(t, admin, '纤维专家', fibreProfile)
  })
  afterAll(() => t?.close())

  it('walks need → open for proposals → proposal → shortlist → accept → consultation → contract', async () => {
    const needId = await publicNeed('碳纤维原丝断丝率高')
    const opened = await openForProposals(needId)
    expect(opened.status).toBe(200)
    const need = await readJson(opened, 'updateNeed')
    expect(Date.parse(need.proposalsCloseAt!)).toBeGreaterThan(Date.now())

    // The expert finds it among the needs recommended for it, marked as taking proposals, and
    // among the needs taking proposals; it proposes.
    await drain()
    const recommended = await readJson(await t.app.request(`/v1/experts/${fibre.id}/recommended-needs`, { headers: fibre.key.headers }), 'listExpertRecommendedNeeds')
    const found = recommended.items.find((item) => item.id === needId)!
    expect(found.proposalsCloseAt).toBe(need.proposalsCloseAt)
    const open = await readJson(await t.app.request('/v1/needs?openForProposals=true', { headers: fibre.key.headers }), 'listNeeds')
    expect(open.items.map((item) => item.id)).toContain(needId)
    const res = await submit(needId, fibre.key.headers)
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toMatch(/^\/v1\/proposals\//)
    const submitted = await readJson(res, 'submitProposal')
    expect(submitted).toMatchObject({ needId, candidateKind: 'expert', candidateId: fibre.id, proposerExpertId: fibre.id, status: 'submitted', priceText: '30 万元 – 60 万元', matchId: null, assessment: null })

    // The need's side reads it beside the ranking's view of the proposer; the proposer reads it without.
    await drain()
    const page = await readJson(await t.app.request(`/v1/proposals?needId=${needId}`, { headers: enterprise }), 'listProposals')
    expect(page.items).toHaveLength(1)
    const assessment = page.items[0]!.assessment!
    expect(assessment.confidence).toBeGreaterThan(0)
    expect(assessment.excludedBy).toBeNull()
    expect(assessment.reasons.matchedTerms.length).toBeGreaterThan(0)
    const forStaff = await readJson(await t.app.request(`/v1/proposals/${submitted.id}`, { headers: w.keys.staffA.headers }), 'getProposal')
    expect(forStaff.assessment!.score).toBeCloseTo(assessment.score, 6)
    expect((await readJson(await t.app.request(`/v1/proposals/${submitted.id}`, { headers: fibre.key.headers }), 'getProposal')).assessment).toBeNull()
    // Nobody else reads it.
    for (const headers of [w.keys.enterpriseB.headers, w.keys.staffB.headers, w.keys.expertA.headers]) {
      expect((await t.app.request(`/v1/proposals/${submitted.id}`, { headers })).status).toBe(404)
    }

    expect((await post(t, `/v1/proposals/${submitted.id}/shortlist`, fibre.key.headers)).status).toBe(403)
    const shortlisted = await post(t, `/v1/proposals/${submitted.id}/shortlist`, enterprise)
    expect(await readJson(shortlisted, 'shortlistProposal')).toMatchObject({ status: 'shortlisted' })
    const accepted = await readJson(await post(t, `/v1/proposals/${submitted.id}/accept`, enterprise), 'acceptProposal')
    expect(accepted).toMatchObject({ status: 'accepted' })
    expect(accepted.matchId).not.toBeNull()

    const match = await readJson(await t.app.request(`/v1/matches/${accepted.matchId}`, { headers: fibre.key.headers }), 'getMatch')
    expect(match).toMatchObject({ needId, status: 'accepted', candidateId: fibre.id, responderExpertId: fibre.id })
    expect((await readJson(await t.app.request(`/v1/needs/${needId}`, { headers: admin }), 'getNeed')).status).toBe('in_progress')

    const consultation = await schedule(t, match.id, fibre.key.headers)
    expect(consultation.status).toBe(201)
    const consultationId = (await readJson(consultation, 'scheduleConsultation')).id
    expect((await post(t, `/v1/consultations/${consultationId}/complete`, fibre.key.headers, completion())).status).toBe(200)
    const contract = await post(t, '/v1/contracts', enterprise, {
      needId, matchId: match.id, kind: 'development', title: '碳纤维原丝纺丝工艺优化技术开发合同', valueFen: 50_000_000, signedOn: '2026-12-01',
    })
    expect(contract.status).toBe(201)
    const contractId = (await readJson(contract, 'createContract')).id
    for (const step of ['sign', 'start']) expect((await post(t, `/v1/contracts/${contractId}/${step}`, enterprise, step === 'sign' ? {} : undefined)).status).toBe(200)
    expect((await post(t, `/v1/contracts/${contractId}/complete`, enterprise, { outcomes: outcomes() })).status).toBe(200)

    const actions = await t.db.sql<{ action: string }[]>`select action from audit_events where entity_type = 'proposal' and entity_id = ${submitted.id} order by id`
    expect(actions.map((row) => row.action)).toEqual(['proposal.submit', 'proposal.shortlist', 'proposal.accept'])
    const [made] = await t.db.sql<{ proposalId: string }[]>`select proposal_id from matches where id = ${match.id}`
    expect(made!.proposalId).toBe(submitted.id)
  })

  it('counts in the park\'s funnel: needs answered by proposal apart from those answered by invitation', async () => {
    // The report's calendar day (Asia/Shanghai), not UTC's: from 16:00 UTC they differ.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: t.config.REPORT_TIME_ZONE }).format(new Date())
    const stats = async () => (await readJson(await t.app.request(`/v1/parks/${w.parkA.id}/stats?from=${today}&to=${today}`, { headers: w.keys.staffA.headers }), 'getParkStats')).answeredBy
    const before = await stats()
    const byProposal = await publicNeed('漏斗：揭榜采纳')
    await openForProposals(byProposal)
    const expert = await newExpert(t, admin, '漏斗揭榜专家', fibreProfile)
    const { id } = await readJson(await submit(byProposal, expert.key.headers), 'submitProposal')
    expect((await post(t, `/v1/proposals/${id}/accept`, enterprise)).status).toBe(200)
    const byInvitation = await publicNeed('漏斗：邀请接受')
    const invited = await newExpert(t, admin, '漏斗受邀专家', fibreProfile)
    const invitation = await propose(t, byInvitation, { kind: 'expert', id: invited.id }, enterprise)
    expect((await post(t, `/v1/matches/${invitation.id}/accept`, invited.key.headers)).status).toBe(200)
    expect(await stats()).toEqual({ invitation: before.invitation + 1, proposal: before.proposal + 1, needsWithProposals: before.needsWithProposals + 1 })
  })

  it('opens only a public need taking partners, with a closing time ahead within 180 days, by the need\'s side', async () => {
    const parkNeed = await newNeed(t, enterprise, '园区可见需求不可揭榜', { visibility: 'park' })
    const refused = await openForProposals(parkNeed)
    expect(refused.status).toBe(409)
    expect((await readProblem(refused)).wantedState).toBe('public')
    const needId = await publicNeed('揭榜时间检查')
    expect((await openForProposals(needId, enterprise, inDays(-1))).status).toBe(400)
    expect((await openForProposals(needId, enterprise, inDays(181))).status).toBe(400)
    expect((await openForProposals(needId, w.keys.enterpriseB.headers)).status).toBe(404)
    expect((await openForProposals(needId, w.keys.staffA.headers)).status).toBe(200)
    // While open it stays public: narrowing it first takes it out of proposals.
    const etag = (await t.app.request(`/v1/needs/${needId}`, { headers: enterprise })).headers.get('etag')!
    const narrowed = await t.app.request(`/v1/needs/${needId}`, json('PATCH', { visibility: 'private' }, { ...enterprise, 'if-match': etag }))
    expect(narrowed.status).toBe(409)
    expect((await readProblem(narrowed)).currentState).toBe('open_for_proposals')
  })

  it('refuses proposals to a need not open, closed, or already proposed to, and proposals for someone else', async () => {
    const notOpen = await publicNeed('未开放揭榜')
    const res = await submit(notOpen, fibre.key.headers)
    expect(res.status).toBe(409)
    expect((await readProblem(res)).currentState).toBe('not_open_for_proposals')

    const needId = await publicNeed('一次揭榜')
    await openForProposals(needId)
    expect((await submit(needId, fibre.key.headers)).status).toBe(201)
    const again = await submit(needId, fibre.key.headers)
    expect(again.status).toBe(409)
    expect((await readProblem(again)).detail).toMatch(/already proposed/)
    // An expert does not propose in another expert's name, nor an enterprise at all.
    expect((await submit(needId, w.keys.expertA.headers, { candidateId: fibre.id })).status).toBe(403)
    expect((await submit(needId, enterprise, { candidateId: fibre.id })).status).toBe(403)
    // Prices in order, and checked at their limits.
    expect((await submit(needId, w.keys.expertA.headers, { priceMinFen: 2, priceMaxFen: 1 })).status).toBe(400)
    expect((await submit(needId, w.keys.expertA.headers, { priceMaxFen: 1_000_000_000_001 })).status).toBe(400)
    expect((await submit(needId, w.keys.expertA.headers, { attachments: [{ title: '内网', url: 'http://intranet/x.pdf' }] })).status).toBe(400)

    // Once closed, no proposal and no edit.
    await t.db.sql`update needs set proposals_close_at = now() - interval '1 minute' where id = ${needId}`
    const late = await submit(needId, w.keys.expertA.headers)
    expect(late.status).toBe(409)
    expect((await readProblem(late)).currentState).toBe('proposals_closed')
  })

  it('a proposal that would break a rule is refused exactly as the invitation is', async () => {
    const needId = await publicNeed('规则一致性')
    await openForProposals(needId)
    const refusedBoth = async (candidate: FlowExpert) => {
      const invitation = await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: candidate.id }, enterprise))
      const submitted = await submit(needId, candidate.key.headers)
      expect([invitation.status, submitted.status]).toEqual([409, 409])
      return [(await readProblem(invitation)).rule, (await readProblem(submitted)).rule]
    }
    const insider = await newExpert(t, admin, '企业内部专家', { organisation: w.enterpriseA.name })
    expect(await refusedBoth(insider)).toEqual(['conflict_of_interest', 'conflict_of_interest'])
    const away = await newExpert(t, admin, '暂停专家', { availability: 'unavailable' })
    expect(await refusedBoth(away)).toEqual(['unavailable', 'unavailable'])

    // Capacity: the accept of a proposal is refused as the accept of an invitation is.
    const busy = await newExpert(t, admin, '满负荷专家', { ...fibreProfile, capacity: 1 })
    const other = await publicNeed('满负荷另一需求')
    await openForProposals(other)
    const [first, second] = [await readJson(await submit(needId, busy.key.headers), 'submitProposal'), await readJson(await submit(other, busy.key.headers), 'submitProposal')]
    expect((await post(t, `/v1/proposals/${first.id}/accept`, enterprise)).status).toBe(200)
    const full = await post(t, `/v1/proposals/${second.id}/accept`, enterprise)
    expect(full.status).toBe(409)
    expect((await readProblem(full)).rule).toBe('at_capacity')

    // Slots: the need's only slot is taken, so its other undecided proposals were declined, and
    // both a new proposal and a new invitation meet the same 409.
    const declined = await t.db.sql<{ status: string; declineReason: string }[]>`select status, decline_reason from proposals where need_id = ${needId} and id <> ${first.id}`
    expect(declined.every((row) => row.status === 'declined' && /名额已满/.test(row.declineReason))).toBe(true)
    const late = await newExpert(t, admin, '晚到专家', fibreProfile)
    const invitation = await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: late.id }, enterprise))
    const submitted = await submit(needId, late.key.headers)
    expect([invitation.status, submitted.status]).toEqual([409, 409])
    expect([(await readProblem(invitation)).currentState, (await readProblem(submitted)).currentState]).toEqual(['full', 'full'])
  })

  it('a society proposes through its contact with a team of its own members, none conflicted', async () => {
    const contact = await newExpert(t, admin, '学会联络人', fibreProfile)
    const created = await t.app.request('/v1/societies', json('POST', { name: '测试复合材料学会', level: 'provincial', disciplines: ['碳纤维'], contactExpertId: contact.id }, admin))
    expect(created.status).toBe(201)
    const society = await readJson(created, 'createSociety')
    const member = await newExpert(t, admin, '学会会员', { ...fibreProfile, societyIds: [society.id] })
    const stranger = await newExpert(t, admin, '非会员', fibreProfile)
    const insider = await newExpert(t, admin, '会员但在需求企业', { organisation: w.enterpriseA.name, societyIds: [society.id] })
    const needId = await publicNeed('学会揭榜')
    await openForProposals(needId)
    const asSociety = (headers: Record<string, string>, team: string[]) => submit(needId, headers, { candidateKind: 'society', candidateId: society.id, teamExpertIds: team })
    expect((await asSociety(member.key.headers, [member.id])).status).toBe(403)
    const strangerRes = await asSociety(contact.key.headers, [stranger.id])
    expect(strangerRes.status).toBe(400)
    expect((await readProblem(strangerRes)).errors?.[0]?.path).toBe('body.teamExpertIds')
    const conflicted = await asSociety(contact.key.headers, [insider.id])
    expect(conflicted.status).toBe(409)
    expect((await readProblem(conflicted)).rule).toBe('conflict_of_interest')
    const ok = await asSociety(contact.key.headers, [member.id])
    expect(ok.status).toBe(201)
    expect(await readJson(ok, 'submitProposal')).toMatchObject({ candidateKind: 'society', candidateName: '测试复合材料学会', proposerExpertId: contact.id, teamExpertIds: [member.id] })
  })

  it('the proposer edits under If-Match until a decision, withdraws, and may propose again', async () => {
    const needId = await publicNeed('修改与撤回')
    await openForProposals(needId)
    const expert = await newExpert(t, admin, '修改专家', fibreProfile)
    const created = await submit(needId, expert.key.headers)
    const etag = created.headers.get('etag')!
    const { id } = await readJson(created, 'submitProposal')
    const edit = (headers: Record<string, string>, ifMatch: string, body: Record<string, unknown>) => t.app.request(`/v1/proposals/${id}`, json('PATCH', body, { ...headers, 'if-match': ifMatch }))
    expect((await edit(enterprise, etag, { durationDays: 90 })).status).toBe(403)
    const edited = await edit(expert.key.headers, etag, { durationDays: 90, priceMaxFen: 40_000_000 })
    expect(edited.status).toBe(200)
    expect(await readJson(edited, 'updateProposal')).toMatchObject({ durationDays: 90, priceText: '30 万元 – 40 万元' })
    expect((await edit(expert.key.headers, etag, { durationDays: 60 })).status).toBe(412)
    expect((await edit(expert.key.headers, edited.headers.get('etag')!, { priceMinFen: 50_000_000 })).status).toBe(400)

    expect((await post(t, `/v1/proposals/${id}/withdraw`, expert.key.headers)).status).toBe(200)
    expect((await post(t, `/v1/proposals/${id}/withdraw`, expert.key.headers)).status).toBe(409)
    expect((await submit(needId, expert.key.headers)).status).toBe(201)

    const decline = await t.app.request(`/v1/proposals/${id}/decline`, json('POST', { reason: '已撤回' }, enterprise))
    expect(decline.status).toBe(409)
    expect((await readProblem(decline)).currentState).toBe('withdrawn')
  })

  it('declining tells the reason; closing the need declines what is undecided; invitations and proposals exclude each other', async () => {
    const needId = await publicNeed('不采纳与关闭')
    await openForProposals(needId)
    const [a, b] = [await newExpert(t, admin, '甲揭榜', fibreProfile), await newExpert(t, admin, '乙揭榜', fibreProfile)]
    const pa = await readJson(await submit(needId, a.key.headers), 'submitProposal')
    const pb = await readJson(await submit(needId, b.key.headers), 'submitProposal')
    const declined = await t.app.request(`/v1/proposals/${pa.id}/decline`, json('POST', { reason: '工期超出检修窗口' }, enterprise))
    expect(await readJson(declined, 'declineProposal')).toMatchObject({ status: 'declined', declineReason: '工期超出检修窗口' })
    // A candidate that proposed is decided on, not invited; one invited answers the invitation.
    const invite = await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: b.id }, enterprise))
    expect(invite.status).toBe(409)
    expect((await readProblem(invite)).currentState).toBe('proposed')
    const c = await newExpert(t, admin, '丙受邀', fibreProfile)
    await propose(t, needId, { kind: 'expert', id: c.id }, enterprise)
    const invited = await submit(needId, c.key.headers)
    expect(invited.status).toBe(409)
    expect((await readProblem(invited)).currentState).toBe('invited')

    const etag = (await t.app.request(`/v1/needs/${needId}`, { headers: enterprise })).headers.get('etag')!
    const closed = await t.app.request(`/v1/needs/${needId}`, json('PATCH', { status: 'closed' }, { ...enterprise, 'if-match': etag }))
    expect(closed.status).toBe(200)
    expect((await readJson(closed, 'updateNeed')).proposalsCloseAt).toBeNull()
    expect(await readJson(await t.app.request(`/v1/proposals/${pb.id}`, { headers: b.key.headers }), 'getProposal')).toMatchObject({ status: 'declined', declineReason: '需求已关闭 (the need was closed)' })
  })

  it('an expert key reads a need it proposed to while its proposal is live, as with an invitation', async () => {
    const needId = await publicNeed('可见性')
    await openForProposals(needId)
    const expert = await newExpert(t, admin, '可见性专家', fibreProfile)
    const { id } = await readJson(await submit(needId, expert.key.headers), 'submitProposal')
    // The need is made park-only once proposals are over: the live proposal still lets its proposer read it.
    let etag = (await t.app.request(`/v1/needs/${needId}`, { headers: enterprise })).headers.get('etag')!
    etag = (await t.app.request(`/v1/needs/${needId}`, json('PATCH', { proposalsCloseAt: null }, { ...enterprise, 'if-match': etag }))).headers.get('etag')!
    expect((await t.app.request(`/v1/needs/${needId}`, json('PATCH', { visibility: 'park' }, { ...enterprise, 'if-match': etag }))).status).toBe(200)
    expect((await t.app.request(`/v1/needs/${needId}`, { headers: expert.key.headers })).status).toBe(200)
    expect((await t.app.request(`/v1/needs/${needId}`, { headers: w.keys.expertB.headers })).status).toBe(404)
    await post(t, `/v1/proposals/${id}/withdraw`, expert.key.headers)
    expect((await t.app.request(`/v1/needs/${needId}`, { headers: expert.key.headers })).status).toBe(404)
  })

  it('counts keys of every role against the same rule functions (admin on behalf of an expert)', async () => {
    const needId = await publicNeed('管理员代提交')
    await openForProposals(needId)
    const expert = await newExpert(t, admin, '代提交专家', fibreProfile)
    const res = await submit(needId, admin, { candidateKind: 'expert', candidateId: expert.id })
    expect(res.status).toBe(201)
    const key = await createKey(t.db.sql, 'park_staff', { parkId: w.parkA.id })
    expect((await submit(needId, key.headers, { candidateId: expert.id })).status).toBe(403)
  })
})
