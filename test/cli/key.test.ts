import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createWorld } from '../helpers/fixtures.js'
import { readJson } from '../helpers/http.js'
import { projectRoot } from '../helpers/server-process.js'

const run = promisify(execFile)

/** `npm run key -- …` against this file's database (PGlite's socket or PostgreSQL alike). */
async function keyCli(url: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/key.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '1' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run key', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it('creates a scoped key, printed once, that the API accepts; lists and revokes it', async () => {
    const created = await keyCli(t.db.url, 'create', '--role', 'park_staff', '--scope', w.parkA.id, '--name', '高新区 张主任')
    expect(created.code).toBe(0)
    const key = created.stdout.match(/kcm_[A-Za-z0-9]{32}/)?.[0]
    expect(key).toBeDefined()
    const me = await t.app.request('/v1/me', { headers: { authorization: `Bearer ${key}` } })
    expect(await readJson(me, 'getMe')).toMatchObject({ role: 'park_staff', parkId: w.parkA.id })

    const listed = await keyCli(t.db.url, 'list')
    expect(listed.stdout).toContain(key!.slice(0, 12))
    expect(listed.stdout).not.toContain(key)

    const revoked = await keyCli(t.db.url, 'revoke', key!.slice(0, 12))
    expect(revoked.code).toBe(0)
    expect((await t.app.request('/v1/me', { headers: { authorization: `Bearer ${key}` } })).status).toBe(401)
  }, 60_000)

  it.each([
    [['create', '--role', 'wizard'], /--role must be one of/],
    [['create', '--role', 'park_staff'], /a park_staff key needs parkId/],
    [['create', '--role', 'admin', '--scope', '00000000-0000-4000-8000-000000000000'], /admin key has no scope/],
    [['create', '--role', 'expert', '--scope', '00000000-0000-4000-8000-000000000000'], /does not exist/],
    [['revoke', 'kcm_nosuchkey'], /no active key/],
  ])('refuses %j', async (args, message) => {
    const result = await keyCli(t.db.url, ...args)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
  }, 60_000)
})
