import type { Actor } from '../../platform/db/audit.js'
import type { Queryable, Sql } from '../../platform/db/client.js'
import type { NewEnterprise } from '../registry/enterprises/queries.js'
import { enterpriseIdsByUscc, expertIdsByNameAndOrganisation, needIdsByEnterpriseAndTitle } from './queries.js'
import { DomainError, type ErrorCode, type FieldError, describeFieldErrors, isFault } from '../../core/errors.js'
import type { ImportRecord } from './files.js'
import { toDomainError } from '../../platform/db/errors.js'
import { requireRole } from '../../core/access.js'
import { createEnterpriseInTx, updateEnterpriseInTx } from '../registry/enterprises/service.js'
import { type ExpertInput, createExpertInTx, updateExpertInTx } from '../registry/experts/service.js'
import { type NeedInput, createNeedInTx, updateNeedInTx } from '../needs/service.js'
import type { Principal } from '../../core/principal.js'

/**
 * Bulk import: rows of a file become API creates or updates, each validated and authorised by
 * the very functions behind `POST` and `PATCH`, matched to stored objects by natural key:
 * - enterprises by USCC;
 * - experts by name + organisation (unique together);
 * - needs by enterprise + title (a title that names two needs of the enterprise is refused).
 * Rows are written in batches, one transaction per batch; a row that fails is taken out and the
 * rest of its batch is written again, so a rejected row writes nothing and the others commit.
 */

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

/**
 * Admins import everything. Park staff import their park's enterprises and needs, and may
 * register new experts (as `POST /v1/experts` lets them) but not change existing profiles.
 * Enterprise and expert keys may not import.
 */
export function assertMayImport(principal: Principal, kind: ImportKind): void {
  requireRole(principal, ['admin', 'park_staff'], `import ${kind}`)
}

interface PlannedRow<K extends ImportKind> {
  line: number
  data: ImportData[K]
  /** The enterprise's park came from the default, not the file: it applies to a create only. */
  parkDefaulted?: boolean
}

interface RowOp {
  line: number
  run(tx: Queryable): Promise<{ action: 'created' | 'updated'; id: string }>
}

type Planned = { ops: RowOp[]; rejected: ImportRejection[]; deferred: PlannedRow<ImportKind>[] }

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

function rejectionOf(line: number, error: unknown): ImportRejection {
  const problem = toDomainError(error)
  return { line, code: problem.code, detail: problem.detail ?? problem.message, ...(problem.extra.errors ? { errors: problem.extra.errors } : {}) }
}

/** Resolves the batch's natural keys and turns each row into a create or an update. */
async function plan<K extends ImportKind>(sql: Sql, actor: Actor, kind: K, rows: PlannedRow<K>[]): Promise<Planned> {
  switch (kind) {
    case 'enterprises':
      return planEnterprises(sql, actor, rows as PlannedRow<'enterprises'>[])
    case 'experts':
      return planExperts(sql, actor, rows as PlannedRow<'experts'>[])
    case 'needs':
      return planNeeds(sql, actor, rows as PlannedRow<'needs'>[])
  }
  throw new Error(`unknown import kind ${kind}`)
}

/** Rows after the first with the same key wait for the next round, so they update what it wrote. */
function firstPerKey<T extends { line: number }>(rows: T[], keyOf: (row: T) => string): { first: T[]; deferred: T[] } {
  const seen = new Set<string>()
  const first: T[] = []
  const deferred: T[] = []
  for (const row of rows) {
    const key = keyOf(row)
    if (seen.has(key)) deferred.push(row)
    else {
      seen.add(key)
      first.push(row)
    }
  }
  return { first, deferred }
}

/** An import is the newer truth: it updates whatever version is stored (no If-Match). */
const latestVersion = (row: { version: number }) => row.version
const parkScope = (principal: Principal) => (principal.role === 'park_staff' ? principal.parkId : undefined)

