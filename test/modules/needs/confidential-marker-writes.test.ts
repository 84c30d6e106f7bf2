import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { deliverWebhooks } from '../../../src/modules/webhooks/index.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type TestKey, type World, createWorld, json } from '../../helpers/fixtures.js'
import { newExpert, post, propose } from '../../helpers/flow.js'
import { readJson } from '../../helpers/http.js'
import type { OpenApiDocument } from '../../helpers/openapi-arbitraries.js'
import { type Receiver, startReceiver } from '../webhooks/receiver.js'
import { type Answer, type ConfidentialWorld, type ExpertRole, answerOf, buildConfidentialWorld, leakedIn, markersIn } from './confidential-world.js'
import { type WriteWalk, walkWrites } from './confidential-writes.js'

/**
 * Confidential needs (保密需求), the write side: every role not entitled to know who posted the
 * need calls every write operation of the served document (confidential-writes.ts) against a
 * confidential world of its own (confidential-world.ts), valid and invalid, so that what its
 * successful writes change cannot hide what later ones would show. No answer's body or headers,
 * no webhook delivery those writes cause, and nothing the role reads afterwards of the audit log
 * or its webhook deliveries may carry a marker of any world's enterprise.
 *
 * Entitled (`mayIdentifyNeedEnterprise`): the enterprise itself, its park's staff and admins (the
 * need's side, who may change it), and an expert once the enterprise has accepted an engagement
 * with it. The last is the positive control: the same walk as a proposer the enterprise has just
 * accepted must find the markers.
 */
type RoleSpec = { expert: ExpertRole } | { key: 'enterpriseA' | 'enterpriseB' | 'staffB' }

const roles: Record<string, RoleSpec> = {
  invitedExpert: { expert: 'invited' },
  declinedExpert: { expert: 'decliner' },
  proposingExpert: { expert: 'proposer' },
  uninvolvedExpert: { expert: 'bystander' },
  societyContactInvited: { expert: 'societyContact' },
  workstationLeadInvited: { expert: 'workstationLead' },
  workstationMember: { expert: 'workstationMember' },
  sameParkEnterprise: { key: 'enterpriseA' },
  otherParkEnterprise: { key: 'enterpriseB' },
  otherParkStaff: { key: 'staffB' },
}

/** Where in an answer a marker shows, for the failure message. */
const around = (text: string, marker: string) => {
  const at = text.toLowerCase().indexOf(marker.toLowerCase())
  return text.slice(Math.max(0, at - 120), at + marker.length + 40)
}

