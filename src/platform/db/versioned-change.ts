import { notFound } from '../../core/access.js'
import { DomainError } from '../../core/errors.js'
import { type Actor, type AuditEntityType, recordAudit } from './audit.js'
import type { Queryable } from './client.js'

/**
 * The change of one object under If-Match, as every writer of a versioned object makes it: read it
 * locked (absent is 404), refuse a key that may not change it, take the version the If-Match names,
 * check the change against the object, write at that version (moved on meanwhile is 412), and audit
 * before and after in the same transaction. The steps in this order decide which answer a request
 * wrong in several ways gets, so every object answers alike.
 */
export interface VersionedChange<Row> {
  entityType: AuditEntityType
  id: string
  /** The object, read under a row lock; null when it does not exist or this key may not see it. */
  find: () => Promise<Row | null>
  /** Refuses a key that may not change this object, before its version is compared. */
  authorise?: (current: Row) => void
  checkVersion: (current: Row) => number
  /** Refuses a change the object does not allow, once the version is known to match. */
  check?: (current: Row) => Promise<void>
  /** Writes at `version`; the object as it now reads, or null when its version moved on. */
  write: (version: number, current: Row) => Promise<Row | null>
  /** The park whose trail the entry belongs to. */
  parkOf: (after: Row) => string | null
}

/** Makes the change inside the caller's transaction `tx` (the one `find` and `write` use). */
export async function changeVersioned<Row>(tx: Queryable, actor: Actor, change: VersionedChange<Row>): Promise<{ before: Row; after: Row }> {
  const { entityType, id } = change
  const before = await change.find()
  if (!before) throw notFound(entityType, id)
  change.authorise?.(before)
  const version = change.checkVersion(before)
  await change.check?.(before)
  const after = await change.write(version, before)
  if (!after) throw new DomainError('precondition_failed', `The ${entityType} changed meanwhile; GET it again`)
  await recordAudit(tx, actor, { action: `${entityType}.update`, entityType, entityId: id, parkId: change.parkOf(after), before, after })
  return { before, after }
}

/** A new object's first version, audited as created in the transaction that inserted it. */
export async function recordCreation<Row extends { id: string }>(tx: Queryable, actor: Actor, entityType: AuditEntityType, row: Row, parkId: string | null): Promise<Row> {
  await recordAudit(tx, actor, { action: `${entityType}.create`, entityType, entityId: row.id, parkId, before: null, after: row })
  return row
}

/** The object a read names, or 404 when there is none (or this key may not see it). */
export function existing<Row>(entityType: AuditEntityType, id: string, row: Row | null | undefined): Row {
  if (!row) throw notFound(entityType, id)
  return row
}
