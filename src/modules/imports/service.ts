import type { Actor } from '../../platform/db/audit.js'
import type { Sql } from '../../platform/db/client.js'
import { describeFieldErrors } from '../../core/errors.js'
import { toDomainError } from '../../platform/db/errors.js'
import { requireRole } from '../../core/access.js'
import type { Principal } from '../../core/principal.js'
import type { ImportRecord } from './files.js'
import { commitBatch } from './commit.js'
import { plan } from './plan.js'
import type { ImportData, ImportKind, RowValidation } from './model.js'
import type { ImportOptions, ImportRejection, ImportResult, PlannedRow } from './results.js'

/**
 * Bulk import: rows of a file become API creates or updates, each validated and authorised by
 * the very functions behind `POST` and `PATCH`, matched to stored objects by natural key:
 * - enterprises by USCC;
 * - experts by name + organisation (unique together);
 * - needs by enterprise + title (a title that names two needs of the enterprise is refused).
 * Rows are written in batches, one transaction per batch; a row that fails is taken out and the
 * rest of its batch is written again, so a rejected row writes nothing and the others commit.
 */

/**
 * Admins import everything. Park staff import their park's enterprises and needs, and may
 * register new experts (as `POST /v1/experts` lets them) but not change existing profiles.
 * Enterprise and expert keys may not import.
 */
export function assertMayImport(principal: Principal, kind: ImportKind): void {
  requireRole(principal, ['admin', 'park_staff'], `import ${kind}`)
}

export async function importRecords<K extends ImportKind>(
  sql: Sql,
  actor: Actor,
  kind: K,
  records: AsyncIterable<ImportRecord>,
  validate: (values: Record<string, unknown>) => RowValidation<ImportData[K]>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  assertMayImport(actor.principal, kind)
  const { principal } = actor
  const batchSize = options.batchSize ?? 500
  const defaultParkId = options.defaultParkId ?? (principal.role === 'park_staff' ? principal.parkId : undefined)
  const result: ImportResult = { kind, summary: { rows: 0, created: 0, updated: 0, rejected: 0 }, created: [], updated: [], rejected: [] }
  const reject = (rejection: ImportRejection) => {
    result.rejected.push(rejection)
    result.summary.rejected++
  }

  let batch: PlannedRow<K>[] = []
  const flush = async () => {
    while (batch.length > 0) {
      const planned = await plan(sql, actor, kind, batch)
      planned.rejected.forEach(reject)
      await commitBatch(sql, planned.ops, result, reject)
      batch = planned.deferred as PlannedRow<K>[]
    }
    options.onProgress?.({ ...result.summary })
  }

  const iterator = records[Symbol.asyncIterator]()
  let lastLine = 0
  for (;;) {
    let next: IteratorResult<ImportRecord>
    try {
      next = await iterator.next()
    } catch (error) {
      // The rows read so far are whole and still written; the rest of the file is not.
      const problem = toDomainError(error)
      result.aborted = { line: lastLine + 1, code: problem.code, detail: problem.detail ?? problem.message }
      break
    }
    if (next.done) break
    const record = next.value
    lastLine = record.line
    result.summary.rows++
    if (record.problem) {
      reject({ line: record.line, ...record.problem })
      continue
    }
    const values = { ...record.values }
    const parkDefaulted = kind === 'enterprises' && values.parkId === undefined && defaultParkId !== undefined
    if (parkDefaulted) values.parkId = defaultParkId
    const validation = validate(values)
    if (!validation.success) {
      reject({ line: record.line, code: 'validation_failed', detail: describeFieldErrors(validation.errors), errors: validation.errors })
      continue
    }
    batch.push({ line: record.line, data: validation.data, parkDefaulted })
    if (batch.length >= batchSize) await flush()
  }
  await flush()
  result.created.sort(byLine)
  result.updated.sort(byLine)
  result.rejected.sort(byLine)
  return result
}

const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line

