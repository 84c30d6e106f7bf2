import type { Queryable, Sql } from '../../../platform/db/client.js'
import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import { changeVersioned, existing, recordCreation } from '../../../platform/db/versioned-change.js'
import * as enterprisesDb from './queries.js'
import type { EnterpriseListQuery, EnterprisePatch, EnterpriseRow, NewEnterprise } from './model.js'
import { findPark } from '../parks/queries.js'
import { publish } from '../../../platform/db/events.js'
import { findWorkstation, moveEnterpriseWorkstations } from '../workstations/queries.js'
import { DomainError } from '../../../core/errors.js'
import type { Page } from '../../../platform/http/pagination.js'
import { canCreateEnterpriseIn, canWriteEnterprise, enterpriseReadScope } from '../../../core/access.js'
import { assertIndustriesKnown } from '../parks/service.js'
import type { Principal } from '../../../core/principal.js'
import { requestReindex } from '../../../platform/db/outbox.js'

async function assertParkExists(sql: Queryable, parkId: string): Promise<void> {
  if (!(await findPark(sql, parkId))) {
    throw new DomainError('validation_failed', `body.parkId: no park ${parkId}`, { errors: [{ path: 'body.parkId', message: `no park ${parkId}` }] })
  }
}

/** Admins register enterprises anywhere; park staff in their own park. */
export async function createEnterprise(sql: Sql, actor: Actor, input: NewEnterprise): Promise<EnterpriseRow> {
  return sql.begin((tx) => createEnterpriseInTx(tx, actor, input))
}

/** The create with every check, inside the caller's transaction (bulk import batches many). */
export async function createEnterpriseInTx(tx: Queryable, actor: Actor, input: NewEnterprise): Promise<EnterpriseRow> {
  if (!canCreateEnterpriseIn(actor.principal, input.parkId)) {
    throw new DomainError('forbidden', actor.principal.role === 'park_staff' ? 'Park staff register enterprises in their own park only' : 'Only admins and park staff register enterprises')
  }
  await assertParkExists(tx, input.parkId)
  await assertIndustriesKnown(tx, input.industries, 'body.industries')
  const enterprise = await enterprisesDb.insertEnterprise(tx, input)
  return recordCreation(tx, actor, 'enterprise', enterprise, enterprise.parkId)
}

export async function getEnterprise(sql: Queryable, principal: Principal, id: string): Promise<EnterpriseRow> {
  return existing('enterprise', id, await enterprisesDb.findEnterprise(sql, id, enterpriseReadScope(principal)))
}

export async function updateEnterprise(
  sql: Sql,
  actor: Actor,
  id: string,
  checkVersion: (row: EnterpriseRow) => number,
  patch: EnterprisePatch,
): Promise<EnterpriseRow> {
  return sql.begin((tx) => updateEnterpriseInTx(tx, actor, id, checkVersion, patch))
}

/** The update with every check, inside the caller's transaction. */
export async function updateEnterpriseInTx(
  tx: Queryable,
  actor: Actor,
  id: string,
  checkVersion: (row: EnterpriseRow) => number,
  patch: EnterprisePatch,
): Promise<EnterpriseRow> {
  if (patch.parkId) await assertParkExists(tx, patch.parkId)
  await assertIndustriesKnown(tx, patch.industries, 'body.industries')
  const { before: current, after: updated } = await changeVersioned(tx, actor, {
    entityType: 'enterprise',
    id,
    find: () => enterprisesDb.findEnterprise(tx, id, enterpriseReadScope(actor.principal), { forUpdate: true }),
    authorise: (current) => {
      if (!canWriteEnterprise(actor.principal, current, patch)) {
        throw new DomainError('forbidden', patch.parkId ? 'Only admins move an enterprise to another park' : 'This key may not change this enterprise')
      }
    },
    checkVersion,
    write: (version) => enterprisesDb.updateEnterprise(tx, id, version, patch),
    parkOf: (enterprise) => enterprise.parkId,
  })
  if (updated.parkId !== current.parkId) await followEnterpriseToPark(tx, actor, current, updated)
  return updated
}

/**
 * An enterprise that moves takes everything of its own along: needs, invitations, consultations,
 * contracts and hosted workstations belong to the new park from this transaction on, so its staff
 * oversee and review them and the old park's no longer read them. Each move is audited under the
 * new park; the old park's trail records that the enterprise left (its earlier entries stay there).
 * Needs and engagements follow the event; the hosted workstations are this module's own.
 */
async function followEnterpriseToPark(tx: Queryable, actor: Actor, before: EnterpriseRow, after: EnterpriseRow): Promise<void> {
  await recordAudit(tx, actor, { action: 'enterprise.leave_park', entityType: 'enterprise', entityId: after.id, parkId: before.parkId, before, after })
  await publish(tx, actor, 'enterprise.park_changed', { enterpriseId: after.id, fromParkId: before.parkId, toParkId: after.parkId })
  const stations = await moveEnterpriseWorkstations(tx, after.id, after.parkId)
  for (const id of stations) {
    const station = (await findWorkstation(tx, id))!
    const previous = { ...station, parkId: before.parkId, version: station.version - 1 }
    await recordAudit(tx, actor, { action: 'workstation.move', entityType: 'workstation', entityId: id, parkId: station.parkId, before: previous, after: station })
  }
  // Park filters of matching read the document, so moved stations are re-indexed.
  await requestReindex(tx, 'workstation', stations)
}

export function listEnterprises(sql: Queryable, principal: Principal, query: EnterpriseListQuery): Promise<Page<EnterpriseRow>> {
  return enterprisesDb.pageEnterprises(sql, enterpriseReadScope(principal), query)
}
