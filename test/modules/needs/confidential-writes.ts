import fc from 'fast-check'
import type { TestApp } from '../../helpers/app.js'
import { type TestKey, validUscc } from '../../helpers/fixtures.js'
import { completion, outcomes } from '../../helpers/flow.js'
import { type OpenApiDocument, type OpenApiOperation, objectViolation, valueArbitrary } from '../../helpers/openapi-arbitraries.js'
import { type Answer, type ConfidentialWorld, answerOf } from './confidential-world.js'

/**
 * Every write operation (POST, PUT, PATCH, DELETE) of the served OpenAPI document, called as one
 * key against a confidential world: each path id filled with the world's objects (and the key's
 * own), each body valid (written here where a generated one could not reach the rules, generated
 * from the document's schema otherwise) and invalid (one field broken, malformed JSON, a bad path
 * id, a stale or missing If-Match). Refusals come first; then the writes that succeed, those that
 * end something (decline, withdraw, cancel, delete …) last, so the earlier ones meet live objects.
 */
export interface WriteWalk {
  t: TestApp
  document: OpenApiDocument
  world: ConfidentialWorld
  key: TestKey
  /** The key's own expert, enterprise and park, if it has them. */
  own: { expertId?: string; enterpriseId?: string; parkId: string }
  receiverUrl: string
  /** Webhook subscriptions and deliveries: the key's own and another's. */
  webhooks: string[]
  deliveries: string[]
  /** Writes not made: `METHOD url` (an invited expert accepting its own invitation is entitled from then on, by design). */
  skip: Set<string>
}

const writeMethods = ['post', 'put', 'patch', 'delete']
const ending = /decline|withdraw|cancel|terminate|reject|delete|complete|verify|publish/i
const today = () => new Date().toISOString().slice(0, 10)
const unique = () => Math.random().toString(36).slice(2, 8)
const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

type Body = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'text'; text: string; contentType: string }

/** Bodies that pass the schema and reach the rules, by operation. */
function writtenBodies(walk: WriteWalk): Record<string, unknown[]> {
  const { world: cw, own } = walk
  const need = { title: '另一项碳纤维工艺需求', industryCode: 'new_materials', kind: 'breakthrough', problem: '原丝均匀性不足。', visibility: 'confidential', status: 'open' }
  const someExpert = own.expertId ?? cw.experts.bystander.id
  const proposal = { approach: '优化牵伸工艺。', durationDays: 30, priceMinFen: 1_000_000, priceMaxFen: 2_000_000 }
  return {
    createEnterprise: [
      { name: cw.identity.name, uscc: cw.identity.uscc, parkId: own.parkId, size: 'small' },
      { name: `新注册企业${Math.random().toString(36).slice(2, 8)}有限公司`, uscc: validUscc(Math.floor(Math.random() * 900_000_000) + 1), parkId: own.parkId, size: 'small' },
    ],
    updateEnterprise: [{ description: '更新简介' }],
    createExpert: [{ name: `新专家${unique()}`, organisation: '太原理工大学', enterpriseId: cw.enterpriseId }],
    updateExpert: [{ bio: '更新的简介。' }],
    createSociety: [{ name: `新学会${unique()}`, level: 'municipal', contactExpertId: someExpert }],
    updateSociety: [{ description: '更新的学会简介。' }],
    createWorkstation: [
      { name: `新工作站${unique()}`, kind: 'expert_station', hostEnterpriseId: cw.enterpriseId, leadExpertId: someExpert },
      { name: `新工作站${unique()}`, kind: 'expert_station', hostParkId: own.parkId, leadExpertId: someExpert },
    ],
    updateWorkstation: [{ description: '更新的工作站简介。' }, { hostEnterpriseId: cw.enterpriseId, hostParkId: null }],
    createNeed: [need, { ...need, enterpriseId: cw.enterpriseId }],
    updateNeed: [{ title: '改过的需求标题' }],
    proposeMatch: [{ candidateKind: 'expert', candidateId: cw.experts.bystander.id }],
    declineMatch: [{ reason: '近期无法对接。' }],
    inviteTeam: [{ members: [{ candidateKind: 'expert', candidateId: cw.experts.bystander.id }, { candidateKind: 'expert', candidateId: cw.experts.workstationMember.id }], countsAsOneEngagement: true }],
    submitProposal: [proposal, { ...proposal, candidateKind: 'society', candidateId: cw.societyId }, { ...proposal, candidateKind: 'workstation', candidateId: cw.workstationId }],
    updateProposal: [{ durationDays: 90 }],
    declineProposal: [{ reason: '方案不合适。' }],
    scheduleConsultation: [{ mode: 'online', scheduledAt: soon(2) }],
    updateConsultation: [{ mode: 'phone' }],
    completeConsultation: [completion()],
    cancelConsultation: [{ reason: '时间冲突。' }],
    rateConsultation: [{ rating: 5, comment: '很有帮助。' }],
    createContract: [
      { needId: cw.needId, matchId: cw.matches.engaged, kind: 'consulting', title: '碳纤维咨询合同', valueFen: 1_000_000 },
      { needId: cw.needId, matchId: cw.matches.live, kind: 'consulting', title: '碳纤维咨询合同', valueFen: 1_000_000 },
    ],
    updateContract: [{ title: '改过的合同名称' }],
    signContract: [{ signedOn: today() }],
    completeContract: [{ outcomes: outcomes() }],
    terminateContract: [{ reason: '双方协商终止。' }],
    verifyContract: [{ comment: '成果属实。' }],
    rejectContract: [{ comment: '证明材料不足。' }],
    reviseContract: [{ reason: '金额有误。', changes: { valueFen: 2_000_000 } }],
    createWebhookSubscription: [{ url: walk.receiverUrl }],
    updateWebhookSubscription: [{ description: '改过的说明' }],
    createEvent: [{ title: '对接会', date: soon(20).slice(0, 10), slots: [{ start: '09:00', end: '09:20' }], tables: ['A 桌'], needs: [{ needId: cw.needId }], experts: [{ expertId: cw.experts.bystander.id }] }],
    updateEvent: [{ needs: [{ needId: cw.needId }] }],
  }
}

