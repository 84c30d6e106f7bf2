import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenAPI3 } from 'openapi-typescript'
import { createApp } from '../../src/http/app.js'
import { buildOpenApiDocument } from '../../src/platform/http/openapi.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { createWorld } from '../helpers/fixtures.js'
import { readJson, readProblem } from '../helpers/http.js'

describe('app', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.app.request('/nothing-here')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const problem = await readProblem(res)
    expect(problem).toMatchObject({ status: 404, code: 'not_found', instance: '/nothing-here', title: '未找到 · Not found' })
    expect(problem.type).toMatch(/^https:\/\//)
    expect(problem.requestId).toBe(res.headers.get('x-request-id'))
  })

  it('answers a wrong method with a 405 problem and Allow', async () => {
    const res = await t.app.request('/readyz', { method: 'DELETE' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect((await readProblem(res)).code).toBe('method_not_allowed')
  })

  it('refuses a body over 1 MiB with a 413 problem', async () => {
    const res = await t.app.request('/healthz', {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(413)
    expect((await readProblem(res)).code).toBe('payload_too_large')
  })

  it('takes an empty POST (announced as content-length 0 or not announced) without a content type; any other body must be JSON', async () => {
    const w = await createWorld(t.db.sql)
    const path = `/v1/matches/${crypto.randomUUID()}/accept`
    // HTTP clients send an action without a body as content-length 0; the server still sees a body stream.
    const empty = await t.app.request(path, { method: 'POST', body: '', headers: { ...w.keys.expertA.headers, 'content-length': '0' } })
    expect(empty.status).toBe(404)
    // curl -X POST sends neither a length nor a body: an empty stream, also no body.
    const stream = new ReadableStream({ start: (controller) => controller.close() })
    const unannounced = await t.app.request(new Request(`http://localhost${path}`, { method: 'POST', body: stream, headers: w.keys.expertA.headers, duplex: 'half' } as RequestInit))
    expect(unannounced.status).toBe(404)
    const text = await t.app.request(path, { method: 'POST', body: 'x', headers: { ...w.keys.expertA.headers, 'content-type': 'text/plain' } })
    expect(text.status).toBe(415)
  })

  it('serves the docs page with its assets from the installed package', async () => {
    const page = await t.app.request('/docs')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('src="/docs/assets/swagger-ui-bundle.js"')
    // No CDN: the page must work offline and where foreign CDNs are slow or blocked.
    expect(html).not.toMatch(/https?:\/\/|(src|href)="\/\//)
    const init = await (await t.app.request('/docs/init.js')).text()
    expect(init).toContain("url: '/openapi.json'")
    const bundle = await t.app.request('/docs/assets/swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
    expect(bundle.headers.get('content-type')).toMatch(/javascript/)
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000)
    expect((await t.app.request('/docs/assets/package.json')).status).toBe(404)
  })

  it('sends the docs page\'s large files compressed to a browser that accepts it, and the same bytes once decompressed', async () => {
    for (const path of ['/openapi.json', '/docs/assets/swagger-ui-bundle.js']) {
      const plain = await t.app.request(path)
      const zipped = await t.app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
      expect(plain.headers.get('content-encoding')).toBeNull()
      expect(zipped.headers.get('content-encoding')).toBe('gzip')
      const original = Buffer.from(await plain.arrayBuffer())
      const compressed = Buffer.from(await zipped.arrayBuffer())
      expect(gunzipSync(compressed).equals(original)).toBe(true)
      expect(compressed.length * 3, path).toBeLessThan(original.length)
    }
    // API answers are not compressed: they are small, and the CPU is better spent on requests.
    const w = await createWorld(t.db.sql)
    const me = await t.app.request('/v1/me', { headers: { 'accept-encoding': 'gzip', ...w.keys.admin.headers } })
    expect(me.headers.get('content-encoding')).toBeNull()
  })

  it('leads a person who opens the bare address to the docs page', async () => {
    const res = await t.app.request('/')
    expect([res.status, res.headers.get('location')]).toEqual([302, '/docs'])
  })

  it('loads Swagger UI from elsewhere only when an operator sets DOCS_ASSETS_URL', async () => {
    const app = createApp({ ...t.deps, config: { ...t.config, DOCS_ASSETS_URL: 'https://assets.example.cn/swagger/' } })
    expect(await (await app.request('/docs')).text()).toContain('href="https://assets.example.cn/swagger/swagger-ui.css"')
  })

  it('serves the same OpenAPI document as openapi/openapi.json (run `npm run openapi`)', async () => {
    const res = await t.app.request('/openapi.json')
    expect(res.status).toBe(200)
    const served = (await readJson(res)) as OpenAPI3
    const committed = JSON.parse(await readFile(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'))
    expect(served).toEqual(committed)
    expect(served).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(t.app))))
    expect(served.openapi).toBe('3.1.0')
    expect(served.components!.securitySchemes!.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' })
  })
})