async function planEnterprises(sql: Sql, actor: Actor, rows: PlannedRow<'enterprises'>[]): Promise<Planned> {
  const { first, deferred } = firstPerKey(rows, (row) => row.data.uscc)
  const existing = await enterpriseIdsByUscc(sql, first.map((row) => row.data.uscc))
  const ops = first.map(({ line, data, parkDefaulted }): RowOp => {
    const id = existing.get(data.uscc)
    if (!id) return { line, run: async (tx) => ({ action: 'created', id: (await createEnterpriseInTx(tx, actor, data)).id }) }
    // An update moves the enterprise only when the file names its park.
    const { uscc: _uscc, parkId, ...rest } = data
    const patch = parkDefaulted ? rest : { ...rest, parkId }
    return {
      line,
      async run(tx) {
        try {
          await updateEnterpriseInTx(tx, actor, id, latestVersion, patch)
        } catch (error) {
          if (error instanceof DomainError && error.code === 'not_found') {
            throw new DomainError('conflict', 'body.uscc: an enterprise with this USCC is registered in another park; only admins change it', {
              errors: [{ path: 'body.uscc', message: 'registered in another park' }],
            })
          }
          throw error
        }
        return { action: 'updated', id }
      },
    }
  })
  return { ops, rejected: [], deferred }
}

const expertKey = (data: { name: string; organisation?: string | undefined }) => `${data.name}\u0000${data.organisation ?? ''}`

async function planExperts(sql: Sql, actor: Actor, rows: PlannedRow<'experts'>[]): Promise<Planned> {
  const { first, deferred } = firstPerKey(rows, (row) => expertKey(row.data))
  const existing = await expertIdsByNameAndOrganisation(
    sql,
    first.map((row) => ({ name: row.data.name, organisation: row.data.organisation ?? '' })),
  )
  const ops = first.map(({ line, data }): RowOp => {
    const id = existing.get(expertKey(data))
    return {
      line,
      async run(tx) {
        if (!id) return { action: 'created', id: (await createExpertInTx(tx, actor, data)).id }
        try {
          await updateExpertInTx(tx, actor, id, latestVersion, data)
        } catch (error) {
          if (error instanceof DomainError && error.code === 'forbidden' && actor.principal.role === 'park_staff') {
            throw new DomainError('forbidden', 'An expert with this name and organisation exists; park staff register new experts, only admins change existing profiles')
          }
          throw error
        }
        return { action: 'updated', id }
      },
    }
  })
  return { ops, rejected: [], deferred }
}

