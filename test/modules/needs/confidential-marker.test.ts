import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { deliverWebhooks } from '../../../src/modules/webhooks/index.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type TestKey, type World, createWorld } from '../../helpers/fixtures.js'
import { type FlowExpert, post } from '../../helpers/flow.js'
import { readJson } from '../../helpers/http.js'
import { type Receiver, startReceiver, subscribeReceiver } from '../webhooks/receiver.js'
import { type ConfidentialWorld, type ExpertRole, buildConfidentialWorld, expertRoles, markersIn } from './confidential-world.js'

/**
 * Confidential needs (保密需求): a marker is planted in every identifying field of the posting
 * enterprise (its id, name, USCC, contact name, phone and email, description). A confidential need
 * is driven through invitations (one live, one declined, a society's and a workstation's), a
 * proposal, an accepted engagement with a consultation and a contract, and an event
 * (confidential-world.ts); every expert subscribes to webhooks. Then every GET
 * operation of the served OpenAPI document, with every path id of the objects made, every list
 * filter set to the enterprise's id or a marker, in JSON and (where offered) CSV, is called as every
 * role not entitled to know who posted the need: experts invited, declined, proposing or
 * uninvolved, a society's contact and a workstation's lead invited, a workstation's member, another enterprise of the same park and of another park, another park's staff. No
 * marker may appear in any body or header, nor in any webhook delivery to those experts, and a
 * filter naming a marker must not list the need. The entitled (the enterprise, its park staff,
 * admins, the accepted expert) do see it, and a proposer the enterprise accepts sees it from then on.
 */
type Document = { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses?: Record<string, { content?: Record<string, unknown> }> }>> }

