import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createKey, createWorld } from '../helpers/fixtures.js'
import { readJson, readProblem } from '../helpers/http.js'

/** Parses `"name";r=1;t=2, "other";r=3;t=4` into { name: { r: 1, t: 2 }, … }. */
function parseItems(header: string | null): Record<string, Record<string, number>> {
  const items: Record<string, Record<string, number>> = {}
  for (const item of (header ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [name, ...params] = item.split(';')
    items[JSON.parse(name!) as string] = Object.fromEntries(params.map((param) => param.split('=')).map(([k, v]) => [k!, Number(v)]))
  }
  return items
}

const me = (t: TestApp, headers: Record<string, string>) => t.app.request('/v1/me', { headers })

describe('rate limits per API key', () => {
  let t: TestApp
  let w: World
  const limit = 5

  beforeAll(async () => {
    t = await createTestApp({}, { RATE_LIMIT_REQUESTS: String(limit), RATE_LIMIT_WINDOW_SECONDS: '60', RATE_LIMIT_CANDIDATES: '2' })
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it('counts down in RateLimit on every response, then answers 429 with Retry-After', async () => {
    const { headers } = await createKey(t.db.sql, 'admin')
    for (let i = 1; i <= limit; i++) {
      const res = await me(t, headers)
      expect(res.status).toBe(200)
      expect(res.headers.get('ratelimit-policy')).toBe(`"default";q=${limit};w=60`)
      const state = parseItems(res.headers.get('ratelimit')).default!
      expect(state.r).toBe(limit - i)
      expect(state.t).toBeGreaterThanOrEqual(1)
      expect(state.t).toBeLessThanOrEqual(60)
    }
    const refused = await me(t, headers)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(parseItems(refused.headers.get('ratelimit')).default).toEqual({ r: 0, t: retryAfter })
    expect(refused.headers.get('ratelimit-policy')).toBe(`"default";q=${limit};w=60`)
    const problem = await readProblem(refused)
    expect(problem).toMatchObject({ status: 429, code: 'rate_limited', instance: '/v1/me' })
    expect(problem.detail).toContain(`${limit} requests per 60 s`)
  })

  it('counts failed requests too and puts the headers on their problem answers', async () => {
    const { headers } = await createKey(t.db.sql, 'admin')
    const missing = await t.app.request('/v1/needs/00000000-0000-4000-8000-000000000000', { headers })
    expect(missing.status).toBe(404)
    expect(parseItems(missing.headers.get('ratelimit')).default!.r).toBe(limit - 1)
  })

  it('keeps keys apart: one key at its limit does not slow another', async () => {
    const spent = await createKey(t.db.sql, 'enterprise', { enterpriseId: w.enterpriseA.id })
    for (let i = 0; i <= limit; i++) await me(t, spent.headers)
    expect((await me(t, spent.headers)).status).toBe(429)
    const other = await me(t, w.keys.enterpriseB.headers)
    expect(other.status).toBe(200)
    expect(parseItems(other.headers.get('ratelimit')).default!.r).toBe(limit - 1)
  })

  it('lets exactly the limit through when requests race', async () => {
    const racing = await createTestApp({}, { RATE_LIMIT_REQUESTS: '20', RATE_LIMIT_WINDOW_SECONDS: '300' })
    try {
      const { headers } = await createKey(racing.db.sql, 'admin')
      const answers = await Promise.all(Array.from({ length: 30 }, () => me(racing, headers)))
      const statuses = answers.map((res) => res.status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(20)
      expect(statuses.filter((s) => s === 429)).toHaveLength(10)
      // Each admitted request saw its own count: remaining values 19 … 0, each once.
      const remaining = answers.filter((res) => res.status === 200).map((res) => parseItems(res.headers.get('ratelimit')).default!.r)
      expect(remaining.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i))
    } finally {
      await racing.close()
    }
  })

  it('limits candidate rankings separately and names both policies', async () => {
    const res = await t.app.request('/v1/needs', {
      method: 'POST',
      headers: { ...w.keys.staffA.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ enterpriseId: w.enterpriseA.id, title: '焦化废水深度处理', industryCode: 'modern_coal_chemical', kind: 'breakthrough', problem: '焦化废水COD难以稳定达标。' }),
    })
    expect(res.status).toBe(201)
    const needId = (await readJson(res, 'createNeed')).id
    const { headers } = await createKey(t.db.sql, 'admin')
    const rank = () => t.app.request(`/v1/needs/${needId}/candidates`, { headers })
    const first = await rank()
    expect(first.status).toBe(200)
    expect(first.headers.get('ratelimit-policy')).toBe(`"default";q=${limit};w=60, "candidates";q=2;w=60`)
    expect(parseItems(first.headers.get('ratelimit'))).toMatchObject({ default: { r: limit - 1 }, candidates: { r: 1 } })
    expect((await rank()).status).toBe(200)
    const refused = await rank()
    expect(refused.status).toBe(429)
    expect((await readProblem(refused)).detail).toContain('2 candidate rankings per 60 s')
    // Rankings the other way (needs for an expert) share the quota: this key has none left.
    const reverse = await t.app.request(`/v1/experts/${w.expertA.id}/recommended-needs`, { headers })
    expect(reverse.status).toBe(429)
    // Other routes still have room under the general limit.
    const other = await me(t, headers)
    expect(other.status).toBe(200)
    expect(other.headers.get('ratelimit-policy')).toBe(`"default";q=${limit};w=60`)
  })

  it('does not count requests without a valid key, nor health and docs', async () => {
    const { headers } = await createKey(t.db.sql, 'admin')
    for (let i = 0; i < limit + 2; i++) {
      const unauthenticated = await t.app.request('/v1/me', { headers: { authorization: 'Bearer kcm_00000000000000000000000000000000' } })
      expect(unauthenticated.status).toBe(401)
      expect(unauthenticated.headers.get('ratelimit')).toBeNull()
      for (const path of ['/healthz', '/readyz', '/docs', '/openapi.json']) {
        const res = await t.app.request(path, { headers })
        expect(res.status, path).toBe(200)
        expect(res.headers.get('ratelimit'), path).toBeNull()
      }
    }
    expect(parseItems((await me(t, headers)).headers.get('ratelimit')).default!.r).toBe(limit - 1)
  })
})

describe('rate limit windows and switches', () => {
  it('renews the quota when the window runs out', async () => {
    const t = await createTestApp({}, { RATE_LIMIT_REQUESTS: '2', RATE_LIMIT_WINDOW_SECONDS: '1' })
    try {
      const { headers } = await createKey(t.db.sql, 'admin')
      expect((await me(t, headers)).status).toBe(200)
      expect((await me(t, headers)).status).toBe(200)
      const refused = await me(t, headers)
      expect(refused.status).toBe(429)
      expect(refused.headers.get('retry-after')).toBe('1')
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const renewed = await me(t, headers)
      expect(renewed.status).toBe(200)
      expect(parseItems(renewed.headers.get('ratelimit')).default!.r).toBe(1)
    } finally {
      await t.close()
    }
  })

  it.each([
    ['RATE_LIMIT_ENABLED=false', { RATE_LIMIT_ENABLED: 'false', RATE_LIMIT_REQUESTS: '1', RATE_LIMIT_CANDIDATES: '1' }],
    ['RATE_LIMIT_REQUESTS=0', { RATE_LIMIT_REQUESTS: '0' }],
  ])('%s turns the limit off: no 429, no headers', async (_, env) => {
    const t = await createTestApp({}, env)
    try {
      const { headers } = await createKey(t.db.sql, 'admin')
      for (let i = 0; i < 4; i++) {
        const res = await me(t, headers)
        expect(res.status).toBe(200)
        expect(res.headers.get('ratelimit')).toBeNull()
        expect(res.headers.get('ratelimit-policy')).toBeNull()
      }
    } finally {
      await t.close()
    }
  })
})
