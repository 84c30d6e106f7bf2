import type postgres from 'postgres'
import { type PartyReadScope, notFound, partyReadScope } from '../../core/access.js'
import { DomainError } from '../../core/errors.js'
import type { Principal } from '../../core/principal.js'
import { type Actor, recordAudit } from '../../platform/db/audit.js'
import type { Queryable, Sql } from '../../platform/db/client.js'
import { type RowSource, findRow, pageRows, updatedRow, writtenRow } from '../../platform/db/listing.js'
import { type PartyColumns, partyScopeCondition } from '../../platform/db/party-scope.js'

/**
 * What invitations, consultations and contracts share: each is read as its parties may
 * (`partyReadScope` over its park, enterprise and answering expert columns), and each change
 * takes the row this key may see under a lock, checks and writes, and records the audit entry,
 * in one transaction.
 */

type Entity = 'match' | 'consultation' | 'contract' | 'proposal'
type EngagementRow = { id: string; parkId: string; cursorAt: string }

export function partyRows<Row extends EngagementRow>(entity: Entity, source: RowSource, columns: (sql: Queryable) => PartyColumns) {
  const where = (sql: Queryable, scope: PartyReadScope) => partyScopeCondition(sql, scope, columns(sql))
  /** The row `scope` lets through, optionally locked for a change; null when there is none. */
  const find = (sql: Queryable, id: string, scope: PartyReadScope, options: { forUpdate?: boolean } = {}) =>
    findRow<Row>(sql, source, id, where(sql, scope), options)
  /** The row this key may see, else 404. Locked, two changes of one row are serialised: the later sees the earlier. */
  async function visible(sql: Queryable, principal: Principal, id: string, options: { forUpdate?: boolean } = {}): Promise<Row> {
    const row = await find(sql, id, partyReadScope(principal), options)
    if (!row) throw notFound(entity, id)
    return row
  }
  return {
    find,
    visible,
    /** The row an insert (without its `returning`) wrote. */
    inserted: async (sql: Queryable, insert: postgres.Fragment): Promise<Row> => (await writtenRow<Row>(sql, source, insert))!,
    /** A change of state: `set` (the version bumped) only while `condition` holds; null when it no longer did. */
    updated: (sql: Queryable, id: string, set: postgres.Fragment, condition: postgres.Fragment) => updatedRow<Row>(sql, source, id, set, condition),
    /** A page of the rows this key may see, narrowed by `filters` (`and …` conditions). */
    page: (sql: Queryable, principal: Principal, filters: postgres.Fragment, query: { cursor?: string | undefined; limit: number }) =>
      pageRows<Row>(sql, source, sql`${where(sql, partyReadScope(principal))} ${filters}`, query),
    /** A change of one row: `act` checks and writes, and its result is audited as `<entity>.<action>` (the cast: a row is no promise array to unwrap). */
    change: (sql: Sql, actor: Actor, id: string, action: string, act: (tx: Queryable, current: Row) => Promise<Row>): Promise<Row> =>
      sql.begin(async (tx) => {
        const current = await visible(tx, actor.principal, id, { forUpdate: true })
        const updated = await act(tx, current)
        await recordAudit(tx, actor, { action: `${entity}.${action}`, entityType: entity, entityId: id, parkId: updated.parkId, before: current, after: updated })
        return updated
      }) as Promise<Row>,
  }
}

/** The 409 of a change the row's state does not allow, naming both states. */
export function illegalChange(noun: string, current: string, wanted: string, detail?: string): DomainError {
  return new DomainError('conflict', detail ?? `${noun} that is ${current} cannot become ${wanted}`, { currentState: current, wantedState: wanted })
}

/** The row a conditional write returned, or `refusal` when it wrote none (the row had moved on). */
export function writtenOr<Row>(row: Row | null, refusal: () => DomainError): Row {
  if (!row) throw refusal()
  return row
}
