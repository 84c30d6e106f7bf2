import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createWorld } from '../helpers/fixtures.js'

describe('the Authorization scheme', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it.each(['Bearer', 'bearer', 'BEARER', 'bEaReR'])('is matched without regard to case (RFC 9110 §11.1): %s', async (scheme) => {
    const res = await t.app.request('/v1/me', { headers: { authorization: `${scheme} ${w.keys.admin.key}` } })
    expect(res.status).toBe(200)
  })

  it('but the key is: the same key in other case is unknown', async () => {
    const key = w.keys.admin.key
    const otherCase = `kcm_${key.slice(4).replace(/[a-z]/gi, (ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()))}`
    expect(otherCase).not.toBe(key)
    const res = await t.app.request('/v1/me', { headers: { authorization: `bearer ${otherCase}` } })
    expect(res.status).toBe(401)
  })
})
