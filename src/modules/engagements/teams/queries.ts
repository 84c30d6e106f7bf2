import type { Queryable } from '../../../platform/db/client.js'
import type { CandidateKind } from '../../../core/vocabulary.js'
import type { TeamRow } from './model.js'
import { type MatchRow, matchColumns } from '../matches/queries.js'

export async function insertTeam(sql: Queryable, team: { needId: string; parkId: string; countsAsOne: boolean; createdByKeyId: string | null }): Promise<TeamRow> {
  const [row] = await sql<TeamRow[]>`
    insert into teams (need_id, park_id, counts_as_one, created_by_key_id)
    values (${team.needId}, ${team.parkId}, ${team.countsAsOne}, ${team.createdByKeyId})
    returning id, need_id, park_id, counts_as_one as counts_as_one_engagement, created_at
  `
  return row!
}

export async function insertTeamMember(sql: Queryable, member: { teamId: string; position: number; kind: CandidateKind; id: string; matchId: string }): Promise<void> {
  await sql`
    insert into team_members (team_id, position, candidate_kind, candidate_id, match_id)
    values (${member.teamId}, ${member.position}, ${member.kind}, ${member.id}, ${member.matchId})
  `
}

/** A team with the side of its need that owns it (who may read all of it). */
export async function findTeam(sql: Queryable, id: string): Promise<(TeamRow & { enterpriseId: string }) | null> {
  const [row] = await sql<(TeamRow & { enterpriseId: string })[]>`
    select t.id, t.need_id, t.park_id, t.counts_as_one as counts_as_one_engagement, t.created_at, n.enterprise_id
    from teams t join needs n on n.id = t.need_id where t.id = ${id}
  `
  return row ?? null
}

/** The team's members in their order, each with its invitation as it stands now. */
export function teamInvitations(sql: Queryable, teamId: string): Promise<(MatchRow & { position: number })[]> {
  return sql<(MatchRow & { position: number })[]>`
    select tm.position, ${matchColumns(sql)}
    from team_members tm join matches m on m.id = tm.match_id join needs n on n.id = m.need_id
    where tm.team_id = ${teamId} order by tm.position
  `
}
