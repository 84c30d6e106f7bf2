import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type World, createWorld, validUscc } from '../helpers/fixtures.js'
import { encodeGb18030 } from '../helpers/gb18030.js'
import { projectRoot } from '../helpers/server-process.js'

const run = promisify(execFile)

/** `npm run import -- …` against this file's database (PGlite's socket or PostgreSQL alike). */
async function importCli(url: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '1' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run import', () => {
  let t: TestApp
  let w: World
  let dir: string
  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    dir = await mkdtemp(path.join(os.tmpdir(), 'import-cli-'))
  })
  afterAll(() => t.close())

  it('imports a GB18030 CSV of enterprises into --park, shows progress, and updates on a second run', async () => {
    const codes = [validUscc(810_001), validUscc(810_002)]
    const file = path.join(dir, '园区企业名录.csv')
    await writeFile(file, encodeGb18030(`企业名称,统一社会信用代码,规模,产业链\r\n长治市鑫源新材料有限公司,${codes[0]},中型,new_materials\r\n潞城区恒泰化工有限公司,${codes[1]},小型,modern_coal_chemical；hydrogen\r\n`))

    const first = await importCli(t.db.url, file, '--park', w.parkA.id)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/enterprises, gb18030, 2 rows/)
    expect(first.stdout).toMatch(/created {2}2\n {2}updated {2}0\n {2}rejected 0/)
    expect(first.stderr).toMatch(/enterprises +\[#+\] 100% 2 rows/)
    const stored = await t.db.sql<{ name: string; parkId: string; industries: string[] }[]>`
      select name, park_id, industries from enterprises where uscc = any(${codes}::text[]) order by uscc`
    expect(stored).toEqual([
      { name: '长治市鑫源新材料有限公司', parkId: w.parkA.id, industries: ['new_materials'] },
      { name: '潞城区恒泰化工有限公司', parkId: w.parkA.id, industries: ['modern_coal_chemical', 'hydrogen'] },
    ])
    const audit = await t.db.sql<{ actorKeyId: string | null; actorRole: string; requestId: string }[]>`
      select actor_key_id, actor_role, request_id from audit_events where action = 'enterprise.create' and after->>'uscc' = ${codes[0]!}`
    expect(audit).toEqual([{ actorKeyId: null, actorRole: 'admin', requestId: expect.stringMatching(/^cli-import-/) }])

    const second = await importCli(t.db.url, file, '--park', w.parkA.id)
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/created {2}0\n {2}updated {2}2/)
  }, 60_000)

  it('exits 1 when a row is rejected, naming its line; the other rows are imported; --report writes every row', async () => {
    const file = path.join(dir, 'needs.ndjson')
    await writeFile(
      file,
      [
        { enterpriseUscc: w.enterpriseA.uscc, title: '命令行导入的需求', industryCode: 'new_materials', problem: '问题', kind: 'consulting' },
        { enterpriseUscc: w.enterpriseA.uscc, title: '', industryCode: 'new_materials', problem: '问题', kind: 'consulting' },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    )
    const report = path.join(dir, 'report.json')
    const result = await importCli(t.db.url, file, '--report', report)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/created {2}1/)
    expect(result.stdout).toMatch(/line 2: validation_failed: 标题 title（body\.title）：不能为空/)
    const written = JSON.parse(await readFile(report, 'utf8'))
    expect(written).toMatchObject({ kind: 'needs', format: 'ndjson', summary: { rows: 2, created: 1, rejected: 1 } })
    expect(await t.db.sql`select 1 from needs where title = '命令行导入的需求'`).toHaveLength(1)
  }, 60_000)

  it.each([
    [['rows.csv'], /--kind experts\|enterprises\|needs/],
    [['experts.xlsx'], /name a \.csv or \.ndjson/],
    [['experts.csv', '--kind', 'societies'], /--kind must be one of/],
    [['experts.csv', '--park', 'gaoxin'], /--park takes a park id/],
  ])('refuses %j', async (args, message) => {
    const result = await importCli(t.db.url, ...args)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
  })
})
