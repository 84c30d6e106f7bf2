import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { readProblem } from '../helpers/http.js'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** The log lines the app wrote while `send` ran (the logger writes JSON lines to the console). */
async function logged(send: () => Response | Promise<Response>): Promise<{ res: Response; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = []
  const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(JSON.parse(line)))
  try {
    return { res: await send(), lines }
  } finally {
    spy.mockRestore()
  }
}

describe('request ids', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({}, { LOG_LEVEL: 'info' })
  })
  afterAll(() => t.close())

  it('are always the server\'s own; a client\'s X-Request-Id is kept apart as clientRequestId', async () => {
    const { res, lines } = await logged(() => t.app.request('/v1/needs', { headers: { 'x-request-id': 'abc' } }))
    expect(res.status).toBe(401)
    const requestId = res.headers.get('x-request-id')
    expect(requestId).toMatch(uuid)
    expect((await readProblem(res)).requestId).toBe(requestId)
    expect(lines.find((line) => line.message === 'request')).toMatchObject({ requestId, clientRequestId: 'abc', status: 401 })
  })

  it.each([
    ['too long', 'x'.repeat(129)],
    ['with a space', 'a b'],
    ['with a quote', 'a"b'],
  ])('drop a client X-Request-Id %s', async (_, sent) => {
    const { res, lines } = await logged(() => t.app.request('/healthz', { headers: { 'x-request-id': sent } }))
    expect(res.headers.get('x-request-id')).toMatch(uuid)
    const line = lines.find((l) => l.message === 'request')
    expect(line).toMatchObject({ requestId: res.headers.get('x-request-id') })
    expect(line).not.toHaveProperty('clientRequestId')
  })
})