describe('confidential needs: no write answer tells who posted it', () => {
  let t: TestApp
  let w: World
  let document: OpenApiDocument
  const receivers: Receiver[] = []
  /** Every world's markers: no role walked here is entitled to any of them. */
  const markers: string[] = []
  const counted: Record<string, number> = {}

  const deliver = async () => {
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
    while ((await deliverWebhooks(t.db.sql, { allowPrivateTargets: true, timeoutMs: 2000 })).leased > 0);
  }

  beforeAll(async () => {
    t = await createTestApp({}, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    w = await createWorld(t.db.sql)
    document = (await (await t.app.request('/openapi.json')).json()) as OpenApiDocument
  }, 60_000)
  afterAll(async () => {
    for (const receiver of receivers) await receiver.close()
    await t?.close()
  })

  /** A world for one role: built, the role subscribed to webhooks, the enterprise too (a foreign subscription to aim at), deliveries made. */
  async function prepare(key: (cw: ConfidentialWorld) => TestKey, own: (cw: ConfidentialWorld) => WriteWalk['own']) {
    const cw = await buildConfidentialWorld(t, w)
    markers.push(...cw.markers)
    const receiver = await startReceiver()
    receivers.push(receiver)
    const sink = await startReceiver()
    receivers.push(sink)
    const subscribe = async (url: string, headers: Record<string, string>) => (await readJson(await t.app.request('/v1/webhooks', json('POST', { url }, headers)), 'createWebhookSubscription', 201)).id
    const mine = await subscribe(receiver.url, key(cw).headers)
    const theirs = await subscribe(sink.url, cw.secretKey.headers)
    // Something to redeliver on both.
    await t.app.request(`/v1/needs/${cw.needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: cw.experts.bystander.id }, cw.secretKey.headers))
    await deliver()
    const deliveries = await t.db.sql<{ id: string }[]>`select id from webhook_deliveries where subscription_id in (${mine}, ${theirs}) order by created_at limit 4`
    const walk: WriteWalk = { t, document, world: cw, key: key(cw), own: own(cw), receiverUrl: receiver.url, webhooks: [mine, theirs], deliveries: deliveries.map((row) => row.id), skip: new Set() }
    return { cw, walk, receiver, received: receiver.received.length }
  }

  /** What a role reads after its writes: the audit log (all, and by each of the world's objects), its webhooks and their deliveries. */
  async function readsAfter(walk: WriteWalk): Promise<Answer[]> {
    const cw = walk.world
    const entityIds = [cw.needId, cw.enterpriseId, cw.proposalId, cw.consultationId, cw.contractId, cw.eventId, ...Object.values(cw.matches)]
    const urls = ['/v1/audit-events?limit=100', ...entityIds.map((id) => `/v1/audit-events?entityId=${id}`), '/v1/webhooks', ...walk.webhooks.map((id) => `/v1/webhooks/${id}/deliveries?limit=100`)]
    const answers: Answer[] = []
    for (const url of urls) answers.push(await answerOf(`GET ${url}`, await t.app.request(url, { headers: walk.key.headers })))
    return answers
  }

  for (const [role, spec] of Object.entries(roles)) {
    it(`as ${role}: every write, valid and invalid, answers without the enterprise`, async () => {
      const { cw, walk, receiver, received } = await prepare(
        (world) => ('expert' in spec ? world.experts[spec.expert].key : w.keys[spec.key]),
        (world) => ('expert' in spec
          ? { expertId: world.experts[spec.expert].id, parkId: w.parkA.id }
          : spec.key === 'staffB' ? { parkId: w.parkB.id } : { enterpriseId: spec.key === 'enterpriseA' ? w.enterpriseA.id : w.enterpriseB.id, parkId: spec.key === 'enterpriseA' ? w.parkA.id : w.parkB.id }),
      )
      // Accepting its own invitation makes an expert entitled, by design: that one write is not made.
      const answering: Partial<Record<ExpertRole, string>> = { invited: cw.matches.live, societyContact: cw.matches.society, workstationLead: cw.matches.workstation }
      const own = 'expert' in spec ? answering[spec.expert] : undefined
      if (own) walk.skip.add(`POST /v1/matches/${own}/accept`)
      const answers = await walkWrites(walk)
      await deliver()
      answers.push(...(await readsAfter(walk)))
      counted[role] = answers.length

      const shown = answers.map((answer) => ({ ...answer, found: leakedIn(markers, answer) })).filter((answer) => answer.found.length > 0)
      expect(shown.map((answer) => `${role} ${answer.request.slice(0, 300)} → ${answer.status}: ${answer.found.join(', ')} in …${around(answer.text, answer.found[0]!)}…`)).toEqual([])
      // A conflict of interest with the need's enterprise is a word about who it is.
      expect(answers.filter((answer) => answer.text.includes('conflict_of_interest')).map((answer) => answer.request.slice(0, 200))).toEqual([])
      expect(answers.filter((answer) => answer.status >= 500).map((answer) => `${answer.request.slice(0, 200)} → ${answer.status}`)).toEqual([])
      const deliveries = receiver.received.slice(received)
      expect(deliveries.flatMap((request) => markersIn(markers, `${JSON.stringify(request.headers)}\n${request.body}`))).toEqual([])
      // The walk stayed meaningful: the role is still not told who posted the need.
      const need = await t.app.request(`/v1/needs/${cw.needId}`, { headers: walk.key.headers })
      if (need.status === 200) expect((await readJson(need, 'getNeed')).enterpriseId).toBeNull()
      else expect(need.status).toBe(404)
      expect(answers.length).toBeGreaterThan(300)
    }, 120_000)
  }

  it('refuses a candidate the enterprise is conflicted with as it refuses a need the key may not read, naming no conflict', async () => {
    const cw = await buildConfidentialWorld(t, w)
    markers.push(...cw.markers)
    const admin = w.keys.admin.headers
    const conflictIn = async (res: Response) => ({ status: res.status, conflict: (await res.text()).includes('conflict_of_interest') })
    const hidden = { status: 404, conflict: false }
    const proposal = { approach: '优化牵伸工艺。', durationDays: 30, priceMinFen: 1_000_000, priceMaxFen: 2_000_000 }
    // A workstation the enterprise hosts: its lead is not shown the need at all (confidential-conflict.test.ts).
    const lead = await newExpert(t, admin, '驻站首席专家')
    const station = await readJson(await t.app.request('/v1/workstations', json('POST', { name: `企业驻站工作站${cw.needId.slice(0, 6)}`, kind: 'expert_station', hostEnterpriseId: cw.enterpriseId, leadExpertId: lead.id }, admin)), 'createWorkstation', 201)
    expect(await conflictIn(await post(t, `/v1/needs/${cw.needId}/proposals`, lead.key.headers, { ...proposal, candidateKind: 'workstation', candidateId: station.id }))).toEqual(hidden)
    // A colleague the enterprise employs, named in the team on submit or on an edit: the proposer itself is not conflicted and reads the need.
    const proposer = await newExpert(t, admin, '揭榜专家', { organisation: '甲理工大学' })
    const colleague = await newExpert(t, admin, '兼职专家', { organisation: '甲理工大学', enterpriseId: cw.enterpriseId })
    expect(await conflictIn(await post(t, `/v1/needs/${cw.needId}/proposals`, proposer.key.headers, { ...proposal, teamExpertIds: [colleague.id] }))).toEqual(hidden)
    const submitted = await post(t, `/v1/needs/${cw.needId}/proposals`, proposer.key.headers, proposal)
    expect(submitted.status).toBe(201)
    const edit = await t.app.request(`/v1/proposals/${(await readJson(submitted, 'submitProposal', 201)).id}`, json('PATCH', { teamExpertIds: [colleague.id] }, { ...proposer.key.headers, 'if-match': submitted.headers.get('etag')! }))
    expect(await conflictIn(edit)).toEqual(hidden)
    // A society whose contact becomes one of the enterprise's own experts while its invitation waits.
    const society = await readJson(await t.app.request('/v1/societies', json('POST', { name: `换联络人学会${cw.needId.slice(0, 6)}`, level: 'municipal', contactExpertId: cw.experts.bystander.id }, admin)), 'createSociety', 201)
    const invitation = await propose(t, cw.needId, { kind: 'society', id: society.id }, cw.secretKey.headers)
    const etag = (await t.app.request(`/v1/societies/${society.id}`, { headers: admin })).headers.get('etag')!
    expect((await t.app.request(`/v1/societies/${society.id}`, json('PATCH', { contactExpertId: colleague.id }, { ...admin, 'if-match': etag }))).status).toBe(200)
    expect((await conflictIn(await post(t, `/v1/matches/${invitation.id}/accept`, colleague.key.headers))).conflict).toBe(false)
    // The need's side is still told why.
    expect(await conflictIn(await t.app.request(`/v1/needs/${cw.needId}/matches`, json('POST', { candidateKind: 'workstation', candidateId: station.id }, cw.secretKey.headers)))).toEqual({ status: 409, conflict: true })
  }, 60_000)

  it('finds the markers in the answers of an expert once the enterprise accepted it (the walk can fail)', async () => {
    const { cw, walk } = await prepare((world) => world.experts.proposer.key, (world) => ({ expertId: world.experts.proposer.id, parkId: w.parkA.id }))
    const accepted = await post(t, `/v1/proposals/${cw.proposalId}/accept`, cw.secretKey.headers)
    expect(accepted.status).toBe(200)
    const matchId = (await readJson(accepted, 'acceptProposal')).matchId!
    // The proposer's walk also meets the engagement its proposal became.
    const proposer = await walkWrites({ ...walk, world: { ...cw, matches: { ...cw.matches, engaged: matchId } } })
    counted.acceptedProposer = proposer.length
    const shown = proposer.filter((answer) => answer.status < 300 && !answer.request.startsWith('GET') && leakedIn(cw.markers, answer).length > 0).map((answer) => answer.request.split(' ').slice(0, 2).join(' '))
    expect(shown).toContain(`POST /v1/matches/${matchId}/consultations`)
    // And the partner accepted from the start, on its own engagement.
    const scheduled = await post(t, `/v1/matches/${cw.matches.engaged}/consultations`, cw.experts.partner.key.headers, { mode: 'online', scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString() })
    expect(scheduled.status).toBe(201)
    expect(markersIn(cw.markers, await scheduled.text())).toContain(cw.identity.name)
  }, 120_000)

  it('walked every role', () => {
    console.log(`confidential write walk: ${Object.values(counted).reduce((a, b) => a + b, 0)} answers`, counted)
    expect(Object.keys(counted)).toHaveLength(Object.keys(roles).length + 1)
  })
})
