import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { remindExpiringInvitations } from '../../../src/modules/engagements/matches/service.js'
import { deliverWebhooks } from '../../../src/modules/webhooks/index.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, completion, newExpert, newNeed, outcomes, post, propose } from '../../helpers/flow.js'
import { readJson } from '../../helpers/http.js'
import { type Receiver, startReceiver, subscribeReceiver } from './receiver.js'

/**
 * The expert's side end to end with its notifications: an expert proposes, the enterprise accepts,
 * a consultation and a contract follow and the park reviews it; each party's receiver gets, signed
 * (verified with the standardwebhooks package), the events of its own engagements and nothing
 * else. Also the one-day reminder of an unanswered invitation.
 */
describe('webhooks over the proposal flow', () => {
  let t: TestApp
  let w: World
  let expert: FlowExpert
  let bystander: FlowExpert
  const r: Record<string, Receiver> = {}

  const subscribe = async (name: string, headers: Record<string, string>) => {
    r[name] = await startReceiver()
    await subscribeReceiver(t, r[name], headers)
  }
  const deliver = async () => {
    while ((await deliverWebhooks(t.db.sql, { allowPrivateTargets: true, timeoutMs: 2000 })).leased > 0);
  }
  const typesOf = (name: string) => [...r[name]!.processed.values()].map((payload) => payload.type)

  beforeAll(async () => {
    t = await createTestApp({}, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    w = await createWorld(t.db.sql)
    expert = await newExpert(t, w.keys.admin.headers, '揭榜通知专家')
    bystander = await newExpert(t, w.keys.admin.headers, '旁观专家')
    await subscribe('enterprise', w.keys.enterpriseA.headers)
    await subscribe('expert', expert.key.headers)
    await subscribe('bystander', bystander.key.headers)
    await subscribe('staffA', w.keys.staffA.headers)
    await subscribe('staffB', w.keys.staffB.headers)
  })
  afterAll(async () => {
    for (const receiver of Object.values(r)) await receiver.close()
    await t?.close()
  })

  it('tells each party of the proposal, its match, the consultation and the contract review, signed', async () => {
    const enterprise = w.keys.enterpriseA.headers
    const needId = await newNeed(t, enterprise, '揭榜通知：碳纤维原丝', { visibility: 'public' })
    const etag = (await t.app.request(`/v1/needs/${needId}`, { headers: enterprise })).headers.get('etag')!
    expect((await t.app.request(`/v1/needs/${needId}`, json('PATCH', { proposalsCloseAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }, { ...enterprise, 'if-match': etag }))).status).toBe(200)
    const proposal = await readJson(await post(t, `/v1/needs/${needId}/proposals`, expert.key.headers, {
      approach: '优化凝固浴温度与牵伸比。', durationDays: 60, priceMinFen: 10_000_000, priceMaxFen: 20_000_000,
    }), 'submitProposal', 201)
    const accepted = await readJson(await post(t, `/v1/proposals/${proposal.id}/accept`, enterprise), 'acceptProposal')
    const consultation = await readJson(await post(t, `/v1/matches/${accepted.matchId}/consultations`, enterprise, { mode: 'online', scheduledAt: new Date().toISOString() }), 'scheduleConsultation', 201)
    expect((await post(t, `/v1/consultations/${consultation.id}/complete`, expert.key.headers, completion())).status).toBe(200)
    const contract = await readJson(await post(t, '/v1/contracts', enterprise, {
      needId, matchId: accepted.matchId, kind: 'consulting', title: '碳纤维原丝工艺咨询合同', valueFen: 15_000_000, signedOn: new Date().toISOString().slice(0, 10),
    }), 'createContract', 201)
    for (const step of ['sign', 'start']) expect((await post(t, `/v1/contracts/${contract.id}/${step}`, enterprise, {})).status).toBe(200)
    expect((await post(t, `/v1/contracts/${contract.id}/complete`, enterprise, { outcomes: outcomes() })).status).toBe(200)
    expect((await post(t, `/v1/contracts/${contract.id}/verify`, w.keys.staffA.headers, { comment: '材料齐全，予以核验。' })).status).toBe(200)
    await deliver()

    const flow = ['proposal.submitted', 'proposal.accepted', 'match.accepted', 'consultation.scheduled', 'consultation.completed', 'contract.submitted_for_review', 'contract.verified']
    for (const name of ['enterprise', 'expert', 'staffA']) {
      expect(r[name]!.rejected).toEqual([])
      for (const type of flow) expect(typesOf(name), `${name} hears of ${type}`).toContain(type)
    }
    // The need's side also hears of its need opening for proposals; experts, another park and another expert hear nothing of it.
    expect(typesOf('enterprise')).toContain('need.proposals_opened')
    expect(typesOf('expert')).not.toContain('need.proposals_opened')
    expect(typesOf('bystander')).toEqual([])
    expect(typesOf('staffB')).toEqual([])
    const acceptedEvent = [...r.expert!.processed.values()].find((payload) => payload.type === 'proposal.accepted')!
    expect(acceptedEvent.data).toMatchObject({ proposalId: proposal.id, status: 'accepted', matchId: accepted.matchId, need: { id: needId, title: '揭榜通知：碳纤维原丝' } })
  })

  it('reminds an unanswered invitation\'s parties once, a day before it lapses', async () => {
    const needId = await newNeed(t, w.keys.enterpriseA.headers, '到期提醒')
    const soon = await propose(t, needId, { kind: 'expert', id: expert.id }, w.keys.enterpriseA.headers)
    const later = await readJson(await post(t, `/v1/needs/${await newNeed(t, w.keys.enterpriseA.headers, '尚早')}/matches`, w.keys.enterpriseA.headers, { candidateKind: 'expert', candidateId: expert.id, expiresInHours: 72 }), 'proposeMatch', 201)
    await t.db.sql`update matches set expires_at = now() + interval '20 hours' where id = ${soon.id}`
    expect(await remindExpiringInvitations(t.db.sql)).toEqual({ reminded: 1 })
    expect(await remindExpiringInvitations(t.db.sql)).toEqual({ reminded: 0 })
    await deliver()
    const reminders = [...r.expert!.processed.values()].filter((payload) => payload.type === 'match.expiring')
    expect(reminders.map((payload) => payload.data.matchId)).toEqual([soon.id])
    expect(reminders.map((payload) => payload.data.matchId)).not.toContain(later.id)
  })
})
