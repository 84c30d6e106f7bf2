import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.js'
import { createSql } from '../../src/platform/db/client.js'
import { createLeasedRateLimiter, leaseSize } from '../../src/platform/rate-limiter.js'
import type { AppOpenAPI } from '../../src/platform/http/types.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { createKey } from '../helpers/fixtures.js'

/** The `r` of the "default" item of a RateLimit header. */
const remainingOf = (res: Response) => Number(/"default";r=(\d+)/.exec(res.headers.get('ratelimit') ?? '')?.[1])

async function askedFor(t: TestApp, keyId: string): Promise<number> {
  const [row] = await t.db.sql<{ used: number }[]>`select used from rate_limit_counters where api_key_id = ${keyId} and bucket = 'default'`
  return row?.used ?? 0
}

describe('rate limit leases', () => {
  it('writes the counter once per lease, not once per request, and still counts down exactly', async () => {
    const t = await createTestApp({}, { RATE_LIMIT_REQUESTS: '600', RATE_LIMIT_WINDOW_SECONDS: '300' })
    try {
      const { headers, id } = await createKey(t.db.sql, 'admin')
      const lease = leaseSize(600)
      expect(lease).toBe(30)
      const remaining: number[] = []
      for (let i = 0; i < 100; i++) {
        const res = await t.app.request('/v1/me', { headers })
        expect(res.status).toBe(200)
        remaining.push(remainingOf(res))
      }
      expect(remaining).toEqual(Array.from({ length: 100 }, (_, i) => 599 - i))
      // Four leases of 30 served the 100 requests: four writes of the key's row.
      expect(await askedFor(t, id)).toBe(4 * lease)
    } finally {
      await t.close()
    }
  })
})

/**
 * Two app instances, each with its own connection pool and its own leased counter, as two server
 * processes would be, over one PostgreSQL database.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('rate limit leases across two servers on one database', () => {
  const quota = 200
  let t: TestApp
  let second: { app: AppOpenAPI; close(): Promise<void> }

  beforeAll(async () => {
    t = await createTestApp({}, { RATE_LIMIT_REQUESTS: String(quota), RATE_LIMIT_WINDOW_SECONDS: '300' })
    const sql = createSql(t.db.url, { max: 5 })
    second = { app: createApp({ ...t.deps, openDatabase: () => ({ sql, release: () => {} }) }), close: () => sql.end({ timeout: 5 }) }
  })
  afterAll(async () => {
    await second.close()
    await t.close()
  })

  it('lets no more than the quota through in a window when both hammer one key', async () => {
    const { headers, id } = await createKey(t.db.sql, 'admin')
    const lease = leaseSize(quota)
    // 16 clients per server, 300 requests each: more than the quota in all, so both run dry.
    const answers: Response[] = []
    const client = async (app: AppOpenAPI) => {
      for (let i = 0; i < 300 / 16; i++) answers.push(await app.request('/v1/me', { headers }))
    }
    await Promise.all([...Array.from({ length: 16 }, () => client(t.app)), ...Array.from({ length: 16 }, () => client(second.app))])
    const passed = answers.filter((res) => res.status === 200)
    expect(answers.filter((res) => res.status !== 200).every((res) => res.status === 429)).toBe(true)
    // The stated bound: at most the quota, whatever the number of servers (overshoot 0). Here
    // exactly the quota: a server asks again only when its lease is spent, so both end with none.
    expect(passed.length).toBe(quota)
    // Every admitted answer told a different remainder: quota - 1 down to 0, each once.
    expect(passed.map(remainingOf).sort((a, b) => a - b)).toEqual(Array.from({ length: quota }, (_, i) => i))
    // One write per lease: the units asked for are the quota plus at most one refused ask per server.
    expect(await askedFor(t, id)).toBeLessThanOrEqual(quota + 2 * lease)
    expect(answers.length).toBeGreaterThan((quota + 2 * lease) / lease)
  })

  it('gives back what a stopping server holds: the other server gets the whole quota', async () => {
    const { headers } = await createKey(t.db.sql, 'admin')
    const stopping = createLeasedRateLimiter()
    const first = createApp({ ...t.deps, rateLimiter: stopping })
    expect((await first.request('/v1/me', { headers })).status).toBe(200)
    // It holds the rest of its lease of 10; as a server stops (src/server.ts), it gives them back.
    await stopping.release(t.db.sql)
    const statuses: number[] = []
    for (let i = 0; i < quota; i++) statuses.push((await second.app.request('/v1/me', { headers })).status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(quota - 1)
    expect(statuses.at(-1)).toBe(429)
  })
})
