import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sql, createSql } from '../../src/platform/db/client.js'
import { embeddedSqlOptions } from '../../src/platform/db/embedded.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createWorld, json } from '../helpers/fixtures.js'
import { readProblem } from '../helpers/http.js'
import { type TcpProxy, startTcpProxy } from '../helpers/tcp-proxy.js'

const deadlineMs = 1000
/** Timer and scheduling slack on a loaded 2-core machine. */
const slackMs = 1500

/**
 * The app reaches its database through a TCP proxy that stalls and drops connections: a request
 * must answer 503 problem+json within REQUEST_DEADLINE_MS however the connection misbehaves, and
 * the service must come back by itself once the connection does. Both ways of watching the
 * deadline: a timer per request (Workers) and one timer for all (Node, `longLived`).
 */
describe.each([
  ['a timer per request', false],
  ['one timer for every request', true],
])('request deadline, %s (database connection faults through a TCP proxy)', (_, longLived) => {
  let t: TestApp
  let w: World
  let proxy: TcpProxy
  let proxied: Sql

  const timedRequest = async (path: string, init: RequestInit = {}) => {
    const started = performance.now()
    const res = await t.app.request(path, init)
    return { res, ms: performance.now() - started, body: await readProblem(res) }
  }

  beforeAll(async () => {
    t = await createTestApp({ openDatabase: () => ({ sql: proxied, release: () => {} }), longLived }, { REQUEST_DEADLINE_MS: String(deadlineMs) })
    proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(t.db.url).port) })
    const options = t.db.kind === 'pglite' ? embeddedSqlOptions : { max: 3 }
    proxied = createSql(proxy.urlFor(t.db.url), { ...options, connectTimeoutSeconds: 1 })
    w = await createWorld(t.db.sql)
  })

  afterAll(async () => {
    proxy.resume()
    await proxied?.end({ timeout: 1 })
    await proxy?.close()
    await t?.close()
  })

  it('answers 503 within the deadline while the connection is stalled, and recovers when it moves again', async () => {
    expect((await t.app.request('/v1/needs', { headers: w.keys.enterpriseA.headers })).status).toBe(200)
    expect(proxy.connections()).toBeGreaterThan(0)

    proxy.stall()
    const during = await Promise.all([
      timedRequest('/v1/needs', { headers: w.keys.enterpriseA.headers }),
      timedRequest('/v1/me', { headers: w.keys.admin.headers }),
      timedRequest('/v1/needs', json('POST', { title: '停顿期间提交的需求', industryCode: 'new_materials', problem: '验证截止时间', kind: 'consulting' }, w.keys.enterpriseA.headers)),
      timedRequest('/readyz'),
    ])
    for (const { res, ms, body } of during) {
      expect(res.status).toBe(503)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(res.headers.get('retry-after')).toBe('5')
      expect(body.code).toBe('service_unavailable')
      expect(ms).toBeLessThan(deadlineMs + slackMs)
    }
    expect(during[0]!.ms).toBeGreaterThanOrEqual(deadlineMs - 50)

    proxy.resume()
    await expect
      .poll(async () => (await t.app.request('/v1/needs', { headers: w.keys.enterpriseA.headers })).status, { timeout: 5000, interval: 100 })
      .toBe(200)
    const created = await t.app.request('/v1/needs', json('POST', { title: '恢复之后提交的需求', industryCode: 'new_materials', problem: '验证恢复', kind: 'consulting' }, w.keys.enterpriseA.headers))
    expect(created.status).toBe(201)
    expect((await t.app.request('/readyz')).status).toBe(200)
  })

  it('a dropped connection is replaced; while connections are refused requests answer 503 within the deadline', async () => {
    expect((await t.app.request('/v1/needs', { headers: w.keys.enterpriseA.headers })).status).toBe(200)
    expect(proxy.drop()).toBeGreaterThan(0)
    await expect
      .poll(async () => (await t.app.request('/v1/needs', { headers: w.keys.enterpriseA.headers })).status, { timeout: 5000, interval: 100 })
      .toBe(200)

    proxy.refuse(true)
    proxy.drop()
    const refused = await timedRequest('/v1/needs', { headers: w.keys.enterpriseA.headers })
    expect(refused.res.status).toBe(503)
    expect(refused.body.code).toBe('service_unavailable')
    expect(refused.ms).toBeLessThan(deadlineMs + slackMs)

    proxy.refuse(false)
    await expect
      .poll(async () => (await t.app.request('/v1/needs', { headers: w.keys.enterpriseA.headers })).status, { timeout: 5000, interval: 100 })
      .toBe(200)
  })
})
