import { spawn } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_ADMIN_KEY } from '../seed/demo.js'
import { createTestDatabase } from './helpers/database.js'
import { readJson } from './helpers/http.js'
import { freePort, projectRoot, spawnServer, waitForReady } from './helpers/server-process.js'

const onServer = Boolean(process.env.TEST_DATABASE_URL)

function runTour(baseUrl: string, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [path.join(projectRoot, 'scripts/tour.sh')], { cwd, env: { ...process.env, BASE_URL: baseUrl } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

/** scripts/tour.sh, docs/tour.md's "A tour with curl", against a freshly started server with the demo. */
describe(`the README tour (${onServer ? 'DATABASE_URL' : 'embedded'})`, () => {
  it('runs from a posted need to the KPIs on a fresh server', { timeout: 240_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kechuang-tour-data-'))
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'kechuang-tour-'))
    const serverDb = onServer ? await createTestDatabase() : undefined
    const env: Record<string, string> = serverDb ? { DATABASE_URL: serverDb.url, SEED_DEMO: 'true' } : { DATA_DIR: dataDir }
    // The tour's own receiver listens on 127.0.0.1: the server is told local targets are allowed.
    const server = spawnServer({ ...env, PORT: String(await freePort()), LOG_LEVEL: 'warn', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    try {
      await waitForReady(server)
      // Straight after start, while the demo is still being indexed: the tour waits for candidates itself.
      const tour = await runTour(server.baseUrl, workDir)
      expect(tour.code, `${tour.stdout}\n${tour.stderr}\n${server.output()}`).toBe(0)
      const lines = tour.stdout.trim().split('\n')
      expect(lines).toContain('invitation accepted')
      expect(lines).toContain('contract completed, review pending')
      expect(lines).toContain('review verified')
      expect(lines).toContain('need resolved')
      // 揭榜: the need is recommended to the expert, its proposal accepted, and the expert's receiver
      // verified the signed deliveries with standardwebhooks.
      expect(tour.stdout).toMatch(/^recommended 煤矸石与粉煤灰制备装配式墙板的配方与养护工艺 confidence [\d.]+ 揭榜中: .+/m)
      expect(tour.stdout).toMatch(/^proposal accepted, match \S+$/m)
      expect(lines).toContain('verified proposal.submitted')
      expect(lines).toContain('verified proposal.accepted')
      expect(tour.stdout).not.toMatch(/^refused:/m)
      // Candidates come with their reasons; the demo expert is among them.
      expect(tour.stdout).toMatch(/^expert 白涛（太原科技大学）confidence [\d.]+: .+/m)

      // The last output is the park's KPIs: every funnel stage has needs, the tour's contract among them.
      const summary = JSON.parse(tour.stdout.slice(tour.stdout.lastIndexOf('\n{') + 1))
      const stages = summary.funnel.split(' → ').map((stage: string) => Number(stage.split(' ')[1]))
      expect(stages).toHaveLength(6)
      for (const count of stages) expect(count).toBeGreaterThan(0)
      expect(summary.contracts).toBeGreaterThan(0)
      expect(summary.verified).toBeGreaterThan(0)
      expect(summary.verifiedValueYuan).toBeGreaterThanOrEqual(300_000)
      expect(summary.pairingCoverage).toBeGreaterThan(0)
      expect(summary.answeredBy.proposal).toBeGreaterThan(0)
      expect(tour.stdout).toMatch(/^funnel,posted,发布需求,count,\d+,\d+$/m)
      expect(await readFile(path.join(workDir, 'funnel.svg'), 'utf8')).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s\S]*需求对接漏斗[\s\S]*<\/svg>\s*$/)

      // What the tour did is in the database as it says.
      const needId = /^need: (\S+)$/m.exec(tour.stdout)![1]
      const admin = { authorization: `Bearer ${DEMO_ADMIN_KEY}` }
      const need = await readJson(await fetch(`${server.baseUrl}/v1/needs/${needId}`, { headers: admin }), 'getNeed')
      expect(need.status).toBe('resolved')
      const contracts = await readJson(await fetch(`${server.baseUrl}/v1/contracts?needId=${needId}`, { headers: admin }), 'listContracts')
      expect(contracts.items.map((row: any) => [row.status, row.reviewStatus, row.valueFen])).toEqual([['completed', 'verified', 30_000_000]])
    } finally {
      await server.stop()
      await serverDb?.close()
    }
  })
})
