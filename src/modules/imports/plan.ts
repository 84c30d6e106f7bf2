import type { Actor } from '../../platform/db/audit.js'
import type { Sql } from '../../platform/db/client.js'
import { DomainError, type FieldError, describeFieldErrors } from '../../core/errors.js'
import type { Principal } from '../../core/principal.js'
import { createEnterpriseInTx, updateEnterpriseInTx } from '../registry/index.js'
import { createExpertInTx, updateExpertInTx } from '../registry/index.js'
import { type NeedInput, createNeedInTx, updateNeedInTx } from '../needs/index.js'
import { enterpriseIdsByUscc, expertIdsByNameAndOrganisation, needIdsByEnterpriseAndTitle } from './queries.js'
import type { ImportKind } from './model.js'
import type { ImportRejection, Planned, PlannedRow, RowOp } from './results.js'

/** Resolves the batch's natural keys and turns each row into a create or an update. */
export async function plan<K extends ImportKind>(sql: Sql, actor: Actor, kind: K, rows: PlannedRow<K>[]): Promise<Planned> {
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
