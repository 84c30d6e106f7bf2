import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { securityHeaders } from '../src/http/middleware/response-headers.js'
import { createTestDatabase } from './helpers/database.js'
import { freePort, projectRoot, spawnServer, waitForReady } from './helpers/server-process.js'
import { readJson } from './helpers/http.js'

const onServer = Boolean(process.env.TEST_DATABASE_URL)

/** `npm run build` and `npm run start:prod`: the server compiled to JavaScript, run by plain node. */
describe(`the compiled server (${onServer ? 'DATABASE_URL' : 'embedded'})`, () => {
  it('builds, starts without a TypeScript loader, migrates and answers /readyz', { timeout: 120_000 }, async () => {
    // Into test-output/, so the build a developer has in dist/ is left alone.
    const outdir = path.join('test-output', `build-${process.pid}`)
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], { cwd: projectRoot, stdio: 'pipe' })
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kechuang-build-'))
    const serverDb = onServer ? await createTestDatabase() : undefined
    const env: Record<string, string> = serverDb ? { DATABASE_URL: serverDb.url } : { DATA_DIR: dataDir }
    const server = spawnServer({ ...env, PORT: String(await freePort()) }, [path.join(outdir, 'src/server.js')])
    try {
      await waitForReady(server)
      const res = await fetch(`${server.baseUrl}/readyz`)
      expect((await readJson(res, 'getReadiness')).status).toBe('ready')
      expect(server.output()).toMatch(/"message":"migration applied","version":1/)
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
      for (const [name, value] of securityHeaders) expect(res.headers.get(name)).toBe(value)
      const docs = await fetch(`${server.baseUrl}/docs/assets/swagger-ui.css`)
      expect(docs.status).toBe(200)
      await docs.arrayBuffer()
      expect(await server.stop()).toBe(0)
    } finally {
      await server.stop()
      await serverDb?.close()
      await rm(dataDir, { recursive: true, force: true })
      await rm(path.join(projectRoot, outdir), { recursive: true, force: true })
    }
  })
})
