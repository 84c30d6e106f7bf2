import type { ErrorCode, FieldError } from '../../core/errors.js'
import type { Queryable } from '../../platform/db/client.js'
import { toDomainError } from '../../platform/db/errors.js'
import type { NewEnterprise } from '../registry/enterprises/queries.js'
import type { ExpertInput } from '../registry/experts/service.js'
import type { NeedInput } from '../needs/service.js'

/** What an import reads, plans and answers: the kinds, each row's data and its outcome. */

export const importKinds = ['enterprises', 'experts', 'needs'] as const
export type ImportKind = (typeof importKinds)[number]

/** What a row must be after validation, per kind (the create API's input). */
export interface ImportData {
  enterprises: NewEnterprise
  experts: ExpertInput
  needs: NeedInput & { enterpriseUscc?: string | undefined }
}

export type RowValidation<T> = { success: true; data: T } | { success: false; errors: FieldError[] }

export interface ImportRejection {
  line: number
  code: ErrorCode
  detail: string
  errors?: FieldError[] | undefined
}

export interface ImportRowResult {
  line: number
  id: string
}

export interface ImportSummary {
  rows: number
  created: number
  updated: number
  rejected: number
}

export interface ImportResult {
  kind: ImportKind
  summary: ImportSummary
  created: ImportRowResult[]
  updated: ImportRowResult[]
  rejected: ImportRejection[]
  /** Set when the file could not be read to its end; rows before `line` were imported. */
  aborted?: { line: number; code: ErrorCode; detail: string } | undefined
}

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