/** Bodies sent after every other write: they end what the role holds. */
const lastBodies: Record<string, unknown[]> = {
  updateExpert: [{ availability: 'unavailable' }],
  updateNeed: [{ status: 'closed' }],
}

/** Import files (NDJSON) naming the world's enterprise by its USCC and id. */
function importLines(walk: WriteWalk): Record<string, unknown[]> {
  const { world: cw, own } = walk
  const need = { title: '导入的需求', industryCode: 'new_materials', kind: 'consulting', problem: '导入需求的问题。' }
  return {
    importEnterprises: [{ name: cw.identity.name, uscc: cw.identity.uscc, parkId: own.parkId, size: 'small' }],
    importNeeds: [{ ...need, enterpriseUscc: cw.identity.uscc }, { ...need, enterpriseId: cw.enterpriseId }],
    importExperts: [{ name: '导入的专家', organisation: '太原理工大学', employerUscc: cw.identity.uscc }],
  }
}

/** A generated value's uuids replaced by the world's ids, chosen by field name, so the rules meet real objects. */
function fillIds(walk: WriteWalk, value: unknown, key = ''): unknown {
  const { world: cw, own } = walk
  const byName: Record<string, string> = {
    needId: cw.needId, matchId: cw.matches.engaged, enterpriseId: cw.enterpriseId, hostEnterpriseId: cw.enterpriseId, parkId: own.parkId, hostParkId: own.parkId,
    societyId: cw.societyId, societyIds: cw.societyId, consultationIds: cw.consultationId, counterpartId: cw.experts.partner.id,
  }
  if (Array.isArray(value)) return value.map((item) => fillIds(walk, item, key))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillIds(walk, v, k)]))
  if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value)) return byName[key] ?? (own.expertId ?? cw.experts.bystander.id)
  if (key === 'url' && walk.receiverUrl) return walk.receiverUrl
  return value
}

const seedOf = (text: string) => [...text].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) | 0, 7)

function bodiesOf(walk: WriteWalk, op: OpenApiOperation): { valid: Body[]; last?: Body[]; invalid: Body[] } {
  const media = Object.keys(op.requestBody?.content ?? {})
  const schema = op.requestBody?.content['application/json']?.schema
  if (schema) {
    const written = writtenBodies(walk)[op.operationId]
    const generated = fc.sample(valueArbitrary(walk.document, schema, 'valid'), { numRuns: 1, seed: seedOf(op.operationId) })
    const broken = objectViolation(walk.document, schema)
    const invalid: Body[] = [{ kind: 'text', text: '{"title":', contentType: 'application/json' }]
    if (broken) invalid.push({ kind: 'json', value: fillIds(walk, fc.sample(broken, { numRuns: 1, seed: seedOf(op.operationId) })[0]!.value) })
    const json = (value: unknown): Body => ({ kind: 'json', value })
    return { valid: [...(written ?? []), ...generated.map((value) => fillIds(walk, value))].map(json), last: (lastBodies[op.operationId] ?? []).map(json), invalid }
  }
  if (media.length > 0) {
    const lines = importLines(walk)[op.operationId] ?? [{}]
    return {
      valid: [{ kind: 'text', text: lines.map((line) => JSON.stringify(line)).join('\n'), contentType: 'application/x-ndjson' }],
      invalid: [{ kind: 'text', text: '{"name":', contentType: 'application/x-ndjson' }, { kind: 'text', text: 'x', contentType: 'application/xml' }],
    }
  }
  return { valid: [{ kind: 'none' }], invalid: [{ kind: 'text', text: '{}', contentType: 'text/plain' }] }
}

