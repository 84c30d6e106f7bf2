import type { z } from '@hono/zod-openapi'
import type { Queryable } from '../../platform/db/client.js'
import { toDomainError } from '../../platform/db/errors.js'
import type { ImportData, ImportKind, ImportResultSchema } from './model.js'

/** What an import plans and answers: each row's outcome, as the document's ImportResult has it. */

/** An import's answer but how the file was read, which the reader adds. */
export type ImportResult = Omit<z.infer<typeof ImportResultSchema>, 'format' | 'encoding'>
export type ImportSummary = ImportResult['summary']
export type ImportRowResult = ImportResult['created'][number]
export type ImportRejection = ImportResult['rejected'][number]

export interface ImportOptions {
  /** Enterprises: the park of rows that name none (park staff: their own park). */
  defaultParkId?: string | undefined
  batchSize?: number | undefined
  onProgress?: ((summary: ImportSummary) => void) | undefined
}

export interface PlannedRow<K extends ImportKind> {
  line: number
  data: ImportData[K]
  /** The enterprise's park came from the default, not the file: it applies to a create only. */
  parkDefaulted?: boolean
}

export interface RowOp {
  line: number
  run(tx: Queryable): Promise<{ action: 'created' | 'updated'; id: string }>
}

export type Planned = { ops: RowOp[]; rejected: ImportRejection[]; deferred: PlannedRow<ImportKind>[] }

/** A row's failure as the import reports it: the same code and fields the API would answer with. */
export function rejectionOf(line: number, error: unknown): ImportRejection {
  const problem = toDomainError(error)
  return { line, code: problem.code, detail: problem.detail ?? problem.message, ...(problem.extra.errors ? { errors: problem.extra.errors } : {}) }
}
