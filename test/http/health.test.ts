import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app.js'
import { createSql } from '../../src/platform/db/client.js'
import { checksumOf } from '../../src/platform/db/migration-files.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type Schema, readJson, readProblem } from '../helpers/http.js'

describe('health', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('GET /healthz answers without the database', async () => {
    const res = await t.app.request('/healthz')
    expect(res.status).toBe(200)
    expect(await readJson(res, 'getLiveness')).toMatchObject({ status: 'ok' })
  })

  it('GET /readyz is 200 with database, migrations and pgvector checked', async () => {
    const res = await t.app.request('/readyz')
    expect(res.status).toBe(200)
    const body = await readJson(res, 'getReadiness')
    expect(body.status).toBe('ready')
    const byName = Object.fromEntries(body.checks.map((check) => [check.name, check]))
    expect(byName.database!.ok).toBe(true)
    expect(byName.migrations!.detail).toBe(`${t.deps.migrations.length} of ${t.deps.migrations.length} applied`)
    expect(byName.vector!.detail).toMatch(/^pgvector 0\.8\./)
  })

  it('GET /readyz is 503 with a problem when a migration is pending', async () => {
    const ahead = [...t.deps.migrations, { version: t.deps.migrations.length + 1, name: 'future', checksum: checksumOf('x') }]
    const app = createApp({ ...t.deps, migrations: ahead })
    const res = await app.request('/readyz')
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const problem = await readProblem(res)
    expect(problem).toMatchObject({ status: 503, code: 'service_unavailable', instance: '/readyz' })
    expect(problem.detail).toMatch(/migrations: 1 migration\(s\) pending/)
    // The failed checks ride on the problem as an extension member the document does not name.
    expect((problem.checks as Schema<'ReadinessCheck'>[]).find((c: { name: string }) => c.name === 'migrations')!.ok).toBe(false)
  })

  it('GET /readyz is 503 when the vector extension is missing', async () => {
    await t.db.sql.begin(async (tx) => {
      await tx`drop extension vector cascade`
      const app = createApp({ ...t.deps, openDatabase: () => ({ sql: tx as never, release: () => {} }) })
      const res = await app.request('/readyz')
      expect(res.status).toBe(503)
      expect((await readProblem(res)).detail).toMatch(/vector: extension "vector" is not installed/)
      throw new RollbackSentinel()
    }).catch((error) => {
      if (!(error instanceof RollbackSentinel)) throw error
    })
    expect((await t.app.request('/readyz')).status).toBe(200)
  })

  it('GET /readyz is 503 without leaking connection details when the database is unreachable', async () => {
    const unreachable = createSql('postgres://postgres@127.0.0.1:1/none', { max: 1, connectTimeoutSeconds: 1 })
    const app = createApp({ ...t.deps, openDatabase: () => ({ sql: unreachable, release: () => {} }) })
    const res = await app.request('/readyz')
    expect(res.status).toBe(503)
    const text = await res.text()
    expect(text).toContain('database: unreachable')
    expect(text).not.toContain('127.0.0.1')
    expect(res.headers.get('retry-after')).toBe('5')
    await unreachable.end()
  })
})

class RollbackSentinel extends Error {}
