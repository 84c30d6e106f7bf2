/**
 * Bulk import at scale: writes a CSV of N rows (default 50,000 enterprises with valid USCCs, or
 * experts), imports it through the same path as `POST /v1/import/{kind}` and `npm run import`
 * (stream → decode → CSV → zod → domain create/update in batches → audit + outbox), then imports it
 * again (every row an update by natural key). Prints time, rows/s and the peak memory sampled
 * every 20 ms: RSS (which for PGlite includes the database itself, running in this process) and
 * the JavaScript heap in use (the importer's own memory).
 *
 *   npm run bench:import                                   # 50k enterprises, PGlite (files in a temp dir)
 *   npm run bench:import -- --rows 2000 --db pglite        # small
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:import -- --db postgres
 *   npm run bench:import -- --kind experts --rows 10000
 *
 * PostgreSQL: a database `bench_import_<pid>` is created on the server and dropped afterwards.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { createBenchDatabase, dropBenchDatabase } from '../src/platform/db/bench.js'
import { type Sql, createSql } from '../src/platform/db/client.js'
import { openEmbeddedSql } from '../src/platform/db/embedded.js'
import { findIndustry, insertIndustry } from '../src/modules/registry/industries/queries.js'
import { loadMigrationFiles } from '../src/platform/db/migration-files.js'
import { migrate } from '../src/platform/db/migrations.js'
import { insertPark } from '../src/modules/registry/parks/queries.js'
import { importRecords } from '../src/modules/imports/service.js'
import { usccCheckCharacter } from '../src/core/uscc.js'
import { openImportRecords } from '../src/modules/imports/files.js'
import { type ImportKind, importSpecs } from '../src/modules/imports/model.js'
// Wires how records follow each other across modules (a need's engagements, an enterprise's park).
import '../src/modules/index.js'

type DbKind = 'pglite' | 'postgres'

function parseOptions(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`)
    return index === -1 ? undefined : argv[index + 1]
  }
  const rows = Number((value('rows') ?? '50000').replace(/k$/i, '000'))
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows takes a positive integer')
  const kind = (value('kind') ?? 'enterprises') as ImportKind
  if (kind !== 'enterprises' && kind !== 'experts') throw new Error('--kind is enterprises or experts')
  const db = value('db') ?? 'pglite'
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new Error('--db is pglite, postgres or both')
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL
  if (db !== 'pglite' && !serverUrl) throw new Error(`--db ${db} needs BENCH_DATABASE_URL or DATABASE_URL`)
  const batch = Number(value('batch') ?? '500')
  return { rows, kind, dbs: (db === 'both' ? ['pglite', 'postgres'] : [db]) as DbKind[], serverUrl, batch }
}

const industries = [
  { code: 'new_materials', name: '新材料', description: '' },
  { code: 'modern_coal_chemical', name: '现代煤化工', description: '' },
  { code: 'hydrogen', name: '氢能', description: '' },
]
const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const given = ['建国', '海峰', '立新', '明远', '晓东', '红梅', '志强', '丽华', '国栋', '文博']
const places = ['长治', '潞州', '上党', '屯留', '襄垣', '沁县']
const trades = ['光电材料', '煤化工', '氢能装备', '精细化工', '新材料', '智能制造']

function uscc(n: number): string {
  const body = `91140400${String(n).padStart(9, '0')}`
  return body + usccCheckCharacter(body)
}

/** The file, written as a stream; Chinese text, quoted cells and lists as a real export has them. */
async function writeFile(file: string, kind: ImportKind, rows: number): Promise<void> {
  const out = createWriteStream(file)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  if (kind === 'enterprises') {
    await write('企业名称,统一社会信用代码,规模,产业链,重点企业,联系人,联系电话,企业简介\r\n')
    for (let i = 0; i < rows; i++) {
      const name = `${places[i % places.length]}${trades[i % trades.length]}${i}有限公司`
      await write(`${name},${uscc(i + 1)},${['小型', '中型', '大型'][i % 3]},new_materials;${industries[1 + (i % 2)]!.code},${i % 5 === 0 ? '是' : '否'},` +
        `${surnames[i % surnames.length]}${given[i % given.length]},0355-${String(2000000 + i).slice(-7)},"主营${trades[i % trades.length]}，年产值约${(i % 90) + 1}亿元。"\r\n`)
    }
  } else {
    await write('姓名,工作单位,职称,研究领域,关键词,可同时对接数\r\n')
    for (let i = 0; i < rows; i++) {
      await write(`${surnames[i % surnames.length]}${given[Math.floor(i / surnames.length) % given.length]}${i},${places[i % places.length]}大学,教授,` +
        `${trades[i % trades.length]};${trades[(i + 1) % trades.length]},催化剂、${trades[(i + 2) % trades.length]},${(i % 5) + 1}\r\n`)
    }
  }
  out.end()
  await once(out, 'finish')
}