/** The concrete URLs of a path: each `{param}` filled with the ids of the collection it follows. */
function urlsOf(walk: WriteWalk, path: string): string[] {
  const { world: cw, own } = walk
  const ids: Record<string, string[]> = {
    needs: [cw.needId], matches: Object.values(cw.matches), proposals: [cw.proposalId], consultations: [cw.consultationId], contracts: [cw.contractId],
    enterprises: [cw.enterpriseId, ...(own.enterpriseId ? [own.enterpriseId] : [])], experts: [...(own.expertId ? [own.expertId] : []), cw.experts.invited.id],
    parks: [own.parkId], societies: [cw.societyId], workstations: [cw.workstationId], events: [cw.eventId], teams: [cw.teamId], webhooks: walk.webhooks, deliveries: walk.deliveries,
  }
  for (const [collection, values] of Object.entries(ids)) ids[collection] = [...new Set(values)]
  let urls = ['']
  for (const segment of path.split('/').slice(1)) {
    const param = /^\{(\w+)\}$/.exec(segment)?.[1]
    if (!param) {
      urls = urls.map((url) => `${url}/${segment}`)
      continue
    }
    const collection = param === 'deliveryId' ? 'deliveries' : /\/(\w[\w-]*)$/.exec(urls[0]!)?.[1] ?? ''
    const values = ids[collection] ?? Object.values(ids).flat()
    urls = urls.flatMap((url) => values.map((id) => `${url}/${id}`))
  }
  return urls
}

interface Planned {
  operationId: string
  method: string
  url: string
  body: Body
  ifMatch: 'current' | 'stale' | 'missing' | 'none'
  replay: boolean
  phase: number
}

/** Every request of the walk, in the order it is sent: refusals, writes, writes that end something, the last bodies. */
export function planWrites(walk: WriteWalk): Planned[] {
  const planned: Planned[] = []
  for (const [path, methods] of Object.entries(walk.document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!writeMethods.includes(method)) continue
      const takesIfMatch = (op.parameters ?? []).some((p) => p.name === 'if-match')
      const replay = (op.parameters ?? []).some((p) => p.name === 'idempotency-key')
      const { valid, last = [], invalid } = bodiesOf(walk, op)
      const phase = ending.test(op.operationId) ? 2 : 1
      const current = takesIfMatch ? 'current' : 'none'
      // A body the schema refuses is refused before any object is looked at: once per operation is enough.
      urlsOf(walk, path).forEach((url, index) => {
        if (index === 0) for (const body of invalid) planned.push({ operationId: op.operationId, method, url, body, ifMatch: current, replay: false, phase: 0 })
        if (takesIfMatch) for (const ifMatch of ['stale', 'missing'] as const) planned.push({ operationId: op.operationId, method, url, body: valid[0]!, ifMatch, replay: false, phase: 0 })
        for (const body of valid) planned.push({ operationId: op.operationId, method, url, body, ifMatch: current, replay, phase })
        for (const body of last) planned.push({ operationId: op.operationId, method, url, body, ifMatch: current, replay, phase: 3 })
      })
      if (path.includes('{')) planned.push({ operationId: op.operationId, method, url: path.replace(/\{\w+\}/g, 'not-a-uuid'), body: valid[0]!, ifMatch: current, replay: false, phase: 0 })
    }
  }
  return planned.sort((a, b) => a.phase - b.phase).filter((request) => !walk.skip.has(`${request.method.toUpperCase()} ${request.url}`))
}

/** Sends the walk's requests as its key; every answer (and the reads of ETags for If-Match) comes back. */
export async function walkWrites(walk: WriteWalk): Promise<Answer[]> {
  const answers: Answer[] = []
  const keyed = new Set<string>()
  for (const request of planWrites(walk)) {
    const headers: Record<string, string> = { ...walk.key.headers }
    if (request.ifMatch === 'current') {
      const read = await walk.t.app.request(request.url, { headers: walk.key.headers })
      answers.push(await answerOf(`GET ${request.url}`, read.clone()))
      headers['if-match'] = read.headers.get('etag') ?? '"0"'
    } else if (request.ifMatch === 'stale') headers['if-match'] = 'W/"stale"'
    let payload: string | undefined
    if (request.body.kind === 'json') payload = JSON.stringify(request.body.value)
    if (request.body.kind === 'text') payload = request.body.text
    if (request.body.kind !== 'none') headers['content-type'] = request.body.kind === 'json' ? 'application/json' : request.body.contentType
    const first = request.replay && !keyed.has(request.operationId)
    if (first) keyed.add(request.operationId)
    headers['idempotency-key'] = first ? walk.world.idempotencyKey(request.operationId) : `walk-${Math.random().toString(36).slice(2)}`
    const send = () => walk.t.app.request(request.url, { method: request.method.toUpperCase(), headers, ...(payload === undefined ? {} : { body: payload }) })
    const label = `${request.method.toUpperCase()} ${request.url} ${payload ?? ''}`
    const res = await send()
    answers.push(await answerOf(label, res))
    if (request.replay && res.status < 300) answers.push(await answerOf(`${label} (replayed)`, await send()))
  }
  return answers
}
