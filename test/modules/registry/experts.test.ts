import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type TestKey, type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

let t: TestApp
let w: World
let societyA: string
let societyB: string
let counter = 0

/** A valid create body with a unique name, so tests do not collide on (name, organisation). */
function newExpert(overrides: Record<string, unknown> = {}) {
  counter += 1
  return {
    name: `李明${counter}`,
    title: '研究员',
    organisation: '中国科学院山西煤炭化学研究所',
    disciplines: ['化学工程与技术'],
    fields: ['煤气化', '催化剂'],
    keywords: ['费托合成'],
    industries: ['modern_coal_chemical'],
    bio: '从事煤间接液化催化剂研究二十年。',
    regionCode: '140100',
    availability: 'available',
    capacity: 4,
    ...overrides,
  }
}

async function create(key: TestKey, body: unknown, headers: Record<string, string> = {}) {
  return t.app.request('/v1/experts', json('POST', body, { ...key.headers, ...headers }))
}

async function createOk(body: unknown = newExpert()) {
  const res = await create(w.keys.admin, body)
  expect(res.status).toBe(201)
  return { body: await readJson(res, 'createExpert'), etag: res.headers.get('etag')! }
}

async function get(key: TestKey, id: string) {
  return t.app.request(`/v1/experts/${id}`, { headers: key.headers })
}

async function etagOf(id: string): Promise<string> {
  return (await get(w.keys.admin, id)).headers.get('etag')!
}

async function patch(key: TestKey, id: string, body: unknown, ifMatch?: string | null) {
  const etag = ifMatch === undefined ? await etagOf(id) : ifMatch
  return t.app.request(`/v1/experts/${id}`, json('PATCH', body, { ...key.headers, ...(etag ? { 'if-match': etag } : {}) }))
}

async function auditRows(entityId: string) {
  return t.db.sql<{ action: string; actorRole: string; actorKeyId: string; parkId: string | null; before: any; after: any }[]>`
    select action, actor_role, actor_key_id, park_id, before, after from audit_events
    where entity_type = 'expert' and entity_id = ${entityId} order by id
  `
}

async function expertCount(name: string): Promise<number> {
  const [row] = await t.db.sql<{ count: number }[]>`select count(*)::int as count from experts where name = ${name}`
  return row!.count
}

async function expectFieldError(res: Response, path: string, message?: RegExp) {
  expect(res.status).toBe(400)
  const problem = await readProblem(res)
  expect(problem.code).toBe('validation_failed')
  const error = problem.errors!.find((e) => e.path === path)
  expect(error, `no error at ${path} in ${JSON.stringify(problem.errors)}`).toBeDefined()
  if (message) expect(error!.message).toMatch(message)
  return problem
}

beforeAll(async () => {
  t = await createTestApp()
  w = await createWorld(t.db.sql)
  // src/db has no society insert yet (another resource owns it): plain SQL is enough here.
  const rows = await t.db.sql<{ id: string }[]>`
    insert into societies (name, level, disciplines) values ('山西省化学会', 'provincial', '{化学}'), ('长治市机械工程学会', 'municipal', '{机械工程}')
    returning id
  `
  societyA = rows[0]!.id
  societyB = rows[1]!.id
})
afterAll(() => t.close())