interface Opened {
  sql: Sql
  label: string
  close(): Promise<void>
}

async function openDatabase(kind: DbKind, serverUrl: string | undefined, dir: string): Promise<Opened> {
  if (kind === 'pglite') {
    const { sql, close } = await openEmbeddedSql({ dataDir: path.join(dir, 'pglite') })
    return { sql, label: 'PGlite (files in a temp dir, as DATA_DIR), in this process', close }
  }
  const admin = createSql(serverUrl!, { max: 1 })
  const name = `bench_import_${process.pid}`
  await createBenchDatabase(admin, name)
  const url = new URL(serverUrl!)
  url.pathname = `/${name}`
  const sql = createSql(url.toString(), { max: 10, statementTimeoutMs: 600_000 })
  return {
    sql,
    label: `PostgreSQL ${url.hostname}:${url.port || 5432}, database ${name} (dropped afterwards)`,
    async close() {
      await sql.end({ timeout: 5 })
      await dropBenchDatabase(admin, name)
      await admin.end({ timeout: 5 })
    },
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

async function timedImport(sql: Sql, kind: ImportKind, file: string, parkId: string, batch: number) {
  const peak = { rss: 0, heapUsed: 0 }
  const sample = () => {
    const memory = process.memoryUsage()
    peak.rss = Math.max(peak.rss, memory.rss)
    peak.heapUsed = Math.max(peak.heapUsed, memory.heapUsed)
  }
  sample()
  const timer = setInterval(sample, 20)
  const startedAt = performance.now()
  const spec = importSpecs[kind]
  const opened = await openImportRecords(createReadStream(file, { highWaterMark: 256 * 1024 }), { format: 'csv', maxBytes: Number.MAX_SAFE_INTEGER, columns: spec.columns })
  const result = await importRecords(sql, { principal: { role: 'admin', keyId: '' }, requestId: 'bench-import' }, kind, opened.records, spec.validate as never, {
    defaultParkId: parkId,
    batchSize: batch,
    onProgress: (summary) => process.stderr.write(`\r  ${summary.rows} rows …  `),
  })
  const seconds = (performance.now() - startedAt) / 1000
  clearInterval(timer)
  sample()
  process.stderr.write(`\r${' '.repeat(30)}\r`)
  return { result, seconds, peak }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'))
  try {
    const file = path.join(dir, `${options.kind}.csv`)
    await writeFile(file, options.kind, options.rows)
    console.log(`bench:import — ${options.rows} ${options.kind} rows, ${mib((await stat(file)).size)} of CSV (UTF-8), batches of ${options.batch}`)
    console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${mib(os.totalmem())} memory`)
    for (const kind of options.dbs) {
      const db = await openDatabase(kind, options.serverUrl, dir)
      try {
        await migrate(db.sql, await loadMigrationFiles())
        for (const industry of industries) if (!(await findIndustry(db.sql, industry.code))) await insertIndustry(db.sql, industry)
        const park = await insertPark(db.sql, { name: '长治高新技术产业开发区', regionCode: '140400', keyIndustries: ['new_materials'] })
        global.gc?.()
        const baseline = process.memoryUsage()
        console.log(`\n${db.label}`)
        console.log(`  before       RSS ${mib(baseline.rss)}, heap used ${mib(baseline.heapUsed)}`)
        for (const run of ['create', 'update'] as const) {
          const { result, seconds, peak } = await timedImport(db.sql, options.kind, file, park.id, options.batch)
          const { summary } = result
          const expected = run === 'create' ? summary.created : summary.updated
          if (expected !== options.rows || summary.rejected > 0) throw new Error(`unexpected result: ${JSON.stringify(summary)} ${JSON.stringify(result.rejected.slice(0, 3))}`)
          console.log(
            `  ${run.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s  ${(options.rows / seconds).toFixed(0).padStart(5)} rows/s  ` +
              `peak RSS ${mib(peak.rss)}, peak heap used ${mib(peak.heapUsed)}`,
          )
        }
      } finally {
        await db.close()
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exit(1)
})
