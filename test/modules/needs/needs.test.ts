import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

const base = {
  title: '高硫煤气化废水酚氨回收工艺优化',
  industryCode: 'modern_coal_chemical',
  problem: '萃取塔乳化严重，总酚回收率不足85%。',
  kind: 'breakthrough',
}

describe('needs', () => {
  let t: TestApp
  let w: World
  const post = (body: unknown, headers: Record<string, string>) => t.app.request('/v1/needs', json('POST', body, headers))
  const created: Record<string, { id: string; etag: string }> = {}

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    // One need of each visibility per enterprise, all published, plus a draft.
    for (const [owner, key] of [['A', w.keys.enterpriseA], ['B', w.keys.enterpriseB]] as const) {
      for (const visibility of ['public', 'park', 'private'] as const) {
        const res = await post({ ...base, title: `${owner}-${visibility}`, visibility, status: 'open' }, key.headers)
        expect(res.status).toBe(201)
        created[`${owner}-${visibility}`] = { id: (await readJson(res, 'createNeed')).id, etag: res.headers.get('etag')! }
      }
      const draft = await post({ ...base, title: `${owner}-draft`, visibility: 'public' }, key.headers)
      created[`${owner}-draft`] = { id: (await readJson(draft, 'createNeed')).id, etag: draft.headers.get('etag')! }
    }
  })
  afterAll(() => t.close())

  describe('create', () => {
    it('an enterprise posts for itself, defaulting to draft and park visibility', async () => {
      const res = await post(base, w.keys.enterpriseA.headers)
      expect(res.status).toBe(201)
      const need = await readJson(res, 'createNeed')
      expect(need).toMatchObject({ enterpriseId: w.enterpriseA.id, parkId: w.parkA.id, status: 'draft', visibility: 'park', keywords: [] })
      expect(res.headers.get('location')).toBe(`/v1/needs/${need.id}`)
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{8}-1"$/)
      expect(need.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    })

    it.each([
      ['admin', 'enterpriseB', 201],
      ['staffA', 'enterpriseA', 201],
      ['staffA', 'enterpriseB', 404],
      ['enterpriseA', 'enterpriseB', 404],
      ['expertA', 'enterpriseA', 403],
    ] as const)('%s posting for %s → %i', async (key, enterprise, status) => {
      const res = await post({ ...base, enterpriseId: w[enterprise].id }, w.keys[key].headers)
      expect(res.status).toBe(status)
      if (status === 404) expect(await res.text()).not.toContain(w[enterprise].name)
    })

    it('park staff and admins must say for which enterprise', async () => {
      const res = await post(base, w.keys.staffA.headers)
      expect(res.status).toBe(400)
      expect((await readProblem(res)).errors).toEqual([{ path: 'body.enterpriseId', message: 'required for this role' }])
    })

    it.each([
      [{ ...base, title: '' }, 'body.title'],
      [{ ...base, kind: 'magic' }, 'body.kind'],
      [{ ...base, trlWanted: 10 }, 'body.trlWanted'],
      [{ ...base, budgetMinFen: -1 }, 'body.budgetMinFen'],
      [{ ...base, budgetMinFen: 1.5 }, 'body.budgetMinFen'],
      [{ ...base, budgetMinFen: 500, budgetMaxFen: 100 }, 'body.budgetMaxFen'],
      [{ ...base, deadline: '2027-13-01' }, 'body.deadline'],
      [{ ...base, visibility: 'secret' }, 'body.visibility'],
      [{ ...base, status: 'resolved' }, 'body.status'],
      [{ ...base, surprise: true }, 'body'],
      [{ ...base, keywords: ['x'.repeat(51)] }, 'body.keywords.0'],
      [{ title: base.title }, 'body.industryCode'],
    ])('rejects %j naming %s', async (body, path) => {
      const before = await t.db.sql`select count(*)::int as n from needs`
      const res = await post(body, w.keys.enterpriseA.headers)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      const problem = await readProblem(res)
      expect(problem.code).toBe('validation_failed')
      expect(problem.errors!.map((e: { path: string }) => e.path)).toContain(path)
      const after = await t.db.sql`select count(*)::int as n from needs`
      expect(after[0]!.n).toBe(before[0]!.n)
    })

    it('an unknown industry code is a 400, and nothing is written', async () => {
      const res = await post({ ...base, industryCode: 'alchemy' }, w.keys.enterpriseA.headers)
      expect(res.status).toBe(400)
      expect((await readProblem(res)).code).toBe('validation_failed')
    })

    it('malformed JSON and a wrong content type are problems too', async () => {
      const bad = await t.app.request('/v1/needs', { method: 'POST', body: '{"title":', headers: { 'content-type': 'application/json', ...w.keys.enterpriseA.headers } })
      expect(bad.status).toBe(400)
      expect((await readProblem(bad)).code).toBe('invalid_json')
      const form = await t.app.request('/v1/needs', { method: 'POST', body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded', ...w.keys.enterpriseA.headers } })
      expect(form.status).toBe(415)
      expect((await readProblem(form)).code).toBe('unsupported_media_type')
    })
  })

  describe('read', () => {
    // Who sees which need: own everything; others' published public; same-park `park`; never others' private or drafts.
    const visibility: [string, string, boolean][] = [
      ['admin', 'B-private', true],
      ['admin', 'B-draft', true],
      ['staffA', 'A-private', true],
      ['staffA', 'A-draft', true],
      ['staffA', 'B-public', false],
      ['staffB', 'A-park', false],
      ['enterpriseA', 'A-private', true],
      ['enterpriseA', 'A-draft', true],
      ['enterpriseA', 'B-public', true],
      ['enterpriseA', 'B-park', false],
      ['enterpriseA', 'B-private', false],
      ['enterpriseA', 'B-draft', false],
      ['enterpriseB', 'A-private', false],
      ['expertA', 'A-public', true],
      ['expertA', 'A-park', false],
      ['expertA', 'A-private', false],
      ['expertA', 'A-draft', false],
    ]
    it.each(visibility)('%s reading %s → visible: %s', async (key, need, visible) => {
      const res = await t.app.request(`/v1/needs/${created[need]!.id}`, { headers: w.keys[key as keyof World['keys']].headers })
      expect(res.status).toBe(visible ? 200 : 404)
      const text = await res.text()
      if (visible) expect(JSON.parse(text).title).toBe(need)
      else expect(text).not.toContain(need)
    })

    it('lists agree with single reads', async () => {
      for (const [key, need, visible] of visibility) {
        const res = await t.app.request('/v1/needs?limit=100', { headers: w.keys[key as keyof World['keys']].headers })
        const titles = (await readJson(res, 'listNeeds')).items.map((n: { title: string }) => n.title)
        expect(titles.includes(need), `${key} list contains ${need}`).toBe(visible)
      }
    })

    it('a same-park enterprise sees `park` needs of its neighbours', async () => {
      const neighbour = await t.app.request('/v1/enterprises', json('POST', {
        name: '长治市潞宝新材料有限公司', uscc: '91140400MA0GRXDY57', parkId: w.parkA.id, size: 'small',
      }, w.keys.staffA.headers))
      expect(neighbour.status).toBe(201)
      const { createKey } = await import('../../helpers/fixtures.js')
      const key = await createKey(t.db.sql, 'enterprise', { enterpriseId: (await readJson(neighbour, 'createEnterprise')).id })
      expect((await t.app.request(`/v1/needs/${created['A-park']!.id}`, { headers: key.headers })).status).toBe(200)
      expect((await t.app.request(`/v1/needs/${created['A-private']!.id}`, { headers: key.headers })).status).toBe(404)
    })

    it('filters and pages with a stable cursor', async () => {
      const all = await readJson(await t.app.request('/v1/needs?limit=100', { headers: w.keys.admin.headers }), 'listNeeds')
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const res: Response = await t.app.request(`/v1/needs?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: w.keys.admin.headers })
        const page = await readJson(res, 'listNeeds')
        expect(page.total).toBe(all.total)
        seen.push(...page.items.map((n: { id: string }) => n.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen).toEqual(all.items.map((n: { id: string }) => n.id))
      expect(new Set(seen).size).toBe(all.total)

      const drafts = await readJson(await t.app.request(`/v1/needs?status=draft&parkId=${w.parkB.id}`, { headers: w.keys.admin.headers }), 'listNeeds')
      expect(drafts.items.map((n: { title: string }) => n.title)).toContain('B-draft')
      expect(drafts.items.every((n: { status: string; parkId: string }) => n.status === 'draft' && n.parkId === w.parkB.id)).toBe(true)
      const q = await readJson(await t.app.request(`/v1/needs?q=${encodeURIComponent('A-pri')}`, { headers: w.keys.admin.headers }), 'listNeeds')
      expect(q.items.map((n: { title: string }) => n.title)).toEqual(['A-private'])
      // LIKE wildcards in q are literal text: no title or problem contains an underscore.
      const wildcard = await readJson(await t.app.request(`/v1/needs?q=${encodeURIComponent('_')}`, { headers: w.keys.admin.headers }), 'listNeeds')
      expect(wildcard.total).toBe(0)
    })

    it('rejects a forged cursor and an out-of-range limit', async () => {
      const forged = await t.app.request('/v1/needs?cursor=bm90LWEtY3Vyc29y', { headers: w.keys.admin.headers })
      expect(forged.status).toBe(400)
      expect((await readProblem(forged)).errors![0]!.path).toBe('query.cursor')
      const big = await t.app.request('/v1/needs?limit=1000', { headers: w.keys.admin.headers })
      expect(big.status).toBe(400)
      expect((await readProblem(big)).errors![0]!.path).toBe('query.limit')
    })

    it('a malformed id is a 400, an unknown one a 404', async () => {
      expect((await t.app.request('/v1/needs/not-a-uuid', { headers: w.keys.admin.headers })).status).toBe(400)
      expect((await t.app.request('/v1/needs/00000000-0000-4000-8000-000000000000', { headers: w.keys.admin.headers })).status).toBe(404)
    })
  })

  describe('update', () => {
    const patch = async (need: string, body: unknown, key: keyof World['keys'], ifMatch?: string) => {
      const headers: Record<string, string> = { ...w.keys[key].headers }
      if (ifMatch !== undefined) headers['if-match'] = ifMatch
      return t.app.request(`/v1/needs/${created[need]!.id}`, json('PATCH', body, headers))
    }
    const etag = async (need: string) =>
      (await t.app.request(`/v1/needs/${created[need]!.id}`, { headers: w.keys.admin.headers })).headers.get('etag')!

    it.each([
      ['enterpriseA', 'A-park', 200],
      ['staffA', 'A-park', 200],
      ['admin', 'A-park', 200],
      ['enterpriseB', 'A-park', 404],
      ['enterpriseB', 'A-public', 404],
      ['staffB', 'A-park', 404],
      ['expertA', 'A-public', 404],
    ] as const)('%s changing %s → %i', async (key, need, status) => {
      const res = await patch(need, { goals: `goal by ${key}` }, key, await etag(need))
      expect(res.status).toBe(status)
      if (status === 200) expect((await readJson(res, 'updateNeed')).goals).toBe(`goal by ${key}`)
    })

    it('requires If-Match (428) and refuses a stale one (412)', async () => {
      const missing = await patch('A-public', { goals: 'x' }, 'enterpriseA')
      expect(missing.status).toBe(428)
      const current = await etag('A-public')
      const ok = await patch('A-public', { goals: 'first' }, 'enterpriseA', current)
      expect(ok.status).toBe(200)
      expect(ok.headers.get('etag')).not.toBe(current)
      const stale = await patch('A-public', { goals: 'second' }, 'enterpriseA', current)
      expect(stale.status).toBe(412)
      expect(stale.headers.get('etag')).toBe(ok.headers.get('etag'))
      const fresh = await readJson(await t.app.request(`/v1/needs/${created['A-public']!.id}`, { headers: w.keys.admin.headers }), 'getNeed')
      expect(fresh.goals).toBe('first')
    })

    it('of two updates with the same ETag, exactly one wins', async () => {
      const current = await etag('B-park')
      const results = await Promise.all(['甲', '乙'].map((goal) => patch('B-park', { goals: goal }, 'enterpriseB', current)))
      expect(results.map((r) => r.status).sort()).toEqual([200, 412])
    })

    it('checks status transitions: an illegal one is a 409 naming both states', async () => {
      const res = await patch('A-draft', { status: 'resolved' }, 'enterpriseA', await etag('A-draft'))
      expect(res.status).toBe(409)
      const problem = await readProblem(res)
      expect(problem).toMatchObject({ code: 'conflict', currentState: 'draft', wantedState: 'resolved' })
      const open = await patch('A-draft', { status: 'open' }, 'enterpriseA', await etag('A-draft'))
      expect(open.status).toBe(200)
      expect((await readJson(open, 'updateNeed')).status).toBe('open')
    })

    it('null clears a nullable field; a budget range must stay ordered', async () => {
      const set = await patch('B-public', { budgetMinFen: 100_000, budgetMaxFen: 500_000, trlWanted: 5 }, 'enterpriseB', await etag('B-public'))
      expect(await readJson(set, 'updateNeed')).toMatchObject({ budgetMinFen: 100_000, budgetMaxFen: 500_000, budgetText: '1,000 元 – 5,000 元', trlWanted: 5 })
      const cleared = await patch('B-public', { trlWanted: null }, 'enterpriseB', await etag('B-public'))
      expect((await readJson(cleared, 'updateNeed')).trlWanted).toBeNull()
      const inverted = await patch('B-public', { budgetMinFen: 900_000 }, 'enterpriseB', await etag('B-public'))
      expect(inverted.status).toBe(400)
      expect((await readProblem(inverted)).errors![0]!.path).toBe('body.budgetMaxFen')
    })

    it('accepts application/merge-patch+json', async () => {
      const res = await t.app.request(`/v1/needs/${created['B-private']!.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ goals: '合并补丁' }),
        headers: { 'content-type': 'application/merge-patch+json', 'if-match': await etag('B-private'), ...w.keys.enterpriseB.headers },
      })
      expect(res.status).toBe(200)
      expect((await readJson(res, 'updateNeed')).goals).toBe('合并补丁')
    })
  })

  describe('Idempotency-Key', () => {
    it('replays the first response for the same key and body', async () => {
      const headers = { ...w.keys.enterpriseA.headers, 'idempotency-key': 'need-retry-1' }
      const first = await post({ ...base, title: '幂等测试' }, headers)
      const again = await post({ kind: base.kind, problem: base.problem, industryCode: base.industryCode, title: '幂等测试' }, headers)
      expect(first.status).toBe(201)
      expect(again.status).toBe(201)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
      expect((await readJson(again, 'createNeed')).id).toBe((await readJson(first, 'createNeed')).id)
      const rows = await t.db.sql`select count(*)::int as n from needs where title = '幂等测试'`
      expect(rows[0]!.n).toBe(1)
    })

    it('refuses the same key with another body (422), and keys are per API key', async () => {
      const headers = { ...w.keys.enterpriseA.headers, 'idempotency-key': 'need-retry-2' }
      expect((await post({ ...base, title: '第一次' }, headers)).status).toBe(201)
      const other = await post({ ...base, title: '第二次' }, headers)
      expect(other.status).toBe(422)
      expect((await readProblem(other)).code).toBe('idempotency_key_reused')
      const otherKey = await post({ ...base, title: '第二次' }, { ...w.keys.enterpriseB.headers, 'idempotency-key': 'need-retry-2' })
      expect(otherKey.status).toBe(201)
    })

    it('answers 409 while the first request is still running', async () => {
      const headers = { ...w.keys.enterpriseA.headers, 'idempotency-key': 'need-retry-3' }
      const body = { ...base, title: '并发幂等' }
      const results = await Promise.all([post(body, headers), post(body, headers)])
      const statuses = results.map((r) => r.status).sort()
      // Either the second arrived while the first ran (409) or after it finished (a replay).
      expect(statuses[0]).toBe(201)
      expect([201, 409]).toContain(statuses[1])
      const rows = await t.db.sql`select count(*)::int as n from needs where title = '并发幂等'`
      expect(rows[0]!.n).toBe(1)
    })

    it('releases the key when the request fails, so a corrected retry works', async () => {
      const headers = { ...w.keys.enterpriseA.headers, 'idempotency-key': 'need-retry-4' }
      expect((await post({ ...base, industryCode: 'alchemy' }, headers)).status).toBe(400)
      expect((await post({ ...base, industryCode: 'alchemy' }, headers)).status).toBe(400)
    })

    it('takes a key past its 24 hours as new: another body creates, and the key then replays that one', async () => {
      const headers = { ...w.keys.enterpriseA.headers, 'idempotency-key': 'need-retry-5' }
      const first = await post({ ...base, title: '过期之前' }, headers)
      expect(first.status).toBe(201)
      await t.db.sql`update idempotency_records set expires_at = now() - interval '1 second' where idempotency_key = 'need-retry-5'`
      const after = await post({ ...base, title: '过期之后' }, headers)
      expect(after.status).toBe(201)
      expect(after.headers.get('idempotent-replayed')).toBeNull()
      const created = await readJson(after, 'createNeed')
      expect(created.id).not.toBe((await readJson(first, 'createNeed')).id)
      const again = await post({ ...base, title: '过期之后' }, headers)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect((await readJson(again, 'createNeed')).id).toBe(created.id)
      const [record] = await t.db.sql<{ live: boolean }[]>`
        select expires_at > now() + interval '23 hours' as live from idempotency_records where idempotency_key = 'need-retry-5'`
      expect(record!.live).toBe(true)
    })
  })

  describe('audit', () => {
    it('records who created and changed a need, with before and after', async () => {
      const res = await t.app.request(`/v1/audit-events?entityType=need&entityId=${created['A-park']!.id}`, { headers: w.keys.staffA.headers })
      expect(res.status).toBe(200)
      const { items } = await readJson(res, 'listAuditEvents')
      const create = items.find((e: { action: string }) => e.action === 'need.create')
      expect(create).toMatchObject({ actorKeyId: w.keys.enterpriseA.id, actorRole: 'enterprise', before: null, parkId: w.parkA.id })
      expect(create!.after!.title).toBe('A-park')
      const update = items.find((e) => e.action === 'need.update' && e.actorRole === 'park_staff')
      expect(update!.before!.goals).not.toBe(update!.after!.goals)
      expect(update!.requestId).toMatch(/^[0-9a-f-]{36}$/)
    })

    it('park staff read only their park; enterprises and experts not at all', async () => {
      const foreign = await readJson(await t.app.request(`/v1/audit-events?entityId=${created['A-park']!.id}`, { headers: w.keys.staffB.headers }), 'listAuditEvents')
      expect(foreign.items).toEqual([])
      expect((await t.app.request('/v1/audit-events', { headers: w.keys.enterpriseA.headers })).status).toBe(403)
      expect((await t.app.request('/v1/audit-events', { headers: w.keys.expertA.headers })).status).toBe(403)
    })
  })
})
