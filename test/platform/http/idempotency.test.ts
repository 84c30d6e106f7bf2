import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

const need = {
  industryCode: 'modern_coal_chemical',
  problem: '萃取塔乳化严重，总酚回收率不足85%。',
  kind: 'breakthrough',
}

/**
 * A claim left in progress past a minute: its request died. Whether it is run again depends on
 * whether its write committed (the audit trail holds the claiming request's writes).
 */
describe('Idempotency-Key claims left in progress', () => {
  let t: TestApp
  let w: World
  const post = (body: unknown, key: string) => t.app.request('/v1/needs', json('POST', body, { ...w.keys.enterpriseA.headers, 'idempotency-key': key }))
  const count = async (title: string) => (await t.db.sql<{ n: number }[]>`select count(*)::int as n from needs where title = ${title}`)[0]!.n
  /** The record as a request that died after its claim leaves it, a minute ago. */
  const abandon = (key: string, requestId: 'kept' | 'another' | 'none') => t.db.sql`
    update idempotency_records set state = 'in_progress', response_status = null, response_headers = null, response_body = null,
      created_at = now() - interval '61 seconds',
      request_id = ${requestId === 'kept' ? t.db.sql`request_id` : requestId === 'another' ? t.db.sql`${crypto.randomUUID()}` : t.db.sql`null`}
    where idempotency_key = ${key}
  `

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it('is not run again when its write committed and only its answer was lost: 409 naming what it wrote', async () => {
    const body = { ...need, title: '应答丢失的幂等请求' }
    const first = await post(body, 'lost-answer')
    expect(first.status).toBe(201)
    const { id } = await readJson(first, 'createNeed')
    await abandon('lost-answer', 'kept')

    for (let attempt = 0; attempt < 2; attempt++) {
      const retry = await post(body, 'lost-answer')
      expect(retry.status).toBe(409)
      const problem = await readProblem(retry)
      expect(problem.code).toBe('conflict')
      expect(problem.detail).toContain(`need ${id}`)
      expect((problem as unknown as { writes: unknown }).writes).toEqual([{ action: 'need.create', entityType: 'need', entityId: id }])
    }
    expect(await count(body.title)).toBe(1)
  })

  it('is run again when its request wrote nothing, and the key then replays the new answer', async () => {
    const body = { ...need, title: '写入之前中断的幂等请求' }
    expect((await post(body, 'died-before-write')).status).toBe(201)
    // As if another request had claimed the key and died before its transaction committed.
    await abandon('died-before-write', 'another')
    const retry = await post(body, 'died-before-write')
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBeNull()
    const [record] = await t.db.sql<{ state: string; requestId: string }[]>`select state, request_id from idempotency_records where idempotency_key = 'died-before-write'`
    expect(record).toEqual({ state: 'completed', requestId: retry.headers.get('x-request-id') })
    const replay = await post(body, 'died-before-write')
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect((await readJson(replay, 'createNeed')).id).toBe((await readJson(retry, 'createNeed')).id)
  })

  it('is run again when it names no request (claimed before the request was recorded)', async () => {
    const body = { ...need, title: '迁移之前的幂等记录' }
    expect((await post(body, 'claimed-before')).status).toBe(201)
    await abandon('claimed-before', 'none')
    expect((await post(body, 'claimed-before')).status).toBe(201)
  })

  it('is left alone for its first minute: 409, retry shortly', async () => {
    const body = { ...need, title: '仍在处理的幂等请求' }
    expect((await post(body, 'still-running')).status).toBe(201)
    await t.db.sql`update idempotency_records set state = 'in_progress', response_body = null where idempotency_key = 'still-running'`
    const retry = await post(body, 'still-running')
    expect(retry.status).toBe(409)
    expect((await readProblem(retry)).code).toBe('idempotency_in_progress')
    expect(retry.headers.get('retry-after')).toBe('1')
  })

  // PGlite is one session: only a server's connections can race for the claim.
  it.skipIf(!process.env.TEST_DATABASE_URL)('two retries racing for an abandoned claim: one runs it again, the other waits (409) or replays it', async () => {
    const body = { ...need, title: '并发接管的幂等请求' }
    expect((await post(body, 'raced-takeover')).status).toBe(201)
    for (let round = 0; round < 8; round++) {
      await abandon('raced-takeover', 'another')
      const before = await count(body.title)
      const answers = (await Promise.all([post(body, 'raced-takeover'), post(body, 'raced-takeover')])).map(
        (res) => `${res.status}${res.headers.get('idempotent-replayed') ? ' replayed' : ''}`,
      )
      expect(answers.filter((answer) => answer === '201'), answers.join(', ')).toHaveLength(1)
      expect(answers.every((answer) => ['201', '201 replayed', '409'].includes(answer)), answers.join(', ')).toBe(true)
      expect(await count(body.title)).toBe(before + 1)
    }
  })
})

