import type { Queryable, Sql, TransactionSql } from '../../../platform/db/client.js'
import type { Actor } from '../../../platform/db/audit.js'
import { changeVersioned, existing, recordCreation } from '../../../platform/db/versioned-change.js'
import { findEnterprise } from '../enterprises/queries.js'
import { findPark } from '../parks/queries.js'
import { findSociety } from '../societies/queries.js'
import * as workstationsDb from './queries.js'
import type { WorkstationChange, WorkstationInput, WorkstationKind, WorkstationListQuery, WorkstationRow } from './model.js'
import { DomainError, type FieldError } from '../../../core/errors.js'
import type { Page } from '../../../platform/http/pagination.js'
import { canWriteWorkstation, enterpriseReadScope, notFound, requireRole } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'
import { publish } from '../../../platform/db/events.js'
import { requestReindex } from '../../../platform/db/outbox.js'

interface Host {
  hostEnterpriseId: string | null
  hostParkId: string | null
}

const writers = ['admin', 'park_staff'] as const

function invalid(errors: FieldError[]): DomainError {
  return new DomainError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors })
}

/** A station has exactly one host, and a society exactly when it is a society's service station. */
function shapeErrors(host: Host, kind: WorkstationKind, societyId: string | null): FieldError[] {
  const errors: FieldError[] = []
  if ((host.hostEnterpriseId === null) === (host.hostParkId === null)) {
    errors.push({ path: 'body.hostEnterpriseId', message: 'give exactly one of hostEnterpriseId and hostParkId' })
  }
  if (kind === 'society_station' && societyId === null) {
    errors.push({ path: 'body.societyId', message: 'required for a society_station (学会服务站)' })
  }
  if (kind !== 'society_station' && societyId !== null) {
    errors.push({ path: 'body.societyId', message: `only a society_station has a society, not a ${kind}; send null` })
  }
  return errors
}

/**
 * The park a host puts the station in. A host the key cannot see, or one outside a park staff
 * key's own park, is reported as not found: park staff can only place stations in their park.
 */
async function hostPark(tx: Queryable, principal: Principal, host: Host): Promise<string> {
  let parkId: string | undefined
  if (host.hostEnterpriseId !== null) {
    parkId = (await findEnterprise(tx, host.hostEnterpriseId, enterpriseReadScope(principal)))?.parkId
    if (!parkId || !canWriteWorkstation(principal, { parkId })) throw notFound('enterprise', host.hostEnterpriseId)
  } else {
    parkId = (await findPark(tx, host.hostParkId!))?.id
    if (!parkId || !canWriteWorkstation(principal, { parkId })) throw notFound('park', host.hostParkId!)
  }
  return parkId
}

/** Society, lead and members must all exist; every bad one is named. */
async function referenceErrors(
  tx: Queryable,
  refs: { societyId?: string | null | undefined; leadExpertId?: string | undefined; memberExpertIds?: string[] | undefined },
): Promise<FieldError[]> {
  const errors: FieldError[] = []
  if (refs.societyId && !(await findSociety(tx, refs.societyId))) {
    errors.push({ path: 'body.societyId', message: `no society ${refs.societyId}` })
  }
  const experts = [...(refs.leadExpertId ? [refs.leadExpertId] : []), ...(refs.memberExpertIds ?? [])]
  const unknown = new Set(await workstationsDb.unknownExpertIds(tx, experts))
  if (refs.leadExpertId && unknown.has(refs.leadExpertId)) {
    errors.push({ path: 'body.leadExpertId', message: `no expert ${refs.leadExpertId}` })
  }
  refs.memberExpertIds?.forEach((id, index) => {
    if (unknown.has(id)) errors.push({ path: `body.memberExpertIds.${index}`, message: `no expert ${id}` })
  })
  return errors
}

async function assertNameFree(tx: Queryable, name: string, exceptId: string | null): Promise<void> {
  if (await workstationsDb.workstationIdByName(tx, name, exceptId)) {
    throw new DomainError('conflict', `A workstation named ${name} already exists`, {
      errors: [{ path: 'body.name', message: 'already taken by another workstation' }],
    })
  }
}

const teamOf = (leadExpertId: string, members: readonly string[] = []) => [...new Set([leadExpertId, ...members])]

async function reread(tx: TransactionSql, id: string): Promise<WorkstationRow> {
  const row = await workstationsDb.findWorkstation(tx, id)
  if (!row) throw notFound('workstation', id)
  return row
}

