import type { Queryable } from '../../platform/db/client.js'

/**
 * The partner slot an accepted invitation takes (matches `m`, with teams `t` joined only when the
 * enterprise counts the team as one): its team's, or its own. Every count of a need's taken slots
 * goes through this, so the slot rule, the invitations' and proposals' accepts, auto-next and
 * recommended needs agree on what "full" means.
 */
export const slotOf = (sql: Queryable) => sql`coalesce(t.id, m.id)`

/** The teams a need's accepted invitations belong to, joined as `slotOf` reads them. */
export const countedTeams = (sql: Queryable) => sql`left join teams t on t.id = m.team_id and t.counts_as_one`

/** The partner slots the need `needId` (a column or a value) has taken: a subquery. */
export const takenSlots = (sql: Queryable, needId: ReturnType<Queryable>) =>
  sql`(select count(distinct ${slotOf(sql)})::int from matches m ${countedTeams(sql)} where m.need_id = ${needId} and m.status = 'accepted')`
