import type postgres from 'postgres'
import type { PartyReadScope } from '../../core/access.js'
import type { Queryable } from './client.js'

/** The columns that name an engagement's park, its enterprise and the expert who answers for the other side. */
export interface PartyColumns {
  park: postgres.Fragment
  enterprise: postgres.Fragment
  expert: postgres.Fragment
}

/** The read rules of `partyReadScope`, as SQL over an engagement's party columns. */
export function partyScopeCondition(sql: Queryable, scope: PartyReadScope, columns: PartyColumns) {
  switch (scope.kind) {
    case 'all':
      return sql`true`
    case 'park':
      return sql`${columns.park} = ${scope.parkId}`
    case 'enterprise':
      return sql`${columns.enterprise} = ${scope.enterpriseId}`
    case 'expert':
      return sql`${columns.expert} = ${scope.expertId}`
  }
}
