import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { deliverWebhooks } from '../../../src/modules/webhooks/index.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type TestKey, type World, createKey, createWorld, json, validUscc } from '../../helpers/fixtures.js'
import { type FlowExpert, accept, newExpert, post, propose, schedule } from '../../helpers/flow.js'
import { readJson } from '../../helpers/http.js'
import { type Receiver, startReceiver } from '../webhooks/receiver.js'

/**
 * Confidential needs (保密需求): a marker is planted in every identifying field of the posting
 * enterprise (its id, name, USCC, contact name, phone and email, description). A confidential need
 * is driven through invitations (one live, one declined), a proposal, an accepted engagement with a
 * consultation and a contract, and every expert involved subscribes to webhooks. Then every GET
 * operation of the served OpenAPI document, with every path id of the objects made, every list
 * filter set to the enterprise's id or a marker, in JSON and (where offered) CSV, is called as every
 * role not entitled to know who posted the need: experts invited, declined, proposing or
 * uninvolved, another enterprise of the same park and of another park, another park's staff. No
 * marker may appear in any body or header, nor in any webhook delivery to those experts, and a
 * filter naming a marker must not list the need. The entitled (the enterprise, its park staff,
 * admins, the accepted expert) do see it, and a proposer the enterprise accepts sees it from then on.
 */
const tag = Math.random().toString(36).slice(2, 8).toUpperCase()
const uscc = validUscc(Math.floor(Math.random() * 900_000_000) + 1)
const identity = {
  name: `保密标记${tag}化工有限公司`,
  uscc,
  contactName: `联系人${tag}`,
  contactPhone: `0355-7${tag}`,
  contactEmail: `secret-${tag.toLowerCase()}@marker.example.cn`,
  description: `企业简介标记${tag}`,
}

type Document = { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses?: Record<string, { content?: Record<string, unknown> }> }>> }

