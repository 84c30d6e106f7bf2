import { expect } from 'vitest'
import type { TestApp } from '../../helpers/app.js'
import { type TestKey, type World, createKey, json, validUscc } from '../../helpers/fixtures.js'
import { type FlowExpert, accept, newExpert, post, propose, schedule } from '../../helpers/flow.js'
import { readJson } from '../../helpers/http.js'

/**
 * A confidential need (保密需求) and everything hanging on it, made through the API, for the
 * marker tests: its enterprise carries a fresh marker in every identifying field; the need is open
 * for proposals and has a live invitation, a declined one, a society's and a workstation's (both
 * unanswered), a proposal (edited once), and an accepted engagement with a consultation and a contract; an event
 * of its park enrols it. Each call makes a new enterprise with new markers and new experts, so a
 * test may give one role a world of its own to change.
 */
export const expertRoles = ['invited', 'decliner', 'proposer', 'bystander', 'partner', 'societyContact', 'workstationLead', 'workstationMember'] as const
export type ExpertRole = (typeof expertRoles)[number]

export interface ConfidentialWorld {
  enterpriseId: string
  /** The enterprise's key: entitled. */
  secretKey: TestKey
  identity: Record<'name' | 'uscc' | 'contactName' | 'contactPhone' | 'contactEmail' | 'description', string>
  /** The enterprise's id and every identifying field. */
  markers: string[]
  needId: string
  experts: Record<ExpertRole, FlowExpert>
  societyId: string
  workstationId: string
  matches: Record<'live' | 'declined' | 'society' | 'workstation' | 'engaged', string>
  proposalId: string
  proposalEtag: string
  consultationId: string
  contractId: string
  eventId: string
  /** A team of two experts invited together (not walked as roles but the first, `teamMember`), and its id. */
  teamId: string
  teamMembers: [FlowExpert, FlowExpert]
  /**
   * The Idempotency-Key this world's creates were sent with, by operation, for the walk's first
   * valid request of the same operation: a replay store keyed by the key alone would hand the
   * enterprise's answer to whoever sends it.
   */
  idempotencyKey: (operationId: string) => string
  /** Answers of the experts' own writes made here (a decline, a proposal and its edit): none may name the enterprise. */
  writeAnswers: string[]
}

let worlds = 0


export function newIdentity(): ConfidentialWorld['identity'] {
  const tag = `${Math.random().toString(36).slice(2, 6)}${(++worlds).toString(36)}`.toUpperCase()
  return {
    name: `保密标记${tag}化工有限公司`,
    uscc: validUscc(Math.floor(Math.random() * 900_000_000) + 1),
    contactName: `联系人${tag}`,
    contactPhone: `0355-7${tag}`,
    contactEmail: `secret-${tag.toLowerCase()}@marker.example.cn`,
    description: `企业简介标记${tag}`,
  }
}

