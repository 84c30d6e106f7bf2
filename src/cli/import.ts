import { createReadStream } from 'node:fs'
import { stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseConfig } from '../platform/config.js'
import { loadMigrationFiles } from '../platform/db/migration-files.js'
import { migrate } from '../platform/db/migrations.js'
import { importRecords } from '../modules/imports/service.js'
import type { Principal } from '../core/principal.js'
import { toDomainError } from '../platform/db/errors.js'
import { isFault } from '../core/errors.js'
import { type ImportEncoding, type ImportFormat, openImportRecords } from '../modules/imports/files.js'
import { openNodeDatabase } from '../node/database.js'
import { type ImportKind, importKinds, importSpecs } from '../modules/imports/model.js'
import type { ImportResult, ImportSummary } from '../modules/imports/results.js'
// Wires how records follow each other across modules (a need's engagements, an enterprise's park).
import '../modules/index.js'

const usage = `usage: npm run import -- <file.csv|file.ndjson> [--kind experts|enterprises|needs] [--park <park id>]
                        [--charset utf-8|gb18030] [--report <result.json>]
  --kind     what the rows are; by default guessed from the file name (experts, 专家, enterprises, 企业, needs, 需求)
  --park     the park of enterprise rows that name none
  --charset  the file's encoding; by default detected (UTF-8 with or without BOM, else GB18030)
  --report   also write the whole result (every row's line and id) as JSON
Runs as the association (admin) against DATABASE_URL, or the embedded database under DATA_DIR.
Exits 1 if any row was rejected.`

class UsageError extends Error {}

const kindWords: [RegExp, ImportKind][] = [
  [/expert|专家/i, 'experts'],
  [/enterprise|企业/i, 'enterprises'],
  [/need|需求/i, 'needs'],
]

function kindOf(file: string, given: string | undefined): ImportKind {
  if (given) {
    if (!(importKinds as readonly string[]).includes(given)) throw new UsageError(`--kind must be one of ${importKinds.join(', ')}`)
    return given as ImportKind
  }
  const guessed = kindWords.find(([pattern]) => pattern.test(path.basename(file)))
  if (!guessed) throw new UsageError('say what the rows are with --kind experts|enterprises|needs')
  return guessed[1]
}

function formatOf(file: string): ImportFormat {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.csv' || extension === '.txt') return 'csv'
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson'
  throw new UsageError(`${file}: name a .csv or .ndjson (.jsonl) file`)
}

function charsetOf(value: string | undefined): ImportEncoding | undefined {
  if (value === undefined) return undefined
  const charset = value.toLowerCase()
  if (charset === 'utf-8' || charset === 'utf8') return 'utf-8'
  if (['gb18030', 'gbk', 'gb2312'].includes(charset)) return 'gb18030'
  throw new UsageError('--charset must be utf-8 or gb18030')
}

function progressBar(kind: string, bytesRead: number, totalBytes: number, summary: ImportSummary, startedAt: number): void {
  const width = 30
  const share = totalBytes === 0 ? 1 : Math.min(1, bytesRead / totalBytes)
  const filled = Math.round(share * width)
  const rate = summary.rows / Math.max(0.001, (performance.now() - startedAt) / 1000)
  process.stderr.write(
    `\r${kind.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ` +
      `${summary.rows} rows ${rate.toFixed(0)}/s (created ${summary.created}, updated ${summary.updated}, rejected ${summary.rejected}) `,
  )
}

function printResult(result: ImportResult & { encoding: string }, file: string, ms: number): void {
  const { summary } = result
  console.log(`${file}: ${result.kind}, ${result.encoding}, ${summary.rows} rows in ${(ms / 1000).toFixed(1)} s`)
  console.log(`  created  ${summary.created}\n  updated  ${summary.updated}\n  rejected ${summary.rejected}`)
  const shown = 50
  for (const rejection of result.rejected.slice(0, shown)) console.log(`  line ${rejection.line}: ${rejection.code}: ${rejection.detail}`)
  if (result.rejected.length > shown) console.log(`  … ${result.rejected.length - shown} more rejected rows (--report writes them all)`)
  if (result.aborted) console.log(`stopped at line ${result.aborted.line}: ${result.aborted.detail}; nothing from there on was imported`)
}

/** `npm run import`: what `POST /v1/import/{kind}` does, from a file, as the association. */
async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      park: { type: 'string' },
      charset: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new UsageError('name one file to import')
  const kind = kindOf(file, values.kind)
  const format = formatOf(file)
  const charset = charsetOf(values.charset)
  if (values.park !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.park)) {
    throw new UsageError('--park takes a park id (UUID)')
  }
  const totalBytes = (await stat(file)).size

  const config = parseConfig(process.env)
  const database = await openNodeDatabase(config)
  try {
    await migrate(database.sql, await loadMigrationFiles())
    let bytesRead = 0
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of createReadStream(file!, { highWaterMark: 256 * 1024 })) {
        bytesRead += (chunk as Buffer).byteLength
        yield chunk as Buffer
      }
    }
    const spec = importSpecs[kind]
    const opened = await openImportRecords(counted(), { format, charset, maxBytes: Number.MAX_SAFE_INTEGER, columns: spec.columns })
    // The command line acts for the association; there is no API key, and audit entries say so.
    const principal: Principal = { role: 'admin', keyId: '' }
    const actor = { principal, requestId: `cli-import-${crypto.randomUUID()}` }
    const startedAt = performance.now()
    const progress = (summary: ImportSummary) => progressBar(kind, bytesRead, totalBytes, summary, startedAt)
    const result = await importRecords(database.sql, actor, kind, opened.records, spec.validate as never, {
      defaultParkId: values.park,
      onProgress: progress,
    })
    progress(result.summary)
    process.stderr.write('\n')
    const full = { ...result, format, encoding: opened.encoding }
    printResult(full, file, performance.now() - startedAt)
    if (values.report) await writeFile(values.report, JSON.stringify(full, null, 2))
    if (result.summary.rejected > 0 || result.aborted) process.exitCode = 1
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`)
  else {
    const problem = toDomainError(error)
    console.error(!isFault(problem) ? `${problem.detail ?? problem.message}` : error instanceof Error ? error.message : error)
  }
  process.exit(1)
})
