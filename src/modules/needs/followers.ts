import type { DomainEvents } from '../../core/events.js'
import { type Actor, auditParkMoves } from '../../platform/db/audit.js'
import type { Queryable } from '../../platform/db/client.js'
import { requestReindex } from '../../platform/db/outbox.js'
import { moveEnterpriseNeeds } from './queries.js'

/** An enterprise's needs move with it to its new park, audited there and re-indexed (park filters read the document). */
export async function followEnterpriseToPark(tx: Queryable, actor: Actor, event: DomainEvents['enterprise.park_changed']): Promise<void> {
  const needs = await moveEnterpriseNeeds(tx, event.enterpriseId, event.toParkId)
  await auditParkMoves(tx, actor, [{ entityType: 'need', moved: needs }])
  await requestReindex(tx, 'need', needs.map(({ row }) => row.id))
}