/** Admins create anywhere; park staff only for a host in their own park. */
export async function createWorkstation(sql: Sql, actor: Actor, input: WorkstationInput): Promise<WorkstationRow> {
  const { principal } = actor
  requireRole(principal, writers, 'create workstations')
  const host = { hostEnterpriseId: input.hostEnterpriseId ?? null, hostParkId: input.hostParkId ?? null }
  const societyId = input.societyId ?? null
  const shape = shapeErrors(host, input.kind, societyId)
  if (shape.length) throw invalid(shape)
  return sql.begin(async (tx) => {
    const parkId = await hostPark(tx, principal, host)
    const references = await referenceErrors(tx, input)
    if (references.length) throw invalid(references)
    await assertNameFree(tx, input.name, null)
    const { id } = await workstationsDb.insertWorkstation(tx, {
      name: input.name,
      kind: input.kind,
      ...host,
      parkId,
      societyId,
      leadExpertId: input.leadExpertId,
      fields: input.fields,
      description: input.description,
    })
    await workstationsDb.addWorkstationMembers(tx, id, teamOf(input.leadExpertId, input.memberExpertIds))
    const station = await recordCreation(tx, actor, 'workstation', await reread(tx, id), parkId)
    await requestReindex(tx, 'workstation', [id])
    return station
  })
}

/** Every role reads every workstation: they are published service points. */
export async function getWorkstation(sql: Queryable, id: string): Promise<WorkstationRow> {
  return existing('workstation', id, await workstationsDb.findWorkstation(sql, id))
}

/**
 * Admins change any station; park staff their park's, and may not move it to another park (a
 * host elsewhere is not found for them, as on create). Another park's station is readable by
 * every key, so changing it is 403, not 404. Giving one host replaces the other; given members
 * replace the team whole (the lead stays in it).
 */
export async function updateWorkstation(
  sql: Sql,
  actor: Actor,
  id: string,
  checkVersion: (row: WorkstationRow) => number,
  change: WorkstationChange,
): Promise<WorkstationRow> {
  const { principal } = actor
  requireRole(principal, writers, 'change workstations')
  const { memberExpertIds, ...columns } = change
  return sql.begin(async (tx) => {
    // A new host moves the station to the host's park: the columns the check adds to the change.
    let placement: Partial<Host & { parkId: string }> = {}
    const { before: current, after: station } = await changeVersioned(tx, actor, {
      entityType: 'workstation',
      id,
      find: () => workstationsDb.findWorkstation(tx, id, { forUpdate: true }),
      authorise: (current) => {
        if (!canWriteWorkstation(principal, current)) {
          throw new DomainError('forbidden', 'This workstation belongs to another park; only its park staff or an admin may change it')
        }
      },
      checkVersion,
      check: async (current) => {
        const hostChanged = change.hostEnterpriseId !== undefined || change.hostParkId !== undefined
        const host: Host = {
          hostEnterpriseId: change.hostEnterpriseId !== undefined ? change.hostEnterpriseId : change.hostParkId ? null : current.hostEnterpriseId,
          hostParkId: change.hostParkId !== undefined ? change.hostParkId : change.hostEnterpriseId ? null : current.hostParkId,
        }
        const shape = shapeErrors(host, change.kind ?? current.kind, change.societyId !== undefined ? change.societyId : current.societyId)
        if (shape.length) throw invalid(shape)
        if (hostChanged) placement = { ...host, parkId: await hostPark(tx, principal, host) }
        const references = await referenceErrors(tx, change)
        if (references.length) throw invalid(references)
        if (change.name !== undefined && change.name !== current.name) await assertNameFree(tx, change.name, id)
      },
      write: async (version, current) => {
        if (!(await workstationsDb.updateWorkstation(tx, id, version, { ...columns, ...placement }))) return null
        const leadExpertId = change.leadExpertId ?? current.leadExpertId
        if (memberExpertIds !== undefined) {
          await workstationsDb.replaceWorkstationMembers(tx, id, teamOf(leadExpertId, memberExpertIds))
        } else if (change.leadExpertId !== undefined) {
          await workstationsDb.addWorkstationMembers(tx, id, [leadExpertId])
        }
        return reread(tx, id)
      },
      parkOf: (station) => station.parkId,
    })
    if (station.leadExpertId !== current.leadExpertId) await publish(tx, actor, 'responder.changed', { kind: 'workstation', candidateId: id, expertId: station.leadExpertId })
    await requestReindex(tx, 'workstation', [id])
    return station
  })
}

export function listWorkstations(sql: Queryable, query: WorkstationListQuery): Promise<Page<WorkstationRow>> {
  return workstationsDb.pageWorkstations(sql, query)
}
