import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { revokeApiKey } from '../../src/modules/accounts/queries.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createKey, createWorld } from '../helpers/fixtures.js'
import { readJson, readProblem } from '../helpers/http.js'

describe('authentication', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it.each([
    ['no header', {}],
    ['basic auth', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ['malformed key', { authorization: 'Bearer not-a-key' }],
    ['unknown key', { authorization: `Bearer kcm_${'A'.repeat(32)}` }],
  ])('%s is a 401 problem with a challenge', async (_, headers) => {
    const res = await t.app.request('/v1/needs', { headers })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await readProblem(res)).code).toBe('unauthenticated')
  })

  it('a revoked key stops working at once', async () => {
    const key = await createKey(t.db.sql, 'park_staff', { parkId: w.parkA.id })
    expect((await t.app.request('/v1/me', { headers: key.headers })).status).toBe(200)
    await revokeApiKey(t.db.sql, key.id)
    expect((await t.app.request('/v1/me', { headers: key.headers })).status).toBe(401)
  })

  it('stores only a hash of the key', async () => {
    const rows = await t.db.sql<{ keyHash: string; prefix: string }[]>`select key_hash, prefix from api_keys where id = ${w.keys.admin.id}`
    expect(rows[0]!.keyHash).toMatch(/^[0-9a-f]{64}$/)
    expect(rows[0]!.keyHash).not.toContain(w.keys.admin.key.slice(4))
    expect(w.keys.admin.key.startsWith(rows[0]!.prefix)).toBe(true)
  })

  it.each([
    ['admin', { role: 'admin', parkId: null, enterpriseId: null, expertId: null }],
    ['staffA', { role: 'park_staff', enterpriseId: null, expertId: null }],
    ['enterpriseA', { role: 'enterprise', expertId: null }],
    ['expertB', { role: 'expert', parkId: null, enterpriseId: null }],
  ] as const)('GET /v1/me tells %s its role and scope', async (key, expected) => {
    const me = await readJson(await t.app.request('/v1/me', { headers: w.keys[key].headers }), 'getMe')
    expect(me).toMatchObject({ ...expected, keyId: w.keys[key].id })
    // Names beside the ids, as a person recognises them.
    const [names] = await t.db.sql<{ keyName: string }[]>`select name as key_name from api_keys where id = ${w.keys[key].id}`
    expect(me.keyName).toBe(names!.keyName)
    expect(me.parkName).toBe(key === 'staffA' || key === 'enterpriseA' ? w.parkA.name : null)
    expect(me.enterpriseName).toBe(key === 'enterpriseA' ? w.enterpriseA.name : null)
    expect(me.expertName).toBe(key === 'expertB' ? w.expertB.name : null)
    if (key === 'staffA') expect(me.parkId).toBe(w.parkA.id)
    if (key === 'enterpriseA') expect(me).toMatchObject({ enterpriseId: w.enterpriseA.id, parkId: w.parkA.id })
    if (key === 'expertB') expect(me.expertId).toBe(w.expertB.id)
  })

  it('health and docs need no key', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs']) {
      expect((await t.app.request(path)).status, path).toBe(200)
    }
  })
})
