import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_QUERY_TERMS, queryTerms } from '../../src/modules/matching/search/postgres.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createWorld, json } from '../helpers/fixtures.js'
import { readJson, readProblem } from '../helpers/http.js'

/** Size and shape limits: each oversized or malformed input gets a clear 4xx, never a 500 or a slow query. */
describe('size and shape limits', () => {
  let t: TestApp
  let w: World
  const need = (extra: Record<string, unknown> = {}) => ({
    title: '高硫煤气化废水酚氨回收工艺优化',
    industryCode: 'modern_coal_chemical',
    kind: 'breakthrough',
    problem: '萃取塔乳化严重，总酚回收率不足85%。',
    ...extra,
  })
  const postNeed = (body: unknown) => t.app.request('/v1/needs', json('POST', body, w.keys.enterpriseA.headers))
  const needCount = async () => Number((await t.db.sql<{ n: string }[]>`select count(*) as n from needs`)[0]!.n)
  /** Distinct Han characters, so the text has as many different terms as it can. */
  const hanText = (length: number, offset = 0) => Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7 + offset) % 20_000))).join('')
  const expectProblem = async (res: Response, status: number, code: string, path?: string) => {
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const problem = await readProblem(res)
    expect(problem).toMatchObject({ status, code })
    if (path) expect(problem.errors!.map((e: { path: string }) => e.path)).toContain(path)
    return problem
  }

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it('refuses a body over 1 MiB with 413', async () => {
    const before = await needCount()
    const body = JSON.stringify(need({ background: 'x'.repeat(1024 * 1024) }))
    await expectProblem(await t.app.request('/v1/needs', { method: 'POST', body, headers: { ...w.keys.enterpriseA.headers, 'content-type': 'application/json' } }), 413, 'payload_too_large')
    expect(await needCount()).toBe(before)
  })

  it('refuses a string over its maximum with 400 naming the field, and takes one at the maximum', async () => {
    await expectProblem(await postNeed(need({ title: '长'.repeat(201) })), 400, 'validation_failed', 'body.title')
    await expectProblem(await postNeed(need({ problem: '长'.repeat(4001) })), 400, 'validation_failed', 'body.problem')
    expect((await postNeed(need({ title: '长'.repeat(200) }))).status).toBe(201)
  })

  it('refuses too many array items, and too long an item', async () => {
    await expectProblem(await postNeed(need({ keywords: Array.from({ length: 31 }, (_, i) => `关键词${i}`) })), 400, 'validation_failed', 'body.keywords')
    await expectProblem(await postNeed(need({ keywords: ['长'.repeat(51)] })), 400, 'validation_failed', 'body.keywords.0')
    expect((await postNeed(need({ keywords: Array.from({ length: 30 }, (_, i) => `${'长'.repeat(48)}${i}`.slice(0, 50)) }))).status).toBe(201)
  })

  it('bounds the page size to 1–100', async () => {
    for (const limit of ['0', '101', '-1', 'abc', '1e3', '1.5', '']) {
      await expectProblem(await t.app.request(`/v1/needs?limit=${limit}`, { headers: w.keys.admin.headers }), 400, 'validation_failed', 'query.limit')
    }
    const page = await t.app.request('/v1/needs?limit=100', { headers: w.keys.admin.headers })
    expect(page.status).toBe(200)
    expect((await readJson(page, 'listNeeds')).items.length).toBeLessThanOrEqual(100)
  })

  it('refuses deeply nested JSON with 400', async () => {
    const depth = 100_000
    const bodies = ['['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), JSON.stringify(need()).replace('"kind":', `"keywords":${'['.repeat(depth)}${']'.repeat(depth)},"kind":`)]
    for (const body of bodies) {
      const res = await t.app.request('/v1/needs', { method: 'POST', body, headers: { ...w.keys.enterpriseA.headers, 'content-type': 'application/json' } })
      await expectProblem(res, 400, 'validation_failed')
    }
  })

  it('takes the longest Chinese need and ranks candidates for it quickly: the query terms are bounded', async () => {
    const longest = {
      ...need(),
      title: hanText(200),
      background: hanText(4000, 1), problem: hanText(4000, 2), goals: hanText(4000, 3), keywords: Array.from({ length: 30 }, (_, i) => hanText(50, 100 + i)),
      status: 'open',
    }
    const created = await postNeed(longest)
    expect(created.status).toBe(201)
    const { id } = await readJson(created, 'createNeed')
    const text = [longest.title, longest.background, longest.problem, longest.goals, ...longest.keywords].join('\n')
    expect(queryTerms(text).length).toBe(MAX_QUERY_TERMS)
    const started = performance.now()
    const res = await t.app.request(`/v1/needs/${id}/candidates`, { headers: w.keys.enterpriseA.headers })
    const ms = performance.now() - started
    expect(res.status).toBe(200)
    console.info(`candidates for a need of ${text.length} characters: ${Math.round(ms)} ms`)
    // A generous ceiling: unbounded term lists took seconds; bounded ones take milliseconds here.
    expect(ms).toBeLessThan(10_000)
  })

  it('refuses NUL, which PostgreSQL cannot store, with 400 and writes nothing; keeps tab and newline', async () => {
    const before = await needCount()
    await expectProblem(await postNeed(need({ title: '酚氨\u0000回收' })), 400, 'validation_failed')
    await expectProblem(await postNeed(need({ keywords: ['\u0000'] })), 400, 'validation_failed')
    expect(await needCount()).toBe(before)
    await expectProblem(await t.app.request('/v1/needs?q=%00', { headers: w.keys.admin.headers }), 400, 'validation_failed')
    const res = await postNeed(need({ problem: '第一行\t缩进\r\n第二行' }))
    expect(res.status).toBe(201)
    expect((await readJson(res, 'createNeed')).problem).toBe('第一行\t缩进\r\n第二行')
  })

  it.each([
    ['a bell', { problem: '第二行\u0007' }, 'body.problem'],
    ['an escape sequence', { title: '\u001b[31m酚氨回收' }, 'body.title'],
    ['DEL', { keywords: ['酚氨\u007f'] }, 'body.keywords.0'],
    ['a vertical tab', { problem: '第一行\u000b第二行' }, 'body.problem'],
  ])('refuses %s in text with 400 naming the field, and writes nothing', async (_, fields, path) => {
    const before = await needCount()
    const problem = await expectProblem(await postNeed(need(fields)), 400, 'validation_failed')
    expect(problem.errors!.map((e: { path: string; message: string }) => [e.path, e.message])).toContainEqual([path, expect.stringContaining('control characters')])
    expect(await needCount()).toBe(before)
  })

  it('refuses a body that is not UTF-8 with 400 rather than storing U+FFFD', async () => {
    const before = await needCount()
    const prefix = new TextEncoder().encode(JSON.stringify(need()).replace('"高硫', '"\u0001'))
    const at = prefix.indexOf(1)
    for (const bad of [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      const body = new Uint8Array([...prefix.slice(0, at), ...bad, ...prefix.slice(at + 1)])
      const res = await t.app.request('/v1/needs', { method: 'POST', body, headers: { ...w.keys.enterpriseA.headers, 'content-type': 'application/json' } })
      const problem = await expectProblem(res, 400, 'invalid_json')
      expect(problem.detail).toContain('UTF-8')
    }
    expect(await needCount()).toBe(before)
  })

  it('refuses an escaped lone surrogate with 400 rather than storing U+FFFD; a surrogate pair (𠮷) is kept', async () => {
    const before = await needCount()
    const send = (title: string) =>
      t.app.request('/v1/needs', { method: 'POST', body: JSON.stringify(need()).replace('高硫', title), headers: { ...w.keys.enterpriseA.headers, 'content-type': 'application/json' } })
    const problem = await expectProblem(await send('\\ud800高硫'), 400, 'validation_failed')
    expect(problem.errors!.map((e: { path: string }) => e.path)).toContain('body.title')
    expect(await needCount()).toBe(before)
    const paired = await send('\\ud842\\udfb7高硫')
    expect(paired.status).toBe(201)
    expect((await readJson(paired, 'createNeed')).title).toContain('𠮷高硫')
  })

  it('treats SQL, LIKE and tsquery metacharacters in ?q= as plain text', async () => {
    const nasty = ["' or 1=1 --", '; drop table needs; --', 'a & b | !c', '(煤 <-> 化工):*', '\\', '%', '_', "''", '!!', '<2>', '*', '\\x00']
    const titled = await postNeed(need({ title: '50%_回收率 (煤 <-> 化工):* \\', status: 'open' }))
    expect(titled.status).toBe(201)
    const lists = ['/v1/needs', '/v1/parks', '/v1/enterprises', '/v1/experts', '/v1/societies', '/v1/workstations']
    for (const list of lists) {
      for (const q of nasty) {
        const res = await t.app.request(`${list}?q=${encodeURIComponent(q)}`, { headers: w.keys.admin.headers })
        expect(res.status, `${list}?q=${q}`).toBe(200)
      }
    }
    // LIKE's wildcards are escaped: % finds only titles with a literal %.
    const percent = await readJson(await t.app.request('/v1/needs?q=%25_', { headers: w.keys.admin.headers }), 'listNeeds')
    expect(percent.items.map((n: { title: string }) => n.title)).toEqual(['50%_回收率 (煤 <-> 化工):* \\'])
  })

  it('ranks candidates for a need written only in metacharacters', async () => {
    const res = await postNeed(need({ title: "'; -- & | ! ( ) : * \\ <->", problem: "!!(a:*) & ' <-> \\\\ || --", keywords: ['&', '|'], status: 'open' }))
    expect(res.status).toBe(201)
    const candidates = await t.app.request(`/v1/needs/${(await readJson(res, 'createNeed')).id}/candidates`, { headers: w.keys.enterpriseA.headers })
    expect(candidates.status).toBe(200)
  })
})
