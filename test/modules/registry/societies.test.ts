import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createExpert, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

const base = {
  name: '山西省煤炭学会',
  level: 'provincial',
  disciplines: ['采矿工程', '煤化工'],
  description: '省级学术团体，可提供煤矿智能化、煤炭清洁利用方面的咨询服务。',
  regionCode: '140000',
}

describe('societies', () => {
  let t: TestApp
  let w: World
  let counter = 0
  const uniqueName = (prefix = '学会') => `${prefix}${++counter}`
  const post = (body: unknown, headers: Record<string, string>) => t.app.request('/v1/societies', json('POST', body, headers))
  const patch = (id: string, body: unknown, headers: Record<string, string>) => t.app.request(`/v1/societies/${id}`, json('PATCH', body, headers))
  const create = async (body: Record<string, unknown> = {}) => {
    const res = await post({ ...base, name: uniqueName(), ...body }, w.keys.admin.headers)
    expect(res.status).toBe(201)
    return { society: await readJson(res, 'createSociety'), etag: res.headers.get('etag')! }
  }
  const auditRows = (id: string) =>
    t.db.sql<{ action: string; parkId: string | null; actorRole: string; before: any; after: any }[]>`
      select action, park_id, actor_role, before, after from audit_events where entity_type = 'society' and entity_id = ${id} order by id`

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  describe('create', () => {
    it('an admin registers a society, audited with parkId null', async () => {
      const res = await post({ ...base, contactExpertId: w.expertA.id }, w.keys.admin.headers)
      expect(res.status).toBe(201)
      const society = await readJson(res, 'createSociety')
      expect(society).toMatchObject({ ...base, contactExpertId: w.expertA.id, memberCount: 0 })
      expect(res.headers.get('location')).toBe(`/v1/societies/${society.id}`)
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{8}-1"$/)
      const audit = await auditRows(society.id)
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({ action: 'society.create', parkId: null, actorRole: 'admin', before: null })
      expect(audit[0]!.after).toMatchObject({ id: society.id, name: base.name, level: 'provincial' })
    })

    it('defaults optional fields', async () => {
      const res = await post({ name: uniqueName(), level: 'national' }, w.keys.admin.headers)
      expect(res.status).toBe(201)
      expect(await readJson(res, 'createSociety')).toMatchObject({ disciplines: [], description: '', regionCode: null, contactExpertId: null, memberCount: 0 })
    })

    it.each(['staffA', 'enterpriseA', 'expertA'] as const)('%s may not register societies (403), and nothing is written', async (key) => {
      const name = uniqueName()
      const res = await post({ ...base, name }, w.keys[key].headers)
      expect(res.status).toBe(403)
      expect(await readProblem(res)).toMatchObject({ code: 'forbidden' })
      expect(await t.db.sql`select 1 from societies where name = ${name}`).toHaveLength(0)
    })

    it('a duplicate name is 409 naming body.name', async () => {
      const { society } = await create()
      const res = await post({ ...base, name: society.name }, w.keys.admin.headers)
      expect(res.status).toBe(409)
      expect((await readProblem(res)).errors).toEqual([{ path: 'body.name', message: 'already taken by another society' }])
    })

    it.each([
      [{ ...base, level: 'county' }, 'body.level'],
      [{ ...base, name: '' }, 'body.name'],
      [{ ...base, regionCode: '14' }, 'body.regionCode'],
      [{ ...base, disciplines: [''] }, 'body.disciplines.0'],
      [{ ...base, contactExpertId: 'nope' }, 'body.contactExpertId'],
      [{ ...base, memberCount: 3 }, 'body'],
      [{ name: base.name }, 'body.level'],
    ])('rejects %j naming %s', async (body, path) => {
      const res = await post(body, w.keys.admin.headers)
      expect(res.status).toBe(400)
      const problem = await readProblem(res)
      expect(problem.code).toBe('validation_failed')
      expect(problem.errors!.map((e: { path: string }) => e.path)).toContain(path)
    })

    it('an unknown contact expert is 400 naming body.contactExpertId, and nothing is written', async () => {
      const name = uniqueName()
      const missing = '00000000-0000-4000-8000-000000000000'
      const res = await post({ ...base, name, contactExpertId: missing }, w.keys.admin.headers)
      expect(res.status).toBe(400)
      expect((await readProblem(res)).errors).toEqual([{ path: 'body.contactExpertId', message: `no expert ${missing}` }])
      expect(await t.db.sql`select 1 from societies where name = ${name}`).toHaveLength(0)
    })

    it('replays a create with the same Idempotency-Key, and refuses the key for another body (422)', async () => {
      const body = { ...base, name: uniqueName() }
      const headers = { ...w.keys.admin.headers, 'idempotency-key': `society-${counter}` }
      const first = await post(body, headers)
      expect(first.status).toBe(201)
      const created = await readJson(first, 'createSociety')
      const again = await post(body, headers)
      expect(again.status).toBe(201)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
      expect(await readJson(again, 'createSociety')).toEqual(created)
      expect(await t.db.sql`select 1 from societies where name = ${body.name}`).toHaveLength(1)
      const other = await post({ ...body, name: uniqueName() }, headers)
      expect(other.status).toBe(422)
      expect(await readProblem(other)).toMatchObject({ code: 'idempotency_key_reused' })
    })
  })

  describe('read', () => {
    it.each(['admin', 'staffA', 'staffB', 'enterpriseA', 'expertB'] as const)('%s reads any society', async (key) => {
      const { society, etag } = await create()
      const res = await t.app.request(`/v1/societies/${society.id}`, { headers: w.keys[key].headers })
      expect(res.status).toBe(200)
      expect(res.headers.get('etag')).toBe(etag)
      expect(await readJson(res, 'getSociety')).toEqual(society)
    })

    it('an unknown society is 404', async () => {
      const res = await t.app.request('/v1/societies/00000000-0000-4000-8000-000000000000', { headers: w.keys.admin.headers })
      expect(res.status).toBe(404)
      expect(await readProblem(res)).toMatchObject({ code: 'not_found' })
    })

    it('memberCount counts society memberships', async () => {
      const { society } = await create()
      const extra = await createExpert(t.db.sql)
      await t.db.sql`
        insert into society_memberships (society_id, expert_id)
        values (${society.id}, ${w.expertA.id}), (${society.id}, ${w.expertB.id}), (${society.id}, ${extra.id})`
      const res = await t.app.request(`/v1/societies/${society.id}`, { headers: w.keys.expertA.headers })
      expect((await readJson(res, 'getSociety')).memberCount).toBe(3)
    })

    it('requires an API key', async () => {
      const res = await t.app.request('/v1/societies')
      expect(res.status).toBe(401)
    })
  })

  describe('update', () => {
    it('an admin changes a society with If-Match; the audit row has before and after', async () => {
      const { society, etag } = await create({ contactExpertId: w.expertA.id })
      const res = await patch(society.id, { level: 'national', disciplines: ['煤化工'], regionCode: null, contactExpertId: null }, {
        ...w.keys.admin.headers,
        'if-match': etag,
      })
      expect(res.status).toBe(200)
      const updated = await readJson(res, 'updateSociety')
      expect(updated).toMatchObject({ id: society.id, name: society.name, level: 'national', disciplines: ['煤化工'], regionCode: null, contactExpertId: null })
      expect(res.headers.get('etag')).toBe(`"${society.id.slice(0, 8)}-2"`)
      const [, audit] = await auditRows(society.id)
      expect(audit).toMatchObject({ action: 'society.update', parkId: null, actorRole: 'admin' })
      expect(audit!.before).toMatchObject({ level: 'provincial', contactExpertId: w.expertA.id, version: 1 })
      expect(audit!.after).toMatchObject({ level: 'national', contactExpertId: null, version: 2 })
    })

    it('without If-Match is 428; with a stale one 412 carrying the current ETag', async () => {
      const { society, etag } = await create()
      const missing = await patch(society.id, { description: '新简介' }, w.keys.admin.headers)
      expect(missing.status).toBe(428)
      expect(await readProblem(missing)).toMatchObject({ code: 'precondition_required' })
      const ok = await patch(society.id, { description: '新简介' }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(ok.status).toBe(200)
      const stale = await patch(society.id, { description: '又一个简介' }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(stale.status).toBe(412)
      expect(stale.headers.get('etag')).toBe(ok.headers.get('etag'))
      const read = await readJson(await t.app.request(`/v1/societies/${society.id}`, { headers: w.keys.admin.headers }), 'getSociety')
      expect(read.description).toBe('新简介')
      expect(await auditRows(society.id)).toHaveLength(2)
    })

    it.each(['staffA', 'enterpriseA', 'expertA'] as const)('%s may not change societies (403), even without If-Match', async (key) => {
      const { society, etag } = await create()
      const res = await patch(society.id, { description: '改' }, { ...w.keys[key].headers, 'if-match': etag })
      expect(res.status).toBe(403)
      const unconditional = await patch(society.id, { description: '改' }, w.keys[key].headers)
      expect(unconditional.status).toBe(403)
      expect(await auditRows(society.id)).toHaveLength(1)
    })

    it('an unknown society is 404', async () => {
      const res = await patch('00000000-0000-4000-8000-000000000000', { description: '改' }, { ...w.keys.admin.headers, 'if-match': '"00000000-1"' })
      expect(res.status).toBe(404)
    })

    it('renaming onto another society is 409; an unknown contact expert 400; bad level 400', async () => {
      const { society: other } = await create()
      const { society, etag } = await create()
      const headers = { ...w.keys.admin.headers, 'if-match': etag }
      const taken = await patch(society.id, { name: other.name }, headers)
      expect(taken.status).toBe(409)
      expect((await readProblem(taken)).errors).toEqual([{ path: 'body.name', message: 'already taken by another society' }])
      const unknown = await patch(society.id, { contactExpertId: '00000000-0000-4000-8000-000000000000' }, headers)
      expect(unknown.status).toBe(400)
      expect((await readProblem(unknown)).errors![0]!.path).toBe('body.contactExpertId')
      const level = await patch(society.id, { level: 'county' }, headers)
      expect(level.status).toBe(400)
      expect((await readProblem(level)).errors![0]!.path).toBe('body.level')
      const same = await patch(society.id, { name: society.name }, headers)
      expect(same.status).toBe(200)
    })
  })

  describe('list', () => {
    let ids: { coal: string[]; all: string[] }
    beforeAll(async () => {
      const coal: string[] = []
      const all: string[] = []
      for (let i = 0; i < 7; i++) {
        const { society } = await create({
          name: uniqueName(i % 2 ? '列表氢能学会' : '列表煤化工学会'),
          level: i % 3 === 0 ? 'municipal' : 'national',
          disciplines: i % 2 ? ['氢能'] : ['煤化工', '催化'],
          regionCode: i % 2 ? '140100' : '140400',
          description: i === 6 ? '专注于焦化废水处理' : '',
        })
        all.push(society.id)
        if (i % 2 === 0) coal.push(society.id)
      }
      ids = { coal, all }
    })

    const list = async (query: string, key = w.keys.enterpriseB) => {
      const res = await t.app.request(`/v1/societies?${query}`, { headers: key.headers })
      expect(res.status).toBe(200)
      return readJson(res, 'listSocieties')
    }

    it('filters by level, exact discipline, region and free text', async () => {
      const municipal = await list('level=municipal&q=列表')
      expect(municipal.total).toBe(3)
      expect(municipal.items.every((s: { level: string }) => s.level === 'municipal')).toBe(true)
      const coal = await list(`discipline=${encodeURIComponent('煤化工')}&q=${encodeURIComponent('列表')}`)
      expect(coal.items.map((s: { id: string }) => s.id).sort()).toEqual([...ids.coal].sort())
      expect((await list(`discipline=${encodeURIComponent('煤化')}`)).total).toBe(0)
      const region = await list(`regionCode=140100&q=${encodeURIComponent('列表')}`)
      expect(region.total).toBe(3)
      // A province code covers its cities: all seven are in 山西省.
      expect((await list(`regionCode=140000&q=${encodeURIComponent('列表')}`)).total).toBe(7)
      const text = await list(`q=${encodeURIComponent('焦化废水')}`)
      expect(text.items.map((s: { id: string }) => s.id)).toEqual([ids.all[6]])
      const byDiscipline = await list(`q=${encodeURIComponent('催化')}`)
      expect(byDiscipline.total).toBe(4)
    })

    it('treats LIKE wildcards in q as text', async () => {
      expect((await list('q=%25')).total).toBe(0)
    })

    it('walks every page with a cursor, newest first, with the total on each page', async () => {
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const page: any = await list(`limit=3&q=${encodeURIComponent('列表')}${cursor ? `&cursor=${cursor}` : ''}`, w.keys.expertA)
        expect(page.total).toBe(7)
        expect(page.items.length).toBeLessThanOrEqual(3)
        seen.push(...page.items.map((s: { id: string }) => s.id))
        cursor = page.nextCursor
        pages++
      } while (cursor)
      expect(pages).toBe(3)
      expect(seen).toEqual([...ids.all].reverse())
    })

    it('rejects a bad cursor, level or limit naming the query field', async () => {
      for (const [query, path] of [
        ['cursor=garbage', 'query.cursor'],
        ['level=county', 'query.level'],
        ['limit=0', 'query.limit'],
        ['regionCode=abc', 'query.regionCode'],
      ]) {
        const res = await t.app.request(`/v1/societies?${query}`, { headers: w.keys.admin.headers })
        expect(res.status).toBe(400)
        expect((await readProblem(res)).errors!.map((e: { path: string }) => e.path)).toContain(path)
      }
    })
  })
})
