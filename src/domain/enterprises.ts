import type { Queryable, Sql } from '../db/client.js'
import { type Actor, recordAudit } from '../db/audit.js'
import * as enterprisesDb from '../db/enterprises.js'
import { findPark } from '../db/parks.js'
import { moveEnterpriseWorkstations } from '../db/workstations.js'
import { requestReindex } from './indexing.js'
import { ApiError } from '../errors.js'
import { type Page, decodeCursor, toPage } from '../lib/pagination.js'
import { canCreateEnterpriseIn, canWriteEnterprise, enterpriseReadScope, notFound } from './access.js'
import { assertIndustriesKnown } from './parks.js'
import type { Principal } from './principal.js'

async function assertParkExists(sql: Queryable, parkId: string): Promise<void> {
  if (!(await findPark(sql, parkId))) {
    throw new ApiError('validation_failed', `body.parkId: no park ${parkId}`, { errors: [{ path: 'body.parkId', message: `no park ${parkId}` }] })
  }
}

/** Admins register enterprises anywhere; park staff in their own park. */
export async function createEnterprise(sql: Sql, actor: Actor, input: enterprisesDb.NewEnterprise): Promise<enterprisesDb.EnterpriseRow> {
  return sql.begin((tx) => createEnterpriseInTx(tx, actor, input))
}

/** The create with every check, inside the caller's transaction (bulk import batches many). */
export async function createEnterpriseInTx(tx: Queryable, actor: Actor, input: enterprisesDb.NewEnterprise): Promise<enterprisesDb.EnterpriseRow> {
  if (!canCreateEnterpriseIn(actor.principal, input.parkId)) {
    throw new ApiError('forbidden', actor.principal.role === 'park_staff' ? 'Park staff register enterprises in their own park only' : 'Only admins and park staff register enterprises')
  }
  await assertParkExists(tx, input.parkId)
  await assertIndustriesKnown(tx, input.industries, 'body.industries')
  const enterprise = await enterprisesDb.insertEnterprise(tx, input)
  await recordAudit(tx, actor, { action: 'enterprise.create', entityType: 'enterprise', entityId: enterprise.id, parkId: enterprise.parkId, before: null, after: enterprise })
  return enterprise
}

export async function getEnterprise(sql: Queryable, principal: Principal, id: string): Promise<enterprisesDb.EnterpriseRow> {
  const enterprise = await enterprisesDb.findEnterprise(sql, id, enterpriseReadScope(principal))
  if (!enterprise) throw notFound('enterprise', id)
  return enterprise
}

export async function updateEnterprise(
  sql: Sql,
  actor: Actor,
  id: string,
  checkVersion: (row: enterprisesDb.EnterpriseRow) => number,
  patch: enterprisesDb.EnterprisePatch,
): Promise<enterprisesDb.EnterpriseRow> {
  return sql.begin((tx) => updateEnterpriseInTx(tx, actor, id, checkVersion, patch))
}

/** The update with every check, inside the caller's transaction. */
export async function updateEnterpriseInTx(
  tx: Queryable,
  actor: Actor,
  id: string,
  checkVersion: (row: enterprisesDb.EnterpriseRow) => number,
  patch: enterprisesDb.EnterprisePatch,
): Promise<enterprisesDb.EnterpriseRow> {
  if (patch.parkId) await assertParkExists(tx, patch.parkId)
  await assertIndustriesKnown(tx, patch.industries, 'body.industries')
  const current = await enterprisesDb.findEnterprise(tx, id, enterpriseReadScope(actor.principal), { forUpdate: true })
  if (!current) throw notFound('enterprise', id)
  if (!canWriteEnterprise(actor.principal, current, patch)) {
    throw new ApiError('forbidden', patch.parkId ? 'Only admins move an enterprise to another park' : 'This key may not change this enterprise')
  }
  const updated = await enterprisesDb.updateEnterprise(tx, id, checkVersion(current), patch)
  if (!updated) throw new ApiError('precondition_failed', 'The enterprise changed meanwhile; GET it again')
  if (updated.parkId !== current.parkId) {
    // Park filters of matching read the document, so moved needs and stations are re-indexed.
    await requestReindex(tx, 'need', await enterprisesDb.moveEnterpriseNeeds(tx, id, updated.parkId))
    await requestReindex(tx, 'workstation', await moveEnterpriseWorkstations(tx, id, updated.parkId))
  }
  await recordAudit(tx, actor, { action: 'enterprise.update', entityType: 'enterprise', entityId: id, parkId: updated.parkId, before: current, after: updated })
  return updated
}

export async function listEnterprises(
  sql: Queryable,
  principal: Principal,
  filter: Omit<enterprisesDb.EnterpriseFilter, 'after'> & { cursor?: string | undefined },
): Promise<Page<enterprisesDb.EnterpriseRow>> {
  const scope = enterpriseReadScope(principal)
  const query = { ...filter, after: decodeCursor(filter.cursor) }
  const [rows, total] = await Promise.all([enterprisesDb.listEnterprises(sql, scope, query), enterprisesDb.countEnterprises(sql, scope, query)])
  return toPage(rows, filter.limit, total, (row) => row)
}