describe('POST /v1/experts', () => {
  it('lets an admin register an expert with achievements and memberships, audited', async () => {
    const body = newExpert({
      isAcademician: true,
      achievements: [
        { title: '煤间接液化成套技术', kind: 'project', year: 2016, summary: '百万吨级示范', pinned: true },
        { title: '一种铁基费托合成催化剂', kind: 'patent', year: 2019 },
      ],
      societyIds: [societyA, societyB, societyA],
    })
    const res = await create(w.keys.admin, body)
    expect(res.status).toBe(201)
    const expert = await readJson(res, 'createExpert')
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{8}-1"$/)
    expect(res.headers.get('location')).toBe(`/v1/experts/${expert.id}`)
    expect(expert).toMatchObject({
      name: body.name,
      title: '研究员',
      isAcademician: true,
      organisation: body.organisation,
      enterpriseId: null,
      fields: ['煤气化', '催化剂'],
      industries: ['modern_coal_chemical'],
      regionCode: '140100',
      availability: 'available',
      capacity: 4,
    })
    expect(expert.achievements).toEqual([
      { id: expect.any(String), title: '煤间接液化成套技术', kind: 'project', year: 2016, summary: '百万吨级示范', pinned: true, excludedFromMatching: false },
      { id: expect.any(String), title: '一种铁基费托合成催化剂', kind: 'patent', year: 2019, summary: '', pinned: false, excludedFromMatching: false },
    ])
    expect([...expert.societyIds].sort()).toEqual([societyA, societyB].sort())
    expect(Date.parse(expert.createdAt)).not.toBeNaN()

    const [audit, ...more] = await auditRows(expert.id)
    expect(more).toHaveLength(0)
    expect(audit).toMatchObject({ action: 'expert.create', actorRole: 'admin', actorKeyId: w.keys.admin.id, parkId: null, before: null })
    expect(audit!.after.name).toBe(body.name)
    expect(audit!.after.achievements.map((a: { title: string }) => a.title)).toEqual(['煤间接液化成套技术', '一种铁基费托合成催化剂'])
  })

  it('gives defaults for an expert with no achievements', async () => {
    const res = await create(w.keys.admin, { name: '赵刚' })
    expect(res.status).toBe(201)
    expect(await readJson(res, 'createExpert')).toMatchObject({
      name: '赵刚',
      title: '',
      organisation: '',
      isAcademician: false,
      achievements: [],
      societyIds: [],
      availability: 'available',
      capacity: 3,
      regionCode: null,
    })
  })

  it('lets park staff register an expert', async () => {
    const res = await create(w.keys.staffA, newExpert())
    expect(res.status).toBe(201)
    const expert = await readJson(res, 'createExpert')
    expect((await auditRows(expert.id))[0]).toMatchObject({ action: 'expert.create', actorRole: 'park_staff', parkId: null })
  })

  it.each(['enterpriseA', 'expertA'] as const)('refuses a %s key with 403 and writes nothing', async (who) => {
    const body = newExpert()
    const res = await create(w.keys[who], body)
    expect(res.status).toBe(403)
    expect(await readProblem(res)).toMatchObject({ code: 'forbidden', status: 403 })
    expect(await expertCount(body.name)).toBe(0)
  })

  it('requires an API key', async () => {
    const res = await t.app.request('/v1/experts', json('POST', newExpert()))
    expect(res.status).toBe(401)
  })

  it.each([
    ['an unknown achievement kind', { achievements: [{ title: '某成果', kind: 'book' }] }, 'body.achievements.0.kind'],
    ['capacity above 100', { capacity: 101 }, 'body.capacity'],
    ['a negative capacity', { capacity: -1 }, 'body.capacity'],
    ['a malformed region code', { regionCode: '14010' }, 'body.regionCode'],
    ['a region code starting with 0', { regionCode: '040100' }, 'body.regionCode'],
    ['an unknown availability', { availability: 'retired' }, 'body.availability'],
    ['an achievement year before 1950', { achievements: [{ title: '某成果', kind: 'paper', year: 1900 }] }, 'body.achievements.0.year'],
    ['a malformed society id', { societyIds: ['not-a-uuid'] }, 'body.societyIds.0'],
    ['an empty name', { name: '  ' }, 'body.name'],
    ['an unknown field', { salary: 1 }, 'body'],
  ])('rejects %s with 400 naming the field', async (_, overrides, path) => {
    const body = newExpert(overrides)
    await expectFieldError(await create(w.keys.admin, body), path)
    expect(await expertCount(body.name)).toBe(0)
  })

  it('names unknown industry codes in body.industries', async () => {
    const body = newExpert({ industries: ['modern_coal_chemical', 'space_mining'] })
    await expectFieldError(await create(w.keys.admin, body), 'body.industries', /space_mining/)
    expect(await expertCount(body.name)).toBe(0)
  })

  it('rejects an unknown society id and leaves no half-written expert', async () => {
    const missing = '0f0e0d0c-0b0a-4909-8807-060504030201'
    const body = newExpert({
      achievements: [{ title: '不应写入的成果', kind: 'paper' }],
      societyIds: [societyA, missing],
    })
    const problem = await expectFieldError(await create(w.keys.admin, body), 'body.societyIds', new RegExp(missing))
    expect(problem.detail).not.toContain(societyA)
    expect(await expertCount(body.name)).toBe(0)
    const [orphans] = await t.db.sql<{ count: number }[]>`select count(*)::int as count from expert_achievements where title = '不应写入的成果'`
    expect(orphans!.count).toBe(0)
  })

  it('reports every bad reference at once', async () => {
    const res = await create(w.keys.admin, newExpert({ industries: ['nowhere'], societyIds: ['0f0e0d0c-0b0a-4909-8807-060504030201'] }))
    const problem = await expectFieldError(res, 'body.industries')
    expect(problem.errors!.map((e: { path: string }) => e.path)).toContain('body.societyIds')
  })

  it('checks the employer against what the caller may see', async () => {
    const unknown = await create(w.keys.admin, newExpert({ enterpriseId: '0f0e0d0c-0b0a-4909-8807-060504030201' }))
    await expectFieldError(unknown, 'body.enterpriseId')
    // Park staff of park A cannot name park B's enterprise.
    await expectFieldError(await create(w.keys.staffA, newExpert({ enterpriseId: w.enterpriseB.id })), 'body.enterpriseId')
    const ok = await create(w.keys.staffA, newExpert({ enterpriseId: w.enterpriseA.id }))
    expect(ok.status).toBe(201)
    expect((await readJson(ok, 'createExpert')).enterpriseId).toBe(w.enterpriseA.id)
  })

  it('refuses a second expert with the same name and organisation with 409', async () => {
    const body = newExpert()
    await createOk(body)
    const res = await create(w.keys.admin, { ...body, bio: '另一份简介' })
    expect(res.status).toBe(409)
    expect(await readProblem(res)).toMatchObject({ code: 'conflict' })
    expect(await expertCount(body.name)).toBe(1)
    // The same name elsewhere is another person.
    expect((await create(w.keys.admin, { ...body, organisation: '太原理工大学' })).status).toBe(201)
  })

  it('replays a retried create with the same Idempotency-Key and refuses a different body with 422', async () => {
    const body = newExpert({ achievements: [{ title: '幂等测试成果', kind: 'award', year: 2020 }] })
    const headers = { 'idempotency-key': `expert-create-${counter}` }
    const first = await create(w.keys.admin, body, headers)
    expect(first.status).toBe(201)
    const created = await readJson(first, 'createExpert')
    const again = await create(w.keys.admin, body, headers)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    expect((await readJson(again, 'createExpert')).id).toBe(created.id)
    expect(await expertCount(body.name)).toBe(1)

    const other = await create(w.keys.admin, { ...body, capacity: 9 }, headers)
    expect(other.status).toBe(422)
    expect(await readProblem(other)).toMatchObject({ code: 'idempotency_key_reused' })
    expect(await auditRows(created.id)).toHaveLength(1)
  })

  it('lets a create that failed validation be retried with the same Idempotency-Key', async () => {
    const body = newExpert()
    const headers = { 'idempotency-key': `expert-retry-${counter}` }
    expect((await create(w.keys.admin, { ...body, industries: ['nowhere'] }, headers)).status).toBe(400)
    // A different body under the same key: allowed, because the failure released the key.
    expect((await create(w.keys.admin, body, headers)).status).toBe(201)
  })
})

