/**
 * The load generator of scripts/load.ts and scripts/faults.ts, run as its own process (forked with
 * IPC) so that the service under test and the client measuring it do not share an event loop.
 * It runs `concurrency` virtual users, each issuing one request at a time from a weighted mix, for
 * `durationMs`, and sends back every latency, every status, and every write the service acknowledged.
 */
import { Agent, request } from 'node:http'
import type { LoadJob, LoadResult, OperationName, OperationSamples } from './load-protocol.js'

interface Reply {
  status: number
  body: any
  ms: number
  /** Connection failure or client timeout, instead of a status. */
  error?: string
}

let agent: Agent | undefined

function send(baseUrl: string, method: string, path: string, headers: Record<string, string>, body: unknown, timeoutMs: number): Promise<Reply> {
  const started = performance.now()
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
  return new Promise((resolve) => {
    const req = request(`${baseUrl}${path}`, {
      method,
      agent,
      // No body is sent as content-length 0, not as an empty chunked body (which the API refuses with 415 on POST).
      headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : { 'content-length': '0' }) },
    })
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    req.on('error', (error) => {
      clearTimeout(timer)
      resolve({ status: 0, body: null, ms: performance.now() - started, error: error.message })
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', () => {})
      res.on('end', () => {
        clearTimeout(timer)
        const text = Buffer.concat(chunks).toString('utf8')
        let parsed: unknown = text
        try {
          parsed = text ? JSON.parse(text) : null
        } catch {
          // not JSON; kept as text
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - started })
      })
    })
    req.end(payload)
  })
}

const expected: Record<OperationName, number> = {
  listNeeds: 200,
  listExperts: 200,
  getNeed: 200,
  candidates: 200,
  createNeed: 201,
  invite: 201,
  accept: 200,
}

function emptySamples(): OperationSamples {
  return { latencies: [], statuses: {}, errors: 0, errorExamples: [] }
}

/** Needs with a free partner slot, shared by every step of the run: prepared ones, then the run's own creations. */
const openNeeds: string[] = []
/** Accepted invitations per expert, so none is pushed past its capacity. */
const engagements = new Map<string, number>()
let expertCursor = 0
let sequence = 0
let seeded = false

async function run(job: LoadJob): Promise<LoadResult> {
  agent = new Agent({ keepAlive: true, maxSockets: job.concurrency })
  if (!seeded) openNeeds.push(...job.world.openNeedIds)
  seeded = true
  const samples = Object.fromEntries(Object.keys(expected).map((name) => [name, emptySamples()])) as Record<OperationName, OperationSamples>
  const result: LoadResult = { step: job.step, concurrency: job.concurrency, elapsedMs: 0, samples, createdNeeds: [], acceptedMatches: [], timeline: [] }
  const { world } = job
  const admin = { authorization: `Bearer ${world.adminKey}` }
  const enterprise = { authorization: `Bearer ${world.enterpriseKey}` }
  const weights = Object.entries(job.mix) as [keyof LoadJob['mix'], number][]
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0)
  const pick = () => {
    let roll = Math.random() * total
    for (const [name, weight] of weights) if ((roll -= weight) < 0) return name
    return weights[0]![0]
  }
  const any = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!
  const started = performance.now()
  const stopAt = started + job.durationMs

  const record = (name: OperationName, reply: Reply) => {
    const entry = samples[name]
    entry.latencies.push(reply.ms)
    const key = reply.error ? 'network' : String(reply.status)
    entry.statuses[key] = (entry.statuses[key] ?? 0) + 1
    const ok = reply.status === expected[name]
    if (!ok) {
      entry.errors += 1
      if (entry.errorExamples.length < 3) {
        entry.errorExamples.push(reply.error ?? `${reply.status} ${typeof reply.body === 'object' && reply.body ? (reply.body.detail ?? reply.body.title ?? '') : String(reply.body).slice(0, 120)}`)
      }
    }
    if (job.timeline) result.timeline.push({ at: Date.now(), op: name, status: reply.error ? 0 : reply.status, ms: Math.round(reply.ms), code: reply.body?.code })
    return ok
  }

  const nextExpert = () => {
    for (let tried = 0; tried < world.experts.length; tried++) {
      const expert = world.experts[expertCursor++ % world.experts.length]!
      if ((engagements.get(expert.id) ?? 0) < world.expertCapacity) return expert
    }
    return undefined
  }

  const operations: Record<keyof LoadJob['mix'], () => Promise<void>> = {
    listNeeds: async () => void record('listNeeds', await send(job.baseUrl, 'GET', '/v1/needs?limit=20', enterprise, undefined, job.timeoutMs)),
    listExperts: async () => void record('listExperts', await send(job.baseUrl, 'GET', '/v1/experts?limit=20', admin, undefined, job.timeoutMs)),
    getNeed: async () => void record('getNeed', await send(job.baseUrl, 'GET', `/v1/needs/${any(world.readNeedIds)}`, admin, undefined, job.timeoutMs)),
    candidates: async () =>
      void record('candidates', await send(job.baseUrl, 'GET', `/v1/needs/${any(world.candidateNeedIds)}/candidates?limit=10`, admin, undefined, job.timeoutMs)),
    createNeed: async () => {
      const n = ++sequence
      const title = `${job.titlePrefix}${job.step}-${n}`
      const idempotencyKey = `${job.keyPrefix}${job.step}-${n}`
      const reply = await send(job.baseUrl, 'POST', '/v1/needs', { ...enterprise, 'idempotency-key': idempotencyKey }, {
        title,
        industryCode: world.industryCode,
        kind: 'consulting',
        status: 'open',
        problem: '压测生成的需求：萃取塔乳化严重，总酚回收率不足85%，需要工艺优化方案。',
        keywords: ['萃取', '酚氨回收'],
      }, job.timeoutMs)
      if (record('createNeed', reply)) {
        result.createdNeeds.push({ id: reply.body.id, title, idempotencyKey })
        openNeeds.push(reply.body.id)
      }
    },
    accept: async () => {
      const needId = openNeeds.shift()
      const expert = nextExpert()
      if (!needId || !expert) {
        // Nothing left to accept: a read instead, so the step keeps its concurrency.
        if (needId) openNeeds.unshift(needId)
        return operations.listNeeds()
      }
      const invited = await send(job.baseUrl, 'POST', `/v1/needs/${needId}/matches`, enterprise, { candidateKind: 'expert', candidateId: expert.id }, job.timeoutMs)
      if (!record('invite', invited)) return
      const accepted = await send(job.baseUrl, 'POST', `/v1/matches/${invited.body.id}/accept`, { authorization: `Bearer ${expert.key}` }, undefined, job.timeoutMs)
      if (record('accept', accepted)) {
        engagements.set(expert.id, (engagements.get(expert.id) ?? 0) + 1)
        result.acceptedMatches.push({ id: invited.body.id, needId, expertId: expert.id })
      }
    },
  }

  const user = async () => {
    while (performance.now() < stopAt) await operations[pick()]()
  }
  await Promise.all(Array.from({ length: job.concurrency }, user))
  result.elapsedMs = performance.now() - started
  agent.destroy()
  return result
}

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send!(result),
    (error: unknown) => process.send!({ error: String(error instanceof Error ? error.stack : error) }),
  )
})
