import fc from 'fast-check'
import type { ZodType } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createWorld, json, testIndustries, validUscc } from '../helpers/fixtures.js'
import { type FlowExpert, acceptedMatch, completion, newExpert, post, schedule } from '../helpers/flow.js'
import { type Body, type GeneratedRequest, type RoleName, requestArbitrary } from '../helpers/hostile-requests.js'
import { readJson } from '../helpers/http.js'
import { inParallel, rawExchange, startHttpServer, unauthenticatedPost } from '../helpers/server-process.js'
import { type OpenApiDocument, type OpenApiOperation, semanticProperties } from '../helpers/openapi-arbitraries.js'
import { validateAgainstSchema } from '../helpers/openapi-validate.js'
import { countWrites, installWriteCounter } from '../helpers/write-counter.js'
import { createApp } from '../../src/http/app.js'
import { parseConfig } from '../../src/platform/config.js'
import { buildOpenApiDocument } from '../../src/platform/http/openapi.js'
import { createLogger } from '../../src/platform/logger.js'

/**
 * Every operation of the OpenAPI document, fed generated requests (valid, at the bounds, hostile
 * text, and invalid in every documented way) with each role's key and none. For every answer:
 * no 5xx, a documented status, the documented content type and schema, a problem body on errors,
 * 401 without a key, a 4xx for invalid input, and no row written by any rejected request.
 *
 * The requests go to the app in process (`app.request`), then over TCP to the Node server
 * `npm start` runs (src/node/http-server.ts, in this process over the same database), where
 * connection resets and what Node's HTTP parser answers count too, with requests only a raw
 * socket can send.
 *
 * PROPERTY_RUNS (default 10000) is the number of generated requests per run in process, spread
 * over the operations; PROPERTY_TCP_RUNS (default 2000) over TCP. A failure prints fast-check's
 * seed and path and the request that failed (role, method, URL, headers, body); replay it with
 * PROPERTY_SEED=<seed> (and PROPERTY_PATH=<path> for the shrunk case alone) and -t <operationId>, e.g.
 *   PROPERTY_SEED=17659968 PROPERTY_PATH="60:0:0" npx vitest run test/http/hostile-input.test.ts -t "in process createSociety"
 */
const totalRuns = Number(process.env.PROPERTY_RUNS ?? 10_000)
const tcpRuns = Number(process.env.PROPERTY_TCP_RUNS ?? 2_000)
const seed = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED)
const replayPath = process.env.PROPERTY_PATH

/** The document as the app builds it (no database needed), so the test follows route changes. */
function servedDocument(): OpenApiDocument {
  const app = createApp({
    config: parseConfig({ NODE_ENV: 'test' }),
    logger: createLogger('silent'),
    migrations: [],
    openDatabase: () => {
      throw new Error('the document needs no database')
    },
    retrievers: () => {
      throw new Error('the document needs no retrievers')
    },
  })
  return buildOpenApiDocument(app) as unknown as OpenApiDocument
}
const document = servedDocument()
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op: op as OpenApiOperation })),
)
semanticProperties.uscc = fc.integer({ min: 1, max: 999_999_999 }).map((n) => validUscc(n))
// Industry codes must name a registered industry; a few made-up ones still get through.
const industryCode = fc.oneof({ arbitrary: fc.constantFrom(...testIndustries.map((i) => i.code)), weight: 9 }, { arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{1,39}$/), weight: 1 })
semanticProperties.industryCode = industryCode
semanticProperties.industries = fc.array(industryCode, { maxLength: 3 })
semanticProperties.keyIndustries = fc.array(industryCode, { maxLength: 3 })
const oneMebibytePlus = JSON.stringify({ title: '长'.repeat(400_000) })

/** Where each path's `{id}` and each id-named field get real ids from. */
const poolOfPath = (path: string) => path.split('/')[2]!
const poolOfField: Record<string, string[]> = {
  needId: ['needs'],
  matchId: ['matches'],
  enterpriseId: ['enterprises'],
  parkId: ['parks'],
  hostParkId: ['parks'],
  expertId: ['experts'],
  contactExpertId: ['experts'],
  leadExpertId: ['experts'],
  societyId: ['societies'],
  candidateId: ['experts', 'societies', 'workstations'],
  consultationIds: ['consultations'],
}

