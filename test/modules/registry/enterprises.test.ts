import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json, validUscc } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

type KeyName = keyof World['keys']

describe('enterprises', () => {
  let t: TestApp
  let w: World
  const get = (id: string, key: KeyName) => t.app.request(`/v1/enterprises/${id}`, { headers: w.keys[key].headers })
  const etag = async (id: string) => (await get(id, 'admin')).headers.get('etag')!
  const patch = async (id: string, body: unknown, key: KeyName) =>
    t.app.request(`/v1/enterprises/${id}`, json('PATCH', body, { ...w.keys[key].headers, 'if-match': await etag(id) }))

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it.each([
    ['admin', 'enterpriseA', 200],
    ['admin', 'enterpriseB', 200],
    ['staffA', 'enterpriseA', 200],
    ['staffA', 'enterpriseB', 404],
    ['enterpriseA', 'enterpriseA', 200],
    ['enterpriseA', 'enterpriseB', 404],
    ['expertA', 'enterpriseA', 404],
  ] as const)('%s reading %s → %i', async (key, enterprise, status) => {
    const res = await get(w[enterprise].id, key)
    expect(res.status).toBe(status)
    const text = await res.text()
    if (status === 404) {
      expect(text).not.toContain(w[enterprise].name)
      expect(text).not.toContain(w[enterprise].uscc)
    } else expect(JSON.parse(text).uscc).toBe(w[enterprise].uscc)
  })

  it.each([
    ['admin', ['enterpriseA', 'enterpriseB']],
    ['staffA', ['enterpriseA']],
    ['enterpriseB', ['enterpriseB']],
    ['expertA', []],
  ] as const)('%s lists only what it may read', async (key, visible) => {
    const page = await readJson(await t.app.request('/v1/enterprises?limit=100', { headers: w.keys[key].headers }), 'listEnterprises')
    const ids = page.items.map((e: { id: string }) => e.id)
    for (const name of ['enterpriseA', 'enterpriseB'] as const) {
      expect(ids.includes(w[name].id), `${key} sees ${name}`).toBe((visible as readonly string[]).includes(name))
    }
  })

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: '长治市华晟光伏材料有限公司',
    uscc: validUscc(),
    parkId: w.parkA.id,
    size: 'medium',
    industries: ['new_materials'],
    ...overrides,
  })

  it.each([
    ['admin', 'parkB', 201],
    ['staffA', 'parkA', 201],
    ['staffA', 'parkB', 403],
    ['enterpriseA', 'parkA', 403],
    ['expertA', 'parkA', 403],
  ] as const)('%s registering in %s → %i', async (key, park, status) => {
    const res = await t.app.request('/v1/enterprises', json('POST', body({ parkId: w[park].id }), w.keys[key].headers))
    expect(res.status).toBe(status)
  })

  it.each([
    ['91140400MA0GRXDY5', 'length'],
    ['91140400MA0GRXDY5I', 'characters'],
    ['9114A400MA0GRXDY57', 'division'],
    ['91140400MA0GRXDY58', 'check'],
  ])('a USCC %s (%s) is a 400 naming body.uscc', async (uscc) => {
    const res = await t.app.request('/v1/enterprises', json('POST', body({ uscc }), w.keys.admin.headers))
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.uscc' })])
    expect(problem.errors![0]!.message).toContain('统一社会信用代码')
  })

  it('accepts a lower-case USCC as the same code, and refuses a duplicate with 409', async () => {
    const uscc = validUscc()
    const first = await t.app.request('/v1/enterprises', json('POST', body({ uscc: uscc.toLowerCase() }), w.keys.admin.headers))
    expect(first.status).toBe(201)
    expect((await readJson(first, 'createEnterprise')).uscc).toBe(uscc)
    const again = await t.app.request('/v1/enterprises', json('POST', body({ uscc, name: '另一家公司' }), w.keys.admin.headers))
    expect(again.status).toBe(409)
    expect((await readProblem(again)).code).toBe('conflict')
  })

  it.each([
    [{ size: 'huge' }, 'body.size'],
    [{ parkId: 'nope' }, 'body.parkId'],
    [{ parkId: '00000000-0000-4000-8000-000000000000' }, 'body.parkId'],
    [{ industries: ['alchemy'] }, 'body.industries'],
    [{ contactEmail: 'not-an-email' }, 'body.contactEmail'],
    [{ name: '' }, 'body.name'],
  ])('rejects %j naming %s', async (overrides, path) => {
    const res = await t.app.request('/v1/enterprises', json('POST', body(overrides), w.keys.admin.headers))
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors!.map((e: { path: string }) => e.path)).toContain(path)
  })

  it.each([
    ['enterpriseA', 'enterpriseA', 200],
    ['staffA', 'enterpriseA', 200],
    ['admin', 'enterpriseB', 200],
    ['enterpriseA', 'enterpriseB', 404],
    ['staffB', 'enterpriseA', 404],
    ['expertA', 'enterpriseA', 404],
  ] as const)('%s changing %s → %i', async (key, enterprise, status) => {
    const res = await patch(w[enterprise].id, { contactName: `联系人${key}` }, key)
    expect(res.status).toBe(status)
  })

  it('only admins move an enterprise to another park, and its needs follow', async () => {
    const need = await t.app.request('/v1/needs', json('POST', {
      title: '光伏硅片切割废砂浆回收', industryCode: 'new_materials', problem: '碳化硅回收纯度不足', kind: 'transfer',
    }, w.keys.enterpriseA.headers))
    expect(need.status).toBe(201)
    const station = await t.app.request('/v1/workstations', json('POST', {
      name: '光伏材料专家工作站', kind: 'expert_station', hostEnterpriseId: w.enterpriseA.id, leadExpertId: w.expertA.id,
    }, w.keys.admin.headers))
    expect(station.status).toBe(201)
    expect((await patch(w.enterpriseA.id, { parkId: w.parkB.id }, 'enterpriseA')).status).toBe(403)
    expect((await patch(w.enterpriseA.id, { parkId: w.parkB.id }, 'staffA')).status).toBe(403)
    const moved = await patch(w.enterpriseA.id, { parkId: w.parkB.id }, 'admin')
    expect(moved.status).toBe(200)
    const movedNeed = await readJson(await t.app.request(`/v1/needs/${(await readJson(need, 'createNeed')).id}`, { headers: w.keys.admin.headers }), 'getNeed')
    expect(movedNeed.parkId).toBe(w.parkB.id)
    const movedStation = await readJson(await t.app.request(`/v1/workstations/${(await readJson(station, 'createWorkstation')).id}`, { headers: w.keys.admin.headers }), 'getWorkstation')
    expect(movedStation.parkId).toBe(w.parkB.id)
    expect((await patch(w.enterpriseA.id, { parkId: w.parkA.id }, 'admin')).status).toBe(200)
  })

  it('the USCC cannot be changed', async () => {
    const res = await patch(w.enterpriseA.id, { uscc: validUscc() }, 'admin')
    expect(res.status).toBe(400)
  })

  it('filters by park, key flag and text', async () => {
    await t.app.request('/v1/enterprises', json('POST', body({ name: '潞安重点示范企业', isKey: true }), w.keys.admin.headers))
    const key = await readJson(await t.app.request(`/v1/enterprises?isKey=true&parkId=${w.parkA.id}`, { headers: w.keys.admin.headers }), 'listEnterprises')
    expect(key.items.map((e: { name: string }) => e.name)).toEqual(['潞安重点示范企业'])
    const byUscc = await readJson(await t.app.request(`/v1/enterprises?q=${w.enterpriseB.uscc.toLowerCase()}`, { headers: w.keys.admin.headers }), 'listEnterprises')
    expect(byUscc.items.map((e: { id: string }) => e.id)).toEqual([w.enterpriseB.id])
  })

  it('writes an audit entry visible to the park staff of its park', async () => {
    const res = await t.app.request(`/v1/audit-events?entityType=enterprise&entityId=${w.enterpriseA.id}`, { headers: w.keys.staffA.headers })
    const actions = (await readJson(res, 'listAuditEvents')).items.map((e) => `${e.action}:${e.actorRole}`)
    expect(actions).toContain('enterprise.update:park_staff')
    expect(actions).toContain('enterprise.update:enterprise')
  })
})