describe('GET /v1/experts/{id}', () => {
  it.each(['admin', 'staffA', 'enterpriseA', 'expertA', 'expertB'] as const)('lets %s read its own and another expert', async (who) => {
    for (const expert of [w.expertA, w.expertB]) {
      const res = await get(w.keys[who], expert.id)
      expect(res.status).toBe(200)
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{8}-\d+"$/)
      expect(await readJson(res, 'getExpert')).toMatchObject({ id: expert.id, name: expert.name, organisation: expert.organisation })
    }
  })

  it('is 404 for a missing expert, with nothing else in the body', async () => {
    const missing = '0f0e0d0c-0b0a-4909-8807-060504030201'
    const res = await get(w.keys.expertA, missing)
    expect(res.status).toBe(404)
    const problem = await readProblem(res)
    expect(problem).toMatchObject({ code: 'not_found', status: 404 })
    expect(Object.keys(problem).sort()).toEqual(['code', 'detail', 'instance', 'requestId', 'status', 'title', 'type'])
  })

  it('is 400 for a malformed id', async () => {
    await expectFieldError(await get(w.keys.admin, 'abc'), 'param.id')
  })
})

describe('PATCH /v1/experts/{id}', () => {
  it('lets an expert change its own profile, bumping the ETag, audited with before and after', async () => {
    const before = await get(w.keys.expertA, w.expertA.id)
    const etag = before.headers.get('etag')!
    const res = await patch(w.keys.expertA, w.expertA.id, { availability: 'busy', capacity: 1, keywords: ['煤焦油加氢'] }, etag)
    expect(res.status).toBe(200)
    const updated = await readJson(res, 'updateExpert')
    expect(updated).toMatchObject({ id: w.expertA.id, availability: 'busy', capacity: 1, keywords: ['煤焦油加氢'], name: w.expertA.name })
    expect(res.headers.get('etag')).not.toBe(etag)
    expect((await get(w.keys.admin, w.expertA.id)).headers.get('etag')).toBe(res.headers.get('etag'))

    const audit = (await auditRows(w.expertA.id)).at(-1)!
    expect(audit).toMatchObject({ action: 'expert.update', actorRole: 'expert', actorKeyId: w.keys.expertA.id, parkId: null })
    expect(audit.before).toMatchObject({ availability: 'available', achievements: [] })
    expect(audit.after).toMatchObject({ availability: 'busy', capacity: 1, achievements: [] })
  })

  it('refuses an expert changing another expert with 403, and leaves it unchanged', async () => {
    const etag = await etagOf(w.expertB.id)
    const res = await patch(w.keys.expertA, w.expertB.id, { bio: '被篡改' }, etag)
    expect(res.status).toBe(403)
    expect(await readProblem(res)).toMatchObject({ code: 'forbidden' })
    const after = await get(w.keys.admin, w.expertB.id)
    expect(after.headers.get('etag')).toBe(etag)
    expect((await readJson(after, 'getExpert')).bio).toBe('')
  })

  it.each(['staffA', 'enterpriseA'] as const)('refuses %s with 403', async (who) => {
    const res = await patch(w.keys[who], w.expertB.id, { bio: '园区修改' })
    expect(res.status).toBe(403)
  })

  it('lets an admin change any expert', async () => {
    const res = await patch(w.keys.admin, w.expertB.id, { title: '正高级工程师', isAcademician: true, regionCode: '140400' })
    expect(res.status).toBe(200)
    expect(await readJson(res, 'updateExpert')).toMatchObject({ id: w.expertB.id, title: '正高级工程师', isAcademician: true, regionCode: '140400' })
    expect((await auditRows(w.expertB.id)).at(-1)).toMatchObject({ action: 'expert.update', actorRole: 'admin' })
  })

  it('clears a nullable field with null', async () => {
    const { body } = await createOk(newExpert({ regionCode: '140100' }))
    const res = await patch(w.keys.admin, body.id, { regionCode: null })
    expect(res.status).toBe(200)
    expect((await readJson(res, 'updateExpert')).regionCode).toBeNull()
  })

  it('requires If-Match (428) and refuses a stale one (412)', async () => {
    const { body, etag } = await createOk()
    const missing = await patch(w.keys.admin, body.id, { capacity: 5 }, null)
    expect(missing.status).toBe(428)
    expect(await readProblem(missing)).toMatchObject({ code: 'precondition_required' })

    expect((await patch(w.keys.admin, body.id, { capacity: 6 }, etag)).status).toBe(200)
    const stale = await patch(w.keys.admin, body.id, { capacity: 7 }, etag)
    expect(stale.status).toBe(412)
    expect(await readProblem(stale)).toMatchObject({ code: 'precondition_failed' })
    expect(stale.headers.get('etag')).toBe(await etagOf(body.id))
    expect((await readJson(await get(w.keys.admin, body.id), 'getExpert')).capacity).toBe(6)
  })

  it('is 404 for a missing expert', async () => {
    const res = await patch(w.keys.admin, '0f0e0d0c-0b0a-4909-8807-060504030201', { bio: 'x' }, '"0f0e0d0c-1"')
    expect(res.status).toBe(404)
  })

  it('validates like create, naming the field', async () => {
    const { body } = await createOk()
    await expectFieldError(await patch(w.keys.admin, body.id, { capacity: 101 }), 'body.capacity')
    await expectFieldError(await patch(w.keys.admin, body.id, { industries: ['space_mining'] }), 'body.industries', /space_mining/)
    await expectFieldError(await patch(w.keys.admin, body.id, { societyIds: ['0f0e0d0c-0b0a-4909-8807-060504030201'] }), 'body.societyIds')
    await expectFieldError(await patch(w.keys.admin, body.id, { regionCode: 'abc' }), 'body.regionCode')
    await expectFieldError(await patch(w.keys.admin, body.id, { achievements: [{ title: 'x', kind: 'blog' }] }), 'body.achievements.0.kind')
    expect(await auditRows(body.id)).toHaveLength(1)
  })

  it('refuses renaming into an existing name and organisation with 409', async () => {
    const { body: first } = await createOk()
    const { body: second } = await createOk()
    const res = await patch(w.keys.admin, second.id, { name: first.name })
    expect(res.status).toBe(409)
    expect((await readJson(await get(w.keys.admin, second.id), 'getExpert')).name).toBe(second.name)
  })

  it('keeps an expert from changing its own employer, but lets admins set it', async () => {
    const denied = await patch(w.keys.expertB, w.expertB.id, { enterpriseId: w.enterpriseA.id })
    expect(denied.status).toBe(403)
    // Sending the unchanged value back (GET, edit, PATCH) is fine.
    expect((await patch(w.keys.expertB, w.expertB.id, { enterpriseId: null, bio: '简介' })).status).toBe(200)
    const set = await patch(w.keys.admin, w.expertB.id, { enterpriseId: w.enterpriseA.id })
    expect(set.status).toBe(200)
    expect((await readJson(set, 'updateExpert')).enterpriseId).toBe(w.enterpriseA.id)
    expect((await patch(w.keys.expertB, w.expertB.id, { enterpriseId: null })).status).toBe(403)
    expect((await patch(w.keys.admin, w.expertB.id, { enterpriseId: null })).status).toBe(200)
  })

  it('replaces achievements as a whole, keeping the ids sent back, in the order sent', async () => {
    const { body } = await createOk(
      newExpert({
        achievements: [
          { title: '成果一', kind: 'paper', year: 2018 },
          { title: '成果二', kind: 'patent', year: 2019 },
          { title: '成果三', kind: 'standard', year: 2020 },
        ],
      }),
    )
    const [one, two, three] = body.achievements
    expect((await readJson(await get(w.keys.enterpriseA, body.id), 'getExpert')).achievements).toEqual(body.achievements)

    const res = await patch(w.keys.admin, body.id, {
      achievements: [
        { ...three, pinned: true },
        { title: '成果四', kind: 'award', year: 2023, excludedFromMatching: true },
        { id: one!.id, title: '成果一（修订）', kind: 'paper' },
      ],
    })
    expect(res.status).toBe(200)
    const updated = await readJson(res, 'updateExpert')
    expect(updated.achievements).toEqual([
      { ...three, pinned: true },
      { id: expect.any(String), title: '成果四', kind: 'award', year: 2023, summary: '', pinned: false, excludedFromMatching: true },
      { id: one!.id, title: '成果一（修订）', kind: 'paper', year: null, summary: '', pinned: false, excludedFromMatching: false },
    ])
    expect([one!.id, two!.id, three!.id]).not.toContain(updated.achievements[1]!.id)
    const [gone] = await t.db.sql<{ count: number }[]>`select count(*)::int as count from expert_achievements where id = ${two!.id}`
    expect(gone!.count).toBe(0)

    const audit = (await auditRows(body.id)).at(-1)!
    expect(audit.before.achievements.map((a: { title: string }) => a.title)).toEqual(['成果一', '成果二', '成果三'])
    expect(audit.after.achievements.map((a: { title: string }) => a.title)).toEqual(['成果三', '成果四', '成果一（修订）'])

    // A patch without achievements leaves them alone; an empty list clears them.
    expect((await readJson(await patch(w.keys.admin, body.id, { bio: '新简介' }), 'updateExpert')).achievements).toHaveLength(3)
    expect((await readJson(await patch(w.keys.admin, body.id, { achievements: [] }), 'updateExpert')).achievements).toEqual([])
  })

  it("refuses another expert's achievement id and a repeated id", async () => {
    const { body: owner } = await createOk(newExpert({ achievements: [{ title: '他人成果', kind: 'paper' }] }))
    const { body: other } = await createOk(newExpert({ achievements: [{ title: '本人成果', kind: 'paper' }] }))
    const foreign = owner.achievements[0]
    await expectFieldError(await patch(w.keys.admin, other.id, { achievements: [foreign] }), 'body.achievements.0.id')
    const own = other.achievements[0]
    await expectFieldError(await patch(w.keys.admin, other.id, { achievements: [own, own] }), 'body.achievements.1.id')
    await expectFieldError(await create(w.keys.admin, newExpert({ achievements: [foreign] })), 'body.achievements.0.id')
    expect((await readJson(await get(w.keys.admin, owner.id), 'getExpert')).achievements).toEqual([foreign])
  })

  it('replaces society memberships as a whole', async () => {
    const { body } = await createOk(newExpert({ societyIds: [societyA] }))
    expect(body.societyIds).toEqual([societyA])
    const res = await patch(w.keys.admin, body.id, { societyIds: [societyB] })
    expect(res.status).toBe(200)
    expect((await readJson(res, 'updateExpert')).societyIds).toEqual([societyB])
    expect((await readJson(await patch(w.keys.admin, body.id, { capacity: 2 }), 'updateExpert')).societyIds).toEqual([societyB])
    expect((await readJson(await patch(w.keys.admin, body.id, { societyIds: [] }), 'updateExpert')).societyIds).toEqual([])
  })
})