describe('hostile input, generated from the OpenAPI document', () => {
  let t: TestApp
  let w: World
  let li: FlowExpert
  let roles: Record<RoleName, Record<string, string>>
  const pools: Record<string, string[]> = {}
  let zodBodies: Map<string, ZodType>
  let zodQueries: Map<string, ZodType>
  let writes = 0
  let server: Awaited<ReturnType<typeof startHttpServer>>

  /** Where the requests go, and how the answers went. */
  interface Transport {
    name: string
    runs: number
    /** Sends one request and reads its answer whole; throws if there is no answer. */
    exchange(url: string, init?: RequestInit): Promise<{ res: Response; text: string }>
    sent: number
    statuses: Map<string, Map<number, number>>
    /** Answers with status ≥ 400 that are not application/problem+json. */
    notProblem: number
    /** Requests that got no whole answer: a reset or another socket error. */
    socketErrors: number
    serverErrors: number
  }
  const transport = (name: string, runs: number, send: (url: string, init?: RequestInit) => Promise<Response>): Transport => {
    const counts: Transport = {
      name,
      runs,
      sent: 0,
      statuses: new Map(),
      notProblem: 0,
      socketErrors: 0,
      serverErrors: 0,
      async exchange(url, init) {
        try {
          const res = await send(url, init)
          return { res, text: await res.text() }
        } catch (error) {
          counts.socketErrors++
          const cause = (error as Error).cause as { code?: string; message?: string } | undefined
          throw new Error(`no answer ${name}: ${cause?.code ?? cause?.message ?? String(error)}`)
        }
      },
    }
    return counts
  }
  const inProcess = transport('in process', totalRuns, async (url, init) => t.app.request(url, init))
  const overTcp = transport('over TCP', tcpRuns, (url, init) => fetch(`${server.baseUrl}${url}`, init))

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    li = await newExpert(t, w.keys.admin.headers, '李明')
    const admin = w.keys.admin.headers
    const society = await readJson(await t.app.request('/v1/societies', json('POST', { name: '山西省化工学会', level: 'provincial', contactExpertId: li.id }, admin)), 'createSociety')
    const station = await readJson(await t.app.request('/v1/workstations', json('POST', { name: '煤焦油加氢专家工作站', kind: 'expert_station', hostParkId: w.parkA.id, leadExpertId: li.id, fields: ['煤焦油加氢'] }, admin)), 'createWorkstation')
    const needs: string[] = []
    const matches: string[] = []
    const consultations: string[] = []
    const contracts: string[] = []
    for (const title of ['碳纤维原丝均匀性', '煤气化废水酚氨回收', '锂电池隔膜涂覆']) {
      const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, li, title)
      needs.push(needId)
      matches.push(matchId)
      const consultation = await readJson(await schedule(t, matchId, w.keys.enterpriseA.headers), 'scheduleConsultation')
      consultations.push(consultation.id)
      const contract = await readJson(await t.app.request('/v1/contracts', json('POST', { needId, matchId, kind: 'development', title: `${title}技术开发合同`, valueFen: 80_000_000 }, w.keys.enterpriseA.headers)), 'createContract')
      contracts.push(contract.id)
    }
    expect((await post(t, `/v1/consultations/${consultations[0]}/complete`, li.key.headers, completion())).status).toBe(200)
    Object.assign(pools, {
      needs,
      matches,
      consultations,
      contracts,
      parks: [w.parkA.id, w.parkB.id],
      enterprises: [w.enterpriseA.id, w.enterpriseB.id],
      experts: [w.expertA.id, li.id, w.expertB.id],
      societies: [society.id],
      workstations: [station.id],
    })
    for (const pool of Object.values(pools)) expect(pool.every((id) => typeof id === 'string')).toBe(true)
    const badKey = `kcm_${'Z'.repeat(32)}`
    roles = {
      admin: w.keys.admin.headers,
      staffA: w.keys.staffA.headers,
      enterpriseA: w.keys.enterpriseA.headers,
      expertA: w.keys.expertA.headers,
      none: {},
      badKey: { authorization: `Bearer ${badKey}` },
      malformedAuth: { authorization: "Bearer ' or 1=1 --" },
    }
    zodBodies = new Map()
    zodQueries = new Map()
    for (const definition of t.app.openAPIRegistry.definitions) {
      if (definition.type !== 'route') continue
      const key = `${definition.route.method.toUpperCase()} ${definition.route.path}`
      const body = (definition.route.request?.body?.content as Record<string, { schema?: unknown }> | undefined)?.['application/json']?.schema
      if (body) zodBodies.set(key, body as ZodType)
      if (definition.route.request?.query) zodQueries.set(key, definition.route.request.query as ZodType)
    }
    await installWriteCounter(t.db.sql)
    writes = await countWrites(t.db.sql)
    server = await startHttpServer(t.app)
  })
  afterAll(async () => {
    await server?.close()
    await t?.close()
  })

  it('generates from the document the app serves', async () => {
    expect(await readJson(await t.app.request('/openapi.json'))).toEqual(JSON.parse(JSON.stringify(document)))
  })

  /** A known id of the pool, or the generated random uuid. */
  function choose(pool: string | string[], pick: number, fallback: string): string {
    const names = Array.isArray(pool) ? pool : [pool]
    const name = names[pick % names.length]!
    const ids = pools[name] ?? []
    return pick % 5 === 0 || ids.length === 0 ? fallback : ids[Math.floor(pick / 5) % ids.length]!
  }

  /** Swaps random uuids in id-named fields for real ones, so valid requests get past the 404s. */
  function withRealIds(value: unknown, picks: number[], counter = { n: 0 }): unknown {
    if (Array.isArray(value)) return value.map((item) => withRealIds(item, picks, counter))
    if (!value || typeof value !== 'object') return value
    const out: Record<string, unknown> = {}
    const set = (key: string, item: unknown) => Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true })
    for (const [key, item] of Object.entries(value)) {
      const pool = poolOfField[key]
      const pick = () => picks[counter.n++ % picks.length]!
      if (pool && typeof item === 'string' && /^[0-9a-f-]{36}$/.test(item)) set(key, choose(pool, pick(), item))
      else if (pool && Array.isArray(item)) set(key, item.map((id) => (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) ? choose(pool, pick(), id) : id)))
      else set(key, withRealIds(item, picks, counter))
    }
    return out
  }

  function bodyInit(body: Body, picks: number[]): { body?: string | Uint8Array; contentType?: string | null } {
    switch (body.kind) {
      case 'none':
        return {}
      case 'json':
        return { body: JSON.stringify(withRealIds(body.value, picks)), contentType: body.contentType ?? 'application/json' }
      case 'text':
        return { body: body.text, contentType: body.contentType }
      case 'bytes':
        return { body: new Uint8Array(body.bytes), contentType: body.contentType }
      case 'huge':
        return { body: oneMebibytePlus, contentType: 'application/json' }
      case 'deep':
        return {
          body: body.shape === 'array' ? '['.repeat(body.depth) + ']'.repeat(body.depth) : '{"a":'.repeat(body.depth) + '1' + '}'.repeat(body.depth),
          contentType: 'application/json',
        }
    }
  }

  async function send(via: Transport, path: string, method: string, op: OpenApiOperation, request: GeneratedRequest) {
    let url = path
    if (request.pathId) {
      const id = request.pathId
      const value = id.kind === 'pool' ? choose(poolOfPath(path), id.pick, crypto.randomUUID()) : id.kind === 'random' ? id.uuid : id.value
      url = url.replace('{id}', id.kind === 'bad' ? value : encodeURIComponent(value))
    }
    const query = new URLSearchParams(
      Object.entries(request.query).map(([name, value]): [string, string] => {
        const pool = poolOfField[name]
        return [name, pool && /^[0-9a-f-]{36}$/.test(value) ? choose(pool, request.picks[0]!, value) : value]
      }),
    ).toString()
    if (query) url += `?${query}`
    const headers: Record<string, string> = { ...roles[request.role], ...request.headers }
    if (op.parameters?.some((p) => p.name === 'if-match')) {
      if (request.ifMatch === 'current') {
        const { res: current } = await via.exchange(url.split('?')[0]!, { headers: roles[request.role] })
        const etag = current.headers.get('etag')
        if (etag) headers['if-match'] = etag
      } else if (request.ifMatch === 'stale') headers['if-match'] = '"00000000-0"'
      else if (request.ifMatch === 'garbage') headers['if-match'] = "W/\"'; drop table needs; --\""
    }
    const init = bodyInit(request.body, request.picks)
    if (init.contentType) headers['content-type'] = init.contentType
    const requestInit: RequestInit = { method, headers, ...(init.body === undefined ? {} : { body: init.body }) }
    const shown = typeof init.body === 'string' ? init.body : init.body instanceof Uint8Array ? `<bytes ${Buffer.from(init.body).toString('hex').slice(0, 400)}>` : ''
    const describeRequest = `${request.variant}${request.why ? ` (${request.why})` : ''} as ${request.role}: ${method} ${url}\n  headers: ${JSON.stringify(headers)}\n  body (${shown.length} chars): ${shown.length > 400 ? `${shown.slice(0, 400)}…` : shown}`
    via.sent++
    try {
      const { res, text } = await via.exchange(url, requestInit)
      return { res, text, describeRequest }
    } catch (error) {
      throw new Error(`${(error as Error).message}\n  request: ${describeRequest}`)
    }
  }

  const problemStatuses = new Set([400, 404, 405, 413, 415])

  async function check(via: Transport, path: string, method: string, op: OpenApiOperation, request: GeneratedRequest): Promise<void> {
    const key = `${method} ${path.replace(/\{(\w+)\}/g, '{$1}')}`
    if (request.variant === 'valid' || request.variant === 'boundary') {
      // The document may not promise what the schema refuses: a valid body must pass the route's zod schema.
      const schema = zodBodies.get(key)
      if (schema && request.body.kind === 'json' && !request.body.contentType) {
        const parsed = schema.safeParse(request.body.value)
        if (!parsed.success) throw new Error(`${key}: the document accepts this body but the route refuses it: ${JSON.stringify(parsed.error.issues.slice(0, 3))}\n  body: ${JSON.stringify(request.body.value).slice(0, 400)}`)
      }
      const querySchema = zodQueries.get(key)
      if (querySchema) {
        const parsed = querySchema.safeParse(request.query)
        if (!parsed.success) throw new Error(`${key}: the document accepts this query but the route refuses it: ${JSON.stringify(parsed.error.issues.slice(0, 3))}\n  query: ${JSON.stringify(request.query)}`)
      }
    }
    const { res, text, describeRequest } = await send(via, path, method, op, request)
    const seen = via.statuses.get(op.operationId) ?? new Map<number, number>()
    via.statuses.set(op.operationId, seen.set(res.status, (seen.get(res.status) ?? 0) + 1))
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim()
    if (res.status >= 500) via.serverErrors++
    if (res.status >= 400 && mediaType !== 'application/problem+json') via.notProblem++
    const fail = (why: string) => {
      throw new Error(`${why}\n  request: ${describeRequest}\n  response: ${res.status} ${res.headers.get('content-type')} ${text.slice(0, 600)}`)
    }
    if (res.status >= 500) fail(`server error ${res.status}`)
    const documented = op.responses[String(res.status)]
    if (!documented) fail(`status ${res.status} is not documented for ${op.operationId}`)
    const content = documented!.content
    if (content) {
      const media = content[mediaType]
      if (!media) fail(`content type ${mediaType} is not documented for ${res.status} (${Object.keys(content).join(', ')})`)
      if (media!.schema && /json$/.test(mediaType)) {
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          fail('the body is not JSON')
        }
        const errors = validateAgainstSchema(document, media!.schema, body)
        if (errors.length > 0) fail(`the body does not match the documented schema: ${errors.slice(0, 5).join('; ')}`)
        if (res.status >= 400 && (body as { status?: number }).status !== res.status) fail('problem status differs from the HTTP status')
      }
    }
    if (res.status >= 400 && mediaType !== 'application/problem+json') fail('an error is not application/problem+json')
    const anonymous = request.role === 'none' || request.role === 'badKey' || request.role === 'malformedAuth'
    const secured = op.security === undefined || op.security.length > 0
    if (anonymous && secured && path.startsWith('/v1/')) {
      const allowed = request.body.kind === 'huge' ? [401, 413] : [401]
      if (!allowed.includes(res.status)) fail(`expected 401 without a valid key, got ${res.status}`)
      if (res.status === 401 && !res.headers.get('www-authenticate')) fail('401 without WWW-Authenticate')
    }
    if (request.variant === 'invalid' && !anonymous && !problemStatuses.has(res.status)) fail(`invalid input (${request.why}) was answered ${res.status}, not a 4xx refusal`)
    const after = await countWrites(t.db.sql)
    if (res.status >= 400 && after !== writes) fail(`a rejected request wrote ${after - writes} row(s)`)
    writes = after
    // Created objects join the pools, so later requests can act on them.
    if (res.status === 201 && path.split('/').length === 3) {
      const id = (JSON.parse(text) as { id?: unknown }).id
      const pool = pools[poolOfPath(path)]
      if (typeof id === 'string' && pool && pool.length < 50) pool.push(id)
    }
  }

  for (const via of [inProcess, overTcp]) {
    describe(via.name, () => {
      for (const { path, method, op } of operations) {
        it(`${op.operationId}: ${method} ${path}`, async () => {
          await fc.assert(
            fc.asyncProperty(requestArbitrary(document, op, method), (request) => check(via, path, method, op, request)),
            { numRuns: Math.ceil(via.runs / operations.length), ...(seed === undefined ? {} : { seed }), ...(replayPath ? { path: replayPath } : {}) },
          )
        }, 600_000)
      }

      it('answers 401 with a problem on every secured /v1 operation without a key', async () => {
        const open: string[] = []
        for (const { path, method, op } of operations) {
          if (!path.startsWith('/v1/')) continue
          const url = path.replace('{id}', pools[poolOfPath(path)]?.[0] ?? crypto.randomUUID())
          via.sent++
          const { res } = await via.exchange(url, { method })
          const documentedOpen = op.security !== undefined && op.security.length === 0
          if (!documentedOpen && (res.status !== 401 || res.headers.get('content-type') !== 'application/problem+json')) open.push(`${method} ${path}: ${res.status}`)
        }
        expect(open).toEqual([])
      })

      if (via === overTcp) {
        it('answers with a problem what only a raw socket can send', async () => {
          const post = (headers: string, body: string) => `POST /v1/needs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${headers}\r\n${body}`
          const cases: { what: string; chunks: (string | Uint8Array)[]; status: number; instance?: string }[] = [
            { what: 'a 60 KB URL', chunks: [`GET /v1/needs?q=${encodeURIComponent('长'.repeat(6_700))} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`], status: 431, instance: '/v1/needs' },
            { what: 'two different Content-Lengths', chunks: [post('Content-Length: 2\r\nContent-Length: 3\r\n', '{}')], status: 400, instance: '/v1/needs' },
            { what: 'Content-Length with Transfer-Encoding: chunked', chunks: [post('Content-Length: 2\r\nTransfer-Encoding: chunked\r\n', '2\r\n{}\r\n0\r\n\r\n')], status: 400, instance: '/v1/needs' },
            { what: 'a malformed chunk size', chunks: [post('Transfer-Encoding: chunked\r\n', 'zz\r\n{}\r\n0\r\n\r\n')], status: 400, instance: '/v1/needs' },
            { what: 'a control character in a header', chunks: ['GET /v1/needs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: a\u0001b\r\n\r\n'], status: 400, instance: '/v1/needs' },
          ]
          for (const size of [1, 100_000, 900_000, 1024 * 1024 + 1]) {
            for (const close of [false, true]) {
              cases.push({ what: `an unauthenticated POST of ${size} bytes${close ? ' with Connection: close' : ''}`, chunks: unauthenticatedPost(size, { close, writes: 2 }), status: size > 1024 * 1024 ? 413 : 401 })
            }
          }
          const answers = await inParallel(cases.map((c) => () => rawExchange(server.port, c.chunks)), 4)
          const wrong: string[] = []
          answers.forEach((answer, i) => {
            const { what, status, instance } = cases[i]!
            overTcp.sent++
            if (!answer.complete || answer.error) {
              overTcp.socketErrors++
              return wrong.push(`${what}: no whole answer (${answer.error ?? 'incomplete'})`)
            }
            if (answer.status! >= 500) overTcp.serverErrors++
            if (answer.headers['content-type'] !== 'application/problem+json') {
              overTcp.notProblem++
              return wrong.push(`${what}: ${answer.status} ${answer.headers['content-type']}`)
            }
            const problem = JSON.parse(answer.body) as { status: number; requestId: string; instance?: string }
            if (answer.status !== status || problem.status !== status) wrong.push(`${what}: ${answer.status}, expected ${status}`)
            if (problem.requestId !== answer.headers['x-request-id']) wrong.push(`${what}: requestId ${problem.requestId}, X-Request-Id ${answer.headers['x-request-id']}`)
            if (instance !== undefined && problem.instance !== instance) wrong.push(`${what}: instance ${problem.instance}`)
          })
          expect(wrong).toEqual([])
        })
      }

      it(`sent at least ${via.runs} generated requests`, () => {
        console.info(
          `hostile input ${via.name}: ${via.sent} requests over ${operations.length} operations (${t.db.kind}); ` +
            `errors not problem+json: ${via.notProblem}, connection resets or socket errors: ${via.socketErrors}, 5xx: ${via.serverErrors}`,
        )
        if (process.env.PROPERTY_STATUSES) {
          for (const [id, counts] of via.statuses) console.info(`  ${id}: ${[...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ')}`)
        }
        expect(via.sent).toBeGreaterThanOrEqual(via.runs)
        expect({ notProblem: via.notProblem, socketErrors: via.socketErrors, serverErrors: via.serverErrors }).toEqual({ notProblem: 0, socketErrors: 0, serverErrors: 0 })
      })
    })
  }
})
