import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

describe('parks and industries', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it.each(['admin', 'staffA', 'enterpriseB', 'expertA'] as const)('%s reads every park and the industry list', async (key) => {
    const parks = await readJson(await t.app.request('/v1/parks', { headers: w.keys[key].headers }), 'listParks')
    expect(parks.items.map((p: { id: string }) => p.id).sort()).toEqual([w.parkA.id, w.parkB.id].sort())
    expect((await t.app.request(`/v1/parks/${w.parkB.id}`, { headers: w.keys[key].headers })).status).toBe(200)
    const industries = await readJson(await t.app.request('/v1/industries', { headers: w.keys[key].headers }), 'listIndustries')
    expect(industries.items.map((i: { code: string }) => i.code)).toContain('modern_coal_chemical')
  })

  const park = { name: '上党经济技术开发区', regionCode: '140404', keyIndustries: ['hydrogen'] }

  it.each([
    ['admin', 201],
    ['staffA', 403],
    ['enterpriseA', 403],
    ['expertA', 403],
  ] as const)('%s creating a park → %i', async (key, status) => {
    const res = await t.app.request('/v1/parks', json('POST', { ...park, name: `${park.name}${key}` }, w.keys[key].headers))
    expect(res.status).toBe(status)
  })

  it.each([
    [{ ...park, regionCode: '14040' }, 'body.regionCode'],
    [{ ...park, regionCode: '040400' }, 'body.regionCode'],
    [{ ...park, keyIndustries: ['alchemy'] }, 'body.keyIndustries'],
    [{ regionCode: '140404' }, 'body.name'],
  ])('rejects %j naming %s', async (body, path) => {
    const res = await t.app.request('/v1/parks', json('POST', body, w.keys.admin.headers))
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors!.map((e: { path: string }) => e.path)).toContain(path)
  })

  it.each([
    ['admin', 200],
    ['staffA', 403],
    ['enterpriseA', 403],
  ] as const)('%s changing a park → %i', async (key, status) => {
    const etag = (await t.app.request(`/v1/parks/${w.parkA.id}`, { headers: w.keys.admin.headers })).headers.get('etag')!
    const res = await t.app.request(`/v1/parks/${w.parkA.id}`, json('PATCH', { description: `由${key}修改` }, { ...w.keys[key].headers, 'if-match': etag }))
    expect(res.status).toBe(status)
  })

  it('filters by region as an area: 长治市 (140400) covers the park in 上党区 (140404)', async () => {
    const names = async (regionCode: string) =>
      (await readJson(await t.app.request(`/v1/parks?regionCode=${regionCode}`, { headers: w.keys.admin.headers }), 'listParks')).items
        .map((p: { name: string }) => p.name)
        .sort()
    const shangdang = `${park.name}admin` // created by the admin above
    expect(await names('140404')).toEqual([shangdang])
    expect(await names('140400')).toEqual([w.parkA.name, shangdang].sort())
    expect(await names('140000')).toEqual([w.parkA.name, w.parkB.name, shangdang].sort())
    expect(await names('140402')).toEqual([])
    expect((await t.app.request('/v1/parks?regionCode=1404', { headers: w.keys.admin.headers })).status).toBe(400)
  })

  it('a duplicate park name is a 409; an unknown park a 404', async () => {
    const res = await t.app.request('/v1/parks', json('POST', { ...park, name: w.parkA.name }, w.keys.admin.headers))
    expect(res.status).toBe(409)
    expect((await t.app.request('/v1/parks/00000000-0000-4000-8000-000000000000', { headers: w.keys.admin.headers })).status).toBe(404)
  })

  it('admins add industries; duplicates are 409; others 403', async () => {
    const body = { code: 'green_building_materials', name: '绿色建材' }
    expect((await t.app.request('/v1/industries', json('POST', body, w.keys.staffA.headers))).status).toBe(403)
    expect((await t.app.request('/v1/industries', json('POST', body, w.keys.admin.headers))).status).toBe(201)
    expect((await t.app.request('/v1/industries', json('POST', body, w.keys.admin.headers))).status).toBe(409)
    const bad = await t.app.request('/v1/industries', json('POST', { code: 'Bad Code', name: 'x' }, w.keys.admin.headers))
    expect((await readProblem(bad)).errors![0]!.path).toBe('body.code')
  })
})