describe('GET /v1/experts', () => {
  const marker = '列表过滤标记'
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    const specs = {
      coal: { fields: [marker, '煤气化'], industries: ['modern_coal_chemical'], regionCode: '140100', societyIds: [societyA] },
      hydrogen: { fields: [marker], keywords: ['燃料电池'], industries: ['hydrogen'], regionCode: '140403', availability: 'busy' },
      academician: { fields: [marker], disciplines: ['材料科学与工程'], isAcademician: true, organisation: '北京科技大学', societyIds: [societyB] },
      percent: { fields: [marker], organisation: '100%纯度材料研究院', availability: 'unavailable' },
    }
    for (const [key, spec] of Object.entries(specs)) {
      ids[key] = (await createOk(newExpert({ keywords: [], disciplines: [], regionCode: null, ...spec }))).body.id
    }
  })

  async function list(query: string, key: TestKey = w.keys.admin) {
    const res = await t.app.request(`/v1/experts?${query}`, { headers: key.headers })
    expect(res.status).toBe(200)
    return readJson(res, 'listExperts')
  }

  /** Ids matching the query among the experts made for these tests (or among all, for a field query). */
  async function listIds(query: string) {
    const page = await list(`${query.startsWith('field=') ? '' : `field=${encodeURIComponent(marker)}&`}limit=100&${query}`)
    expect(page.total).toBe(page.items.length)
    return page.items.map((item: { id: string }) => item.id).sort()
  }

  it.each(['admin', 'staffB', 'enterpriseB', 'expertA'] as const)('lets %s list every expert', async (who) => {
    const page = await list(`field=${encodeURIComponent(marker)}`, w.keys[who])
    expect(page.total).toBe(4)
    expect(page.items[0]!.achievements).toBeDefined()
  })

  it('lists newest first, with the fixture experts included', async () => {
    const page = await list('limit=100')
    const created = page.items.map((item: { createdAt: string }) => Date.parse(item.createdAt))
    expect(created).toEqual([...created].sort((a, b) => b - a))
    expect(page.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([w.expertA.id, w.expertB.id]))
  })

  it('filters by availability, industry, region, academician, society and field', async () => {
    expect(await listIds('availability=busy')).toEqual([ids.hydrogen])
    expect(await listIds('industry=hydrogen')).toEqual([ids.hydrogen])
    expect(await listIds('regionCode=140100')).toEqual([ids.coal])
    expect(await listIds('isAcademician=true')).toEqual([ids.academician])
    expect(await listIds('isAcademician=false')).toEqual([ids.coal, ids.hydrogen, ids.percent].sort())
    expect(await listIds(`societyId=${societyA}`)).toEqual([ids.coal])
    expect(await listIds(`field=${encodeURIComponent('材料科学与工程')}`)).toEqual([ids.academician])
    expect(await listIds(`field=${encodeURIComponent('燃料电池')}`)).toEqual([ids.hydrogen])
    // Exact match only: a part of a field is not a match.
    expect(await listIds(`field=${encodeURIComponent('煤气')}`)).toEqual([])
  })

  it('filters by region as an area: a city or province code covers every code under it', async () => {
    expect(await listIds('regionCode=140403')).toEqual([ids.hydrogen]) // 潞州区 itself
    expect(await listIds('regionCode=140400')).toEqual([ids.hydrogen]) // 长治市 covers 潞州区
    expect(await listIds('regionCode=140000')).toEqual([ids.coal, ids.hydrogen].sort()) // 山西省
    expect(await listIds('regionCode=140402')).toEqual([]) // another district of 长治市
    expect(await listIds('regionCode=150000')).toEqual([]) // 内蒙古自治区
  })

  it('searches q in name and organisation (wildcards escaped) and exactly in fields and keywords', async () => {
    expect(await listIds(`q=${encodeURIComponent('北京科技')}`)).toEqual([ids.academician])
    expect(await listIds(`q=${encodeURIComponent('%纯度')}`)).toEqual([ids.percent])
    expect(await listIds(`q=${encodeURIComponent('0_%')}`)).toEqual([])
    expect(await listIds(`q=${encodeURIComponent('煤气化')}`)).toEqual([ids.coal])
    expect(await listIds(`q=${encodeURIComponent('燃料电池')}`)).toEqual([ids.hydrogen])
  })

  it('walks every page with limit=1 and the cursor, total unchanged', async () => {
    const all = await list('limit=100')
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: any = await list(`limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.total).toBe(all.total)
      expect(page.items.length).toBeLessThanOrEqual(1)
      seen.push(...page.items.map((item: { id: string }) => item.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.items.map((item: { id: string }) => item.id))
    expect(new Set(seen).size).toBe(all.total)
  })

  it('pages through experts imported in one transaction, which share one created_at, skipping none', async () => {
    const field = '同批导入分页标记'
    const file = ['姓名,工作单位,研究领域', ...Array.from({ length: 7 }, (_, i) => `同批专家${i + 1},太原理工大学,${field}`)].join('\r\n')
    const res = await t.app.request('/v1/import/experts', { method: 'POST', body: file, headers: { ...w.keys.admin.headers, 'content-type': 'text/csv' } })
    expect(res.status).toBe(200)
    const ids: string[] = (await readJson(res, 'importExperts')).created.map((row: { id: string }) => row.id)
    expect(ids).toHaveLength(7)
    const [batch] = await t.db.sql<{ stamps: number }[]>`select count(distinct created_at)::int as stamps from experts where id = any(${ids}::uuid[])`
    expect(batch!.stamps).toBe(1)
    // Microseconds a millisecond-precision cursor would lose (the batch's own may end in 000).
    await t.db.sql`update experts set created_at = '2026-11-28 09:30:00.123456+00' where id = any(${ids}::uuid[])`
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: any = await list(`field=${encodeURIComponent(field)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...page.items.map((item: { id: string }) => item.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual([...ids].sort().reverse())
  })

  it('rejects bad query parameters with 400 naming them', async () => {
    const bad = async (query: string, path: string) =>
      expectFieldError(await t.app.request(`/v1/experts?${query}`, { headers: w.keys.admin.headers }), path)
    await bad('cursor=nonsense', 'query.cursor')
    await bad('isAcademician=yes', 'query.isAcademician')
    await bad('availability=retired', 'query.availability')
    await bad('regionCode=1401', 'query.regionCode')
    await bad('societyId=abc', 'query.societyId')
    await bad('limit=0', 'query.limit')
  })
})