async function planNeeds(sql: Sql, actor: Actor, rows: PlannedRow<'needs'>[]): Promise<Planned> {
  const rejected: ImportRejection[] = []
  const parkId = parkScope(actor.principal)
  const usccs = [...new Set(rows.flatMap((row) => (row.data.enterpriseUscc ? [row.data.enterpriseUscc] : [])))]
  const byUscc = await enterpriseIdsByUscc(sql, usccs, parkId)
  const resolved: PlannedRow<'needs'>[] = []
  for (const row of rows) {
    const { enterpriseUscc, ...input } = row.data
    if (enterpriseUscc) {
      const enterpriseId = byUscc.get(enterpriseUscc)
      const errors: FieldError[] = []
      if (!enterpriseId) errors.push({ path: 'body.enterpriseUscc', message: 'no enterprise with this USCC (in your reach)' })
      else if (input.enterpriseId && input.enterpriseId !== enterpriseId) errors.push({ path: 'body.enterpriseUscc', message: 'names another enterprise than enterpriseId' })
      if (errors.length) {
        rejected.push({ line: row.line, code: 'validation_failed', detail: describeFieldErrors(errors), errors })
        continue
      }
      resolved.push({ line: row.line, data: { ...input, enterpriseId } })
    } else if (!input.enterpriseId) {
      const errors = [{ path: 'body.enterpriseId', message: 'required: the enterprise (or its USCC as enterpriseUscc)' }]
      rejected.push({ line: row.line, code: 'validation_failed', detail: describeFieldErrors(errors), errors })
    } else {
      resolved.push({ line: row.line, data: input })
    }
  }
  const key = (data: NeedInput) => `${data.enterpriseId}\u0000${data.title}`
  const { first, deferred } = firstPerKey(resolved, (row) => key(row.data))
  const pairs = first.map((row) => ({ enterpriseId: row.data.enterpriseId!, title: row.data.title }))
  const existing = await needIdsByEnterpriseAndTitle(sql, pairs, parkId)
  const ops: RowOp[] = []
  for (const { line, data } of first) {
    const ids = existing.get(key(data)) ?? []
    if (ids.length > 1) {
      const message = `${ids.length} needs of this enterprise have this title; change them one by one with PATCH /v1/needs/{id}`
      rejected.push({ line, code: 'conflict', detail: `body.title: ${message}`, errors: [{ path: 'body.title', message }] })
      continue
    }
    const id = ids[0]
    if (!id) {
      ops.push({ line, run: async (tx) => ({ action: 'created', id: (await createNeedInTx(tx, actor, data)).id }) })
      continue
    }
    const { enterpriseId: _enterpriseId, ...patch } = data
    ops.push({
      line,
      async run(tx) {
        await updateNeedInTx(tx, actor, id, latestVersion, patch)
        return { action: 'updated', id }
      },
    })
  }
  return { ops, rejected, deferred }
}

const rollback = Symbol('rollback')
const inFailedTransaction = '25P02'

/**
 * Writes a batch in one transaction. When rows fail, the transaction is rolled back, the rows
 * that failed on their own account are rejected (not those that only saw the transaction already
 * aborted), and the rest is written again. Should that find no culprit, each row goes alone.
 */
async function commitBatch(sql: Sql, ops: RowOp[], result: ImportResult, reject: (rejection: ImportRejection) => void): Promise<void> {
  let pending = ops
  while (pending.length > 0) {
    let settled: PromiseSettledResult<{ action: 'created' | 'updated'; id: string }>[] = []
    try {
      await sql.begin(async (tx) => {
        settled = await Promise.allSettled(pending.map((op) => op.run(tx)))
        if (settled.some((outcome) => outcome.status === 'rejected')) throw rollback
      })
      settled.forEach((outcome, index) => record(result, pending[index]!.line, outcome))
      return
    } catch (error) {
      if (error !== rollback) throw error
    }
    const culprits = new Set<number>()
    settled.forEach((outcome, index) => {
      if (outcome.status === 'rejected' && (outcome.reason as { code?: string } | null)?.code !== inFailedTransaction) culprits.add(index)
    })
    if (culprits.size === 0) {
      for (const op of pending) await commitAlone(sql, op, result, reject)
      return
    }
    for (const index of culprits) {
      const reason = (settled[index] as PromiseRejectedResult).reason
      if (isFault(toDomainError(reason))) throw reason
      reject(rejectionOf(pending[index]!.line, reason))
    }
    pending = pending.filter((_, index) => !culprits.has(index))
  }
}

async function commitAlone(sql: Sql, op: RowOp, result: ImportResult, reject: (rejection: ImportRejection) => void): Promise<void> {
  try {
    const outcome = await sql.begin((tx) => op.run(tx))
    record(result, op.line, { status: 'fulfilled', value: outcome })
  } catch (error) {
    if (isFault(toDomainError(error))) throw error
    reject(rejectionOf(op.line, error))
  }
}

function record(result: ImportResult, line: number, outcome: PromiseSettledResult<{ action: 'created' | 'updated'; id: string }>): void {
  if (outcome.status !== 'fulfilled') return
  const { action, id } = outcome.value
  result[action].push({ line, id })
  result.summary[action]++
}
