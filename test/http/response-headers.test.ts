import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { securityHeaders } from '../../src/http/middleware/response-headers.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createWorld, json } from '../helpers/fixtures.js'
import { startHttpServer } from '../helpers/server-process.js'

/** The headers hono's secureHeaders middleware sets, as the app used it before its headers became a fixed list. */
async function honoSecureHeaders(): Promise<[string, string][]> {
  const app = new Hono()
  app.use(secureHeaders({ crossOriginResourcePolicy: 'same-origin' }))
  app.get('/', (c) => c.body(null, 204))
  const res = await app.request('/')
  return [...res.headers].sort()
}

// In-process (the headers set on the response the app builds) and over Node's HTTP server (set on
// Node's ServerResponse, which merges them into whatever the adapter writes).
describe.each(['in-process', 'Node HTTP server'] as const)('response headers (%s)', (transport) => {
  let t: TestApp
  let w: World
  let request: (path: string, init?: RequestInit) => Promise<Response>
  let close = async () => {}
  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    if (transport === 'in-process') request = async (path, init) => t.app.request(path, init)
    else {
      const server = await startHttpServer(t.app)
      request = (path, init) => fetch(`${server.baseUrl}${path}`, init)
      close = server.close
    }
  })
  afterAll(async () => {
    await close()
    await t.close()
  })

  const expectHeaders = (res: Response) => {
    for (const [name, value] of securityHeaders) expect(res.headers.get(name), name).toBe(value)
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  }

  it('the security headers are those of hono secureHeaders({ crossOriginResourcePolicy: "same-origin" })', async () => {
    expect([...securityHeaders].map(([name, value]) => [name, value]).sort()).toEqual(await honoSecureHeaders())
  })

  it('are on answers, problems and 405s alike, once each', async () => {
    const answer = await request('/healthz')
    expectHeaders(answer)
    expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expectHeaders(await request('/v1/needs'))
    expectHeaders(await request('/no/such/route'))
    const notAllowed = await request('/healthz', { method: 'DELETE' })
    expect(notAllowed.status).toBe(405)
    expectHeaders(notAllowed)
  })

  it('are on a response the handler built itself, an idempotent replay, with the replay\'s own request id', async () => {
    const body = { title: '响应头重放测试', industryCode: 'new_materials', problem: '验证重放的响应头', kind: 'consulting' }
    const headers = { ...w.keys.enterpriseA.headers, 'idempotency-key': `headers-${crypto.randomUUID()}` }
    const first = await request('/v1/needs', json('POST', body, headers))
    expect(first.status).toBe(201)
    const replay = await request('/v1/needs', json('POST', body, headers))
    expect(replay.status).toBe(201)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expectHeaders(replay)
    expect(replay.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'))
  })
})
