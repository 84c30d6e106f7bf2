import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

describe('webhook subscriptions', () => {
  let t: TestApp
  let strict: TestApp
  let w: World
  let ws: World

  beforeAll(async () => {
    t = await createTestApp({}, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    w = await createWorld(t.db.sql)
    strict = await createTestApp()
    ws = await createWorld(strict.db.sql)
  })
  afterAll(async () => {
    await t.close()
    await strict.close()
  })

  const create = (app: TestApp, headers: Record<string, string>, body: Record<string, unknown>) => app.app.request('/v1/webhooks', json('POST', body, headers))

  it('returns the secret once: create and rotate show it, reads never do', async () => {
    const res = await create(t, w.keys.enterpriseA.headers, { url: 'http://127.0.0.1:9/hooks', eventTypes: ['match.accepted'], description: '对接 ERP' })
    expect(res.status).toBe(201)
    const created = await readJson(res, 'createWebhookSubscription')
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    expect(created).toMatchObject({ ownerRole: 'enterprise', enterpriseId: w.enterpriseA.id, status: 'active', eventTypes: ['match.accepted'] })

    const read = await t.app.request(`/v1/webhooks/${created.id}`, { headers: w.keys.enterpriseA.headers })
    expect(read.status).toBe(200)
    const body = await read.text()
    expect(body).not.toContain(created.secret)
    expect(JSON.parse(body)).not.toHaveProperty('secret')
    const list = await readJson(await t.app.request('/v1/webhooks', { headers: w.keys.enterpriseA.headers }), 'listWebhookSubscriptions')
    expect(list.items.map((s) => s.id)).toContain(created.id)
    expect(JSON.stringify(list)).not.toContain(created.secret)

    const rotated = await readJson(await t.app.request(`/v1/webhooks/${created.id}/rotate-secret`, { method: 'POST', headers: w.keys.enterpriseA.headers }), 'rotateWebhookSecret')
    expect(rotated.secret).toMatch(/^whsec_/)
    expect(rotated.secret).not.toBe(created.secret)
    const trail = await t.db.sql<{ action: string; after: string }[]>`select action, after::text from audit_events where entity_type = 'webhook' and entity_id = ${created.id} order by id`
    expect(trail.map((e) => e.action)).toEqual(['webhook.create', 'webhook.rotate_secret'])
    expect(trail.map((e) => e.after).join()).not.toContain('whsec_')
  })

  it('lets only the owner and admins read, change or delete a subscription', async () => {
    const created = await readJson(await create(t, w.keys.expertA.headers, { url: 'http://127.0.0.1:9/expert' }), 'createWebhookSubscription')
    expect(created.eventTypes).toBeNull()
    for (const other of [w.keys.expertB, w.keys.enterpriseA, w.keys.staffA]) {
      expect((await t.app.request(`/v1/webhooks/${created.id}`, { headers: other.headers })).status).toBe(404)
      expect((await t.app.request(`/v1/webhooks/${created.id}`, { method: 'DELETE', headers: other.headers })).status).toBe(404)
    }
    expect((await t.app.request(`/v1/webhooks/${created.id}`, { headers: w.keys.admin.headers })).status).toBe(200)

    const read = await t.app.request(`/v1/webhooks/${created.id}`, { headers: w.keys.expertA.headers })
    const etag = read.headers.get('etag')!
    const noMatch = await t.app.request(`/v1/webhooks/${created.id}`, json('PATCH', { description: '改' }, w.keys.expertA.headers))
    expect(noMatch.status).toBe(428)
    const patched = await t.app.request(`/v1/webhooks/${created.id}`, json('PATCH', { eventTypes: ['match.proposed'], status: 'disabled' }, { ...w.keys.expertA.headers, 'if-match': etag }))
    expect(patched.status).toBe(200)
    expect(await readJson(patched, 'updateWebhookSubscription')).toMatchObject({ eventTypes: ['match.proposed'], status: 'disabled' })
    expect((await t.app.request(`/v1/webhooks/${created.id}`, json('PATCH', { description: '改' }, { ...w.keys.expertA.headers, 'if-match': etag }))).status).toBe(412)

    expect((await t.app.request(`/v1/webhooks/${created.id}`, { method: 'DELETE', headers: w.keys.expertA.headers })).status).toBe(200)
    expect((await t.app.request(`/v1/webhooks/${created.id}`, { headers: w.keys.expertA.headers })).status).toBe(404)
  })

  it('replays a create retried with the same Idempotency-Key instead of making a second subscription', async () => {
    const headers = { ...w.keys.staffA.headers, 'idempotency-key': 'webhook-create-1' }
    const first = await create(t, headers, { url: 'http://127.0.0.1:9/park' })
    const again = await create(t, headers, { url: 'http://127.0.0.1:9/park' })
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect((await readJson(again, 'createWebhookSubscription')).id).toBe((await readJson(first, 'createWebhookSubscription')).id)
  })

  it.each([
    ['http://127.0.0.1:8080/hook', 'https'],
    ['https://127.0.0.1/hook', 'loopback'],
    ['https://10.1.2.3/hook', 'private'],
    ['https://172.20.0.1/hook', 'private'],
    ['https://192.168.1.10/hook', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'metadata'],
    ['https://169.254.10.1/hook', 'link-local'],
    ['https://[::1]/hook', 'loopback'],
    ['https://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['https://[fd00::1]/hook', 'private'],
    ['https://[fe80::1]/hook', 'link-local'],
    ['https://100.64.0.1/hook', 'NAT'],
    ['https://2130706433/hook', 'loopback'],
    ['https://localhost/hook', 'resolves to'],
    ['https://metadata.google.internal/computeMetadata/v1/', 'metadata'],
    ['ftp://example.com/hook', 'https'],
  ])('refuses %s with a 400 on the url field saying why (%s)', async (url, why) => {
    const res = await create(strict, ws.keys.enterpriseA.headers, { url })
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.url', message: expect.stringContaining(why) })])
  })

  it('takes a public address with the setting off, and refuses a forbidden one on update', async () => {
    const res = await create(strict, ws.keys.admin.headers, { url: 'https://93.184.216.34/hook' })
    expect(res.status).toBe(201)
    const created = await readJson(res, 'createWebhookSubscription')
    const patch = (url: string, etag: string) => strict.app.request(`/v1/webhooks/${created.id}`, json('PATCH', { url }, { ...ws.keys.admin.headers, 'if-match': etag }))
    const refused = await patch('https://10.0.0.8/x', res.headers.get('etag')!)
    expect(refused.status).toBe(400)
    expect((await readProblem(refused)).errors).toEqual([expect.objectContaining({ path: 'body.url', message: expect.stringContaining('private') })])
    expect((await patch('https://[2606:4700:4700::1111]/x', res.headers.get('etag')!)).status).toBe(200)
  })
})