describe('confidential needs: who posted it never leaks', () => {
  let t: TestApp
  let w: World
  let secretKey: TestKey
  let enterpriseId = ''
  let needId = ''
  let markers: string[] = []
  const experts: Record<'invited' | 'decliner' | 'proposer' | 'bystander' | 'partner', FlowExpert> = {} as never
  const receivers: Record<string, Receiver> = {}
  const subscriptions: string[] = []
  const ids: Record<string, string[]> = {}
  let proposalId = ''
  /** What the experts not accepted were answered to their own writes (a decline, a proposal and its edit). */
  const writeAnswers: string[] = []

  const leaks = (text: string) => markers.filter((marker) => text.toLowerCase().includes(marker.toLowerCase()))
  /** The markers an answer shows, but a refusal echoing the id or text the request itself sent (`No enterprise <id>`): that tells the caller nothing. */
  const leaked = (answer: { request: string; status: number; text: string }) =>
    leaks(answer.text).filter((marker) => answer.status < 400 || !decodeURIComponent(answer.request).toLowerCase().includes(marker.toLowerCase()))
  const deliver = async () => {
    while ((await deliverWebhooks(t.db.sql, { allowPrivateTargets: true, timeoutMs: 2000 })).leased > 0);
  }

  beforeAll(async () => {
    t = await createTestApp({}, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    w = await createWorld(t.db.sql)
    const admin = w.keys.admin.headers
    const created = await t.app.request('/v1/enterprises', json('POST', { ...identity, parkId: w.parkA.id, size: 'medium', industries: ['new_materials'] }, admin))
    expect(created.status).toBe(201)
    enterpriseId = (await readJson(created, 'createEnterprise', 201)).id
    markers = [enterpriseId, ...Object.values(identity)]
    secretKey = await createKey(t.db.sql, 'enterprise', { enterpriseId })
    const secret = secretKey.headers
    for (const name of ['invited', 'decliner', 'proposer', 'bystander', 'partner'] as const) {
      experts[name] = await newExpert(t, admin, `保密${name}专家`, { fields: ['碳纤维', '原丝'], keywords: ['碳纤维原丝', '断丝率'], bio: '长期从事碳纤维原丝纺丝工艺研究。' })
      receivers[name] = await startReceiver()
      const sub = await readJson(await t.app.request('/v1/webhooks', json('POST', { url: receivers[name].url }, experts[name].key.headers)), 'createWebhookSubscription', 201)
      receivers[name].setSecret(sub.secret)
      subscriptions.push(sub.id)
    }

    const need = await t.app.request('/v1/needs', json('POST', {
      title: '碳纤维原丝断丝率高的工艺攻关', industryCode: 'new_materials', kind: 'breakthrough', status: 'open', visibility: 'confidential',
      problem: '碳纤维原丝均匀性不足，纺丝断丝率高，需优化凝固浴与牵伸工艺。', keywords: ['碳纤维原丝', '断丝率'],
    }, secret))
    expect(need.status).toBe(201)
    needId = (await readJson(need, 'createNeed', 201)).id
    // Room for the partner and, at the end, the proposer (no API sets a need's slots).
    await t.db.sql`update needs set partner_slots = 3 where id = ${needId}`
    const etag = (await t.app.request(`/v1/needs/${needId}`, { headers: secret })).headers.get('etag')!
    const opened = await t.app.request(`/v1/needs/${needId}`, json('PATCH', { proposalsCloseAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }, { ...secret, 'if-match': etag }))
    expect(opened.status).toBe(200)

    const live = await propose(t, needId, { kind: 'expert', id: experts.invited.id }, secret)
    const declined = await propose(t, needId, { kind: 'expert', id: experts.decliner.id }, secret)
    const declineAnswer = await post(t, `/v1/matches/${declined.id}/decline`, experts.decliner.key.headers, { reason: '近期无法对接。' })
    expect(declineAnswer.status).toBe(200)
    writeAnswers.push(await declineAnswer.text())
    const proposal = await post(t, `/v1/needs/${needId}/proposals`, experts.proposer.key.headers, {
      approach: '优化凝固浴温度与牵伸比。', durationDays: 60, priceMinFen: 10_000_000, priceMaxFen: 20_000_000,
    })
    expect(proposal.status).toBe(201)
    writeAnswers.push(await proposal.clone().text())
    proposalId = (await readJson(proposal, 'submitProposal', 201)).id
    const edit = await t.app.request(`/v1/proposals/${proposalId}`, json('PATCH', { durationDays: 75 }, { ...experts.proposer.key.headers, 'if-match': proposal.headers.get('etag')! }))
    expect(edit.status).toBe(200)
    writeAnswers.push(await edit.text())
    const engaged = await propose(t, needId, { kind: 'expert', id: experts.partner.id }, secret)
    await accept(t, engaged.id, experts.partner)
    const consultation = await schedule(t, engaged.id, secret, { scheduledAt: new Date(Date.now() + 86_400_000).toISOString() })
    expect(consultation.status).toBe(201)
    const contract = await post(t, '/v1/contracts', secret, {
      needId, matchId: engaged.id, kind: 'consulting', title: '碳纤维原丝工艺咨询合同', valueFen: 15_000_000, signedOn: new Date().toISOString().slice(0, 10),
    })
    expect(contract.status).toBe(201)

    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
    await deliver()
    ids.needs = [needId]
    ids.matches = [live.id, declined.id, engaged.id]
    ids.proposals = [proposalId]
    ids.consultations = [(await readJson(consultation, 'scheduleConsultation', 201)).id]
    ids.contracts = [(await readJson(contract, 'createContract', 201)).id]
    ids.enterprises = [enterpriseId, w.enterpriseA.id]
    ids.experts = Object.values(experts).map((expert) => expert.id)
    ids.parks = [w.parkA.id, w.parkB.id]
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
    expect(writeAnswers).toHaveLength(3)
    expect(writeAnswers.flatMap(leaks)).toEqual([])
    for (const answer of writeAnswers) expect(JSON.parse(answer)).toMatchObject({ enterpriseId: null })
  })

  it('sends no marker in any webhook delivery to an expert not accepted, though they are told of their engagements', async () => {
    for (const name of ['invited', 'decliner', 'proposer'] as const) {
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