describe('confidential needs: who posted it never leaks', () => {
  let t: TestApp
  let w: World
  let cw: ConfidentialWorld
  let secretKey: TestKey
  let enterpriseId = ''
  let needId = ''
  let identity: ConfidentialWorld['identity']
  let markers: string[] = []
  let experts: Record<ExpertRole, FlowExpert>
  const receivers: Partial<Record<ExpertRole, Receiver>> = {}
  const subscriptions: string[] = []
  const ids: Record<string, string[]> = {}
  let proposalId = ''

  const leaks = (text: string) => markersIn(markers, text)
  /** The markers an answer shows, but a refusal echoing the id or text the request itself sent (`No enterprise <id>`): that tells the caller nothing. */
  const leaked = (answer: { request: string; status: number; text: string }) =>
    leaks(answer.text).filter((marker) => answer.status < 400 || !decodeURIComponent(answer.request).toLowerCase().includes(marker.toLowerCase()))
  const deliver = async () => {
    while ((await deliverWebhooks(t.db.sql, { allowPrivateTargets: true, timeoutMs: 2000 })).leased > 0);
  }

  beforeAll(async () => {
    t = await createTestApp({}, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    w = await createWorld(t.db.sql)
    cw = await buildConfidentialWorld(t, w, async (made) => {
      // Every expert subscribes before the need is posted, so it is told of all that follows.
      for (const role of expertRoles) {
        const receiver = (receivers[role] = await startReceiver())
        subscriptions.push((await subscribeReceiver(t, receiver, made[role].key.headers)).id)
      }
    })
    ;({ enterpriseId, needId, secretKey, identity, markers, experts, proposalId } = cw)
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
    await deliver()
    ids.needs = [needId]
    ids.matches = Object.values(cw.matches)
    ids.proposals = [proposalId]
    ids.consultations = [cw.consultationId]
    ids.contracts = [cw.contractId]
    ids.enterprises = [enterpriseId, w.enterpriseA.id]
    ids.experts = Object.values(experts).map((expert) => expert.id)
    ids.parks = [w.parkA.id, w.parkB.id]
    ids.societies = [cw.societyId]
    ids.workstations = [cw.workstationId]
    ids.events = [cw.eventId]
    ids.teams = [cw.teamId]
    ids.webhooks = subscriptions
  }, 120_000)
  afterAll(async () => {
    for (const receiver of Object.values(receivers)) await receiver.close()
    await t?.close()
  })

  /** The ids to put in a path: those of its collection, or every id made for a path this test does not know. */
  const idsFor = (path: string): string[] => {
    const collection = /^\/v1\/([a-z-]+)\//.exec(path)?.[1]
    return (collection && ids[collection]) || Object.values(ids).flat()
  }

  /** Every GET of the served document as one key: each answer's body and headers, and whether a marker-named filter listed the need. */
  async function walk(headers: Record<string, string>) {
    const document = (await (await t.app.request('/openapi.json')).json()) as Document
    const answers: { request: string; status: number; text: string; filteredByMarker: boolean }[] = []
    for (const [path, methods] of Object.entries(document.paths)) {
      const op = methods.get
      if (!op) continue
      const paths = path.includes('{') ? idsFor(path).map((id) => path.replace(/\{[^}]+\}/g, id)) : [path]
      const queries: [string, boolean][] = [['', false]]
      for (const parameter of op.parameters ?? []) {
        if (parameter.in !== 'query') continue
        if (parameter.name === 'q') for (const marker of markers) queries.push([`q=${encodeURIComponent(marker)}`, true])
        if (parameter.name === 'enterpriseId') queries.push([`enterpriseId=${enterpriseId}`, true])
        if (parameter.name === 'needId') queries.push([`needId=${needId}`, false])
        if (parameter.name === 'parkId') queries.push([`parkId=${w.parkA.id}`, false])
        if (parameter.name === 'visibility') queries.push(['visibility=confidential', false])
      }
      const accepts = ['application/json', ...(Object.values(op.responses ?? {}).some((response) => response.content?.['text/csv']) ? ['text/csv'] : [])]
      for (const url of paths) {
        for (const [query, filteredByMarker] of queries) {
          for (const accept of accepts) {
            const request = `${url}${query ? `?${query}` : ''}`
            const res = await t.app.request(request, { headers: { ...headers, accept } })
            const text = `${[...res.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await res.text()}`
            answers.push({ request: `${accept} ${request}`, status: res.status, text, filteredByMarker })
          }
        }
      }
    }
    return answers
  }

  it('tells no role that may not know who posted it, in any answer of any GET', async () => {
    const roles: Record<string, Record<string, string>> = {
      invitedExpert: experts.invited.key.headers,
      declinedExpert: experts.decliner.key.headers,
      proposingExpert: experts.proposer.key.headers,
      uninvolvedExpert: experts.bystander.key.headers,
      societyContactInvited: experts.societyContact.key.headers,
      workstationLeadInvited: experts.workstationLead.key.headers,
      workstationMember: experts.workstationMember.key.headers,
      teamMemberInvited: cw.teamMembers[0].key.headers,
      sameParkEnterprise: w.keys.enterpriseA.headers,
      otherParkEnterprise: w.keys.enterpriseB.headers,
      otherParkStaff: w.keys.staffB.headers,
    }
    let walked = 0
    for (const [role, headers] of Object.entries(roles)) {
      const answers = await walk(headers)
      walked += answers.length
      const shown = answers.map((answer) => ({ ...answer, found: leaked(answer) })).filter((answer) => answer.found.length > 0)
      expect(shown.map((answer) => `${role} ${answer.request} → ${answer.status}: ${answer.found.join(', ')}`)).toEqual([])
      const listedByMarker = answers.filter((answer) => answer.filteredByMarker && answer.status === 200 && answer.text.includes(needId)).map((answer) => `${role} ${answer.request}`)
      expect(listedByMarker).toEqual([])
    }
    expect(walked).toBeGreaterThan(1000)
  }, 300_000)

  it('lets experts read the problem with the enterprise null, and recommends it', async () => {
    for (const expert of [experts.bystander, experts.invited, experts.decliner, experts.proposer]) {
      const need = await readJson(await t.app.request(`/v1/needs/${needId}`, { headers: expert.key.headers }), 'getNeed')
      expect(need).toMatchObject({ id: needId, enterpriseId: null, visibility: 'confidential', title: '碳纤维原丝断丝率高的工艺攻关' })
    }
    const listed = await readJson(await t.app.request('/v1/needs?visibility=confidential', { headers: experts.bystander.key.headers }), 'listNeeds')
    expect(listed.items.map((need) => [need.id, need.enterpriseId])).toEqual([[needId, null]])
    const recommended = await readJson(await t.app.request(`/v1/experts/${experts.bystander.id}/recommended-needs`, { headers: experts.bystander.key.headers }), 'listExpertRecommendedNeeds')
    expect(recommended.items.find((need) => need.id === needId)).toMatchObject({ enterpriseId: null, visibility: 'confidential' })
    const invitation = await readJson(await t.app.request(`/v1/matches?needId=${needId}`, { headers: experts.invited.key.headers }), 'listMatches')
    expect(invitation.items.map((match) => [match.status, match.enterpriseId, match.enterpriseName])).toEqual([['proposed', null, null]])
    const proposal = await readJson(await t.app.request(`/v1/proposals/${proposalId}`, { headers: experts.proposer.key.headers }), 'getProposal')
    expect(proposal.enterpriseId).toBeNull()
    // Other enterprises and other parks' staff do not read a confidential need at all.
    for (const key of [w.keys.enterpriseA, w.keys.enterpriseB, w.keys.staffB]) expect((await t.app.request(`/v1/needs/${needId}`, { headers: key.headers })).status).toBe(404)
  })

  it('answers an expert\'s own writes (decline, proposal, its edit) without the enterprise', () => {
    expect(cw.writeAnswers).toHaveLength(3)
    expect(cw.writeAnswers.flatMap(leaks)).toEqual([])
    for (const answer of cw.writeAnswers) expect(JSON.parse(answer)).toMatchObject({ enterpriseId: null })
  })

  it('sends no marker in any webhook delivery to an expert not accepted, though they are told of their engagements', async () => {
    for (const name of ['invited', 'decliner', 'proposer', 'societyContact', 'workstationLead'] as const) {
      const receiver = receivers[name]!
      expect(receiver.rejected).toEqual([])
      expect(receiver.received.length).toBeGreaterThan(0)
      expect(receiver.received.flatMap((request) => leaks(`${JSON.stringify(request.headers)}\n${request.body}`))).toEqual([])
    }
    expect(receivers.bystander!.received.flatMap((request) => leaks(request.body))).toEqual([])
  })

  it('names the enterprise to those entitled: the enterprise, its park staff, admins and the accepted expert', async () => {
    for (const headers of [secretKey.headers, w.keys.staffA.headers, w.keys.admin.headers, experts.partner.key.headers]) {
      const need = await readJson(await t.app.request(`/v1/needs/${needId}`, { headers }), 'getNeed')
      expect(need.enterpriseId).toBe(enterpriseId)
    }
    const matches = await readJson(await t.app.request(`/v1/matches?needId=${needId}`, { headers: experts.partner.key.headers }), 'listMatches')
    expect(matches.items.map((match) => match.enterpriseName)).toEqual([identity.name])
    const filtered = await readJson(await t.app.request(`/v1/needs?enterpriseId=${enterpriseId}`, { headers: experts.partner.key.headers }), 'listNeeds')
    expect(filtered.items.map((need) => need.id)).toEqual([needId])
  })

  it('names the enterprise to a proposer once the enterprise accepts its proposal', async () => {
    const accepted = await post(t, `/v1/proposals/${proposalId}/accept`, secretKey.headers)
    expect(accepted.status).toBe(200)
    const headers = experts.proposer.key.headers
    expect((await readJson(await t.app.request(`/v1/needs/${needId}`, { headers }), 'getNeed')).enterpriseId).toBe(enterpriseId)
    expect((await readJson(await t.app.request(`/v1/proposals/${proposalId}`, { headers }), 'getProposal')).enterpriseId).toBe(enterpriseId)
    const matches = await readJson(await t.app.request(`/v1/matches?needId=${needId}`, { headers }), 'listMatches')
    expect(matches.items.map((match) => [match.status, match.enterpriseId, match.enterpriseName])).toEqual([['accepted', enterpriseId, identity.name]])
    // Still nothing for the uninvolved expert.
    expect((await readJson(await t.app.request(`/v1/needs/${needId}`, { headers: experts.bystander.key.headers }), 'getNeed')).enterpriseId).toBeNull()
  })
})
