import type { Queryable } from '../../../platform/db/client.js'
import type { CandidateKind } from '../../../core/vocabulary.js'
import type { TeamRow } from './model.js'

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