/** `withExperts` runs once the experts exist, before the need is posted (to subscribe them to webhooks, say). */
export async function buildConfidentialWorld(t: TestApp, w: World, withExperts?: (experts: Record<ExpertRole, FlowExpert>) => Promise<void>): Promise<ConfidentialWorld> {
  const admin = w.keys.admin.headers
  const identity = newIdentity()
  const idempotencyKey = (operationId: string) => `confidential-world-${worlds}-${operationId}`
  const keyed = (headers: Record<string, string>, operationId: string) => ({ ...headers, 'idempotency-key': idempotencyKey(operationId) })
  const created = await t.app.request('/v1/enterprises', json('POST', { ...identity, parkId: w.parkA.id, size: 'medium', industries: ['new_materials'] }, admin))
  expect(created.status).toBe(201)
  const enterpriseId = (await readJson(created, 'createEnterprise', 201)).id
  const secretKey = await createKey(t.db.sql, 'enterprise', { enterpriseId })
  const secret = secretKey.headers
  const experts = {} as Record<ExpertRole, FlowExpert>
  for (const role of expertRoles) {
    experts[role] = await newExpert(t, admin, `保密${role}专家${worlds}`, { fields: ['碳纤维', '原丝'], keywords: ['碳纤维原丝', '断丝率'], bio: '长期从事碳纤维原丝纺丝工艺研究。' })
  }
  const society = await t.app.request('/v1/societies', json('POST', { name: `保密测试学会${worlds}-${Math.random().toString(36).slice(2, 8)}`, level: 'provincial', disciplines: ['碳纤维'], contactExpertId: experts.societyContact.id }, admin))
  expect(society.status).toBe(201)
  const societyId = (await readJson(society, 'createSociety', 201)).id
  const station = await t.app.request('/v1/workstations', json('POST', {
    name: `保密测试工作站${worlds}-${Math.random().toString(36).slice(2, 8)}`, kind: 'expert_station', hostParkId: w.parkA.id,
    leadExpertId: experts.workstationLead.id, memberExpertIds: [experts.workstationMember.id], fields: ['碳纤维'],
  }, admin))
  expect(station.status).toBe(201)
  const workstationId = (await readJson(station, 'createWorkstation', 201)).id
  await withExperts?.(experts)

  const need = await t.app.request('/v1/needs', json('POST', {
    title: '碳纤维原丝断丝率高的工艺攻关', industryCode: 'new_materials', kind: 'breakthrough', status: 'open', visibility: 'confidential',
    problem: '碳纤维原丝均匀性不足，纺丝断丝率高，需优化凝固浴与牵伸工艺。', keywords: ['碳纤维原丝', '断丝率'],
  }, keyed(secret, 'createNeed')))
  expect(need.status).toBe(201)
  const needId = (await readJson(need, 'createNeed', 201)).id
  // Room for several engagements (no API sets a need's slots).
  await t.db.sql`update needs set partner_slots = 5 where id = ${needId}`
  const etag = (await t.app.request(`/v1/needs/${needId}`, { headers: secret })).headers.get('etag')!
  const opened = await t.app.request(`/v1/needs/${needId}`, json('PATCH', { proposalsCloseAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }, { ...secret, 'if-match': etag }))
  expect(opened.status).toBe(200)

  const writeAnswers: string[] = []
  const live = await propose(t, needId, { kind: 'expert', id: experts.invited.id }, keyed(secret, 'proposeMatch'))
  const declined = await propose(t, needId, { kind: 'expert', id: experts.decliner.id }, secret)
  const declineAnswer = await post(t, `/v1/matches/${declined.id}/decline`, experts.decliner.key.headers, { reason: '近期无法对接。' })
  expect(declineAnswer.status).toBe(200)
  writeAnswers.push(await declineAnswer.text())
  const societyMatch = await propose(t, needId, { kind: 'society', id: societyId }, secret)
  const stationMatch = await propose(t, needId, { kind: 'workstation', id: workstationId }, secret)
  const proposal = await post(t, `/v1/needs/${needId}/proposals`, keyed(experts.proposer.key.headers, 'submitProposal'), {
    approach: '优化凝固浴温度与牵伸比。', durationDays: 60, priceMinFen: 10_000_000, priceMaxFen: 20_000_000,
  })
  expect(proposal.status).toBe(201)
  writeAnswers.push(await proposal.clone().text())
  const proposalId = (await readJson(proposal, 'submitProposal', 201)).id
  const edit = await t.app.request(`/v1/proposals/${proposalId}`, json('PATCH', { durationDays: 75 }, { ...experts.proposer.key.headers, 'if-match': proposal.headers.get('etag')! }))
  expect(edit.status).toBe(200)
  writeAnswers.push(await edit.text())
  const engaged = await propose(t, needId, { kind: 'expert', id: experts.partner.id }, secret)
  await accept(t, engaged.id, experts.partner)
  const consultation = await schedule(t, engaged.id, keyed(secret, 'scheduleConsultation'), { scheduledAt: new Date(Date.now() + 86_400_000).toISOString() })
  expect(consultation.status).toBe(201)
  const contract = await post(t, '/v1/contracts', keyed(secret, 'createContract'), {
    needId, matchId: engaged.id, kind: 'consulting', title: '碳纤维原丝工艺咨询合同', valueFen: 15_000_000, signedOn: new Date().toISOString().slice(0, 10),
  })
  expect(contract.status).toBe(201)
  const teamMembers = [
    await newExpert(t, admin, `保密团队成员甲${worlds}`, { fields: ['碳纤维'], keywords: ['碳纤维原丝'] }),
    await newExpert(t, admin, `保密团队成员乙${worlds}`, { fields: ['原丝'], keywords: ['断丝率'] }),
  ] as [FlowExpert, FlowExpert]
  const team = await post(t, `/v1/needs/${needId}/team-invitations`, secret, {
    members: teamMembers.map((member) => ({ candidateKind: 'expert', candidateId: member.id })), countsAsOneEngagement: true, message: '诚邀组队对接',
  })
  expect(team.status).toBe(201)
  const event = await post(t, '/v1/events', keyed(w.keys.staffA.headers, 'createEvent'), {
    title: '保密需求对接会', date: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10), slots: [{ start: '09:00', end: '09:20' }, { start: '09:30', end: '09:50' }],
    tables: ['A 桌'], needs: [{ needId }], experts: [{ expertId: experts.bystander.id }, { expertId: experts.invited.id }],
  })
  expect(event.status).toBe(201)
  return {
    enterpriseId, secretKey, identity, markers: [enterpriseId, ...Object.values(identity)], needId, experts, societyId, workstationId,
    matches: { live: live.id, declined: declined.id, society: societyMatch.id, workstation: stationMatch.id, engaged: engaged.id },
    proposalId, proposalEtag: (await t.app.request(`/v1/proposals/${proposalId}`, { headers: experts.proposer.key.headers })).headers.get('etag')!,
    consultationId: (await readJson(consultation, 'scheduleConsultation', 201)).id,
    contractId: (await readJson(contract, 'createContract', 201)).id,
    eventId: (await readJson(event, 'createEvent', 201)).id,
    teamId: (await readJson(team, 'inviteTeam', 201)).id,
    teamMembers,
    idempotencyKey,
    writeAnswers,
  }
}

/** An answer as the marker tests keep it: the request (method, URL, body), its status, headers and body as one text. */
export interface Answer {
  request: string
  status: number
  text: string
}

export async function answerOf(request: string, res: Response): Promise<Answer> {
  return { request, status: res.status, text: `${[...res.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await res.text()}` }
}

/** The markers in a text, case-insensitive. */
export const markersIn = (markers: readonly string[], text: string) => markers.filter((marker) => text.toLowerCase().includes(marker.toLowerCase()))

/**
 * The markers an answer shows that its request did not send. An echo of what the caller itself sent
 * tells it nothing: a refusal's `No enterprise <id>`, and an import's row refused the same way in a
 * 200 answer. (A read filtered by a marker is another matter: whether it lists the need is the
 * leak, checked apart.)
 */
export const leakedIn = (markers: readonly string[], answer: Answer) =>
  markersIn(markers, answer.text).filter((marker) => !safeDecode(answer.request).toLowerCase().includes(marker.toLowerCase()))

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
