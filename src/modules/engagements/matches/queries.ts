import type { Principal } from '../../../core/principal.js'
import { candidateNameOf } from '../../matching/index.js'
import { countedTeams, slotOf, takenSlots } from '../../needs/index.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters } from '../../../platform/db/listing.js'
import { partyRows } from '../party-rows.js'
import type { CandidateKind, MatchStatus } from '../../../core/vocabulary.js'
import type { MatchInsert, MatchListQuery, MatchRow } from './model.js'

export type { MatchRow } from './model.js'

export const matchColumns = (sql: Queryable) => sql`
  m.id, m.need_id, m.park_id, n.enterprise_id, m.candidate_kind, m.candidate_id, m.responder_expert_id, m.status,
  m.message, m.decline_reason, m.auto_next, m.team_id, m.proposed_by_key_id, m.expires_at, m.responded_at, m.version,
  m.created_at, m.updated_at, to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
  n.title as need_title, (select e.name from enterprises e where e.id = n.enterprise_id) as enterprise_name,
  ${candidateNameOf(sql, sql`m.candidate_kind`, sql`m.candidate_id`)} as candidate_name
`

/** A match reads its need's enterprise and title beside its own columns. */
const matches: RowSource = { table: 'matches', alias: 'm', columns: matchColumns, joins: (sql) => sql`join needs n on n.id = m.need_id` }

/** Invitations as their parties read them: the need's park and enterprise, the answering expert. */
export const matchRows = partyRows<MatchRow>('match', matches, (sql) => ({ park: sql`m.park_id`, enterprise: sql`n.enterprise_id`, expert: sql`m.responder_expert_id` }))

/** The expert who answers for a candidate, or null when the candidate does not exist. */
export async function responderOf(sql: Queryable, kind: CandidateKind, id: string): Promise<string | null> {
  const [row] = await sql<{ expertId: string | null }[]>`
    select case ${kind}::text
      when 'expert' then (select id from experts where id = ${id})
      when 'society' then (select contact_expert_id from societies where id = ${id})
      when 'workstation' then (select lead_expert_id from workstations where id = ${id})
    end as expert_id
  `
  return row?.expertId ?? null
}

/** An invitation, proposed (naming its team, if a team's); or, for a proposal the need's side accepts, the engagement accepted at once and naming it. */
export const insertMatch = (sql: Queryable, match: MatchInsert, options: { acceptedFromProposal?: string; teamId?: string } = {}) =>
  matchRows.inserted(sql, sql`
    insert into matches (need_id, park_id, candidate_kind, candidate_id, responder_expert_id, message, auto_next,
                         proposed_by_key_id, expires_at, status, responded_at, proposal_id, team_id)
    values (${match.needId}, ${match.parkId}, ${match.candidateKind}, ${match.candidateId}, ${match.responderExpertId},
            ${match.message}, ${match.autoNext}, ${match.proposedByKeyId},
            now() + make_interval(hours => ${match.expiresInHours}),
            ${options.acceptedFromProposal ? 'accepted' : 'proposed'}, ${options.acceptedFromProposal ? sql`now()` : null},
            ${options.acceptedFromProposal ?? null}, ${options.teamId ?? null})
  `)

/** Unanswered invitations lapsing within `hours` not yet reminded of, marked reminded (locked: two runs never both send one). */
export async function invitationsExpiringSoon(sql: Queryable, hours: number, limit: number): Promise<MatchRow[]> {
  const ids = await sql<{ id: string }[]>`
    update matches set expiry_reminded_at = now()
    where id in (
      select id from matches where status = 'proposed' and expiry_reminded_at is null
        and expires_at > now() and expires_at <= now() + make_interval(hours => ${hours})
      order by expires_at limit ${limit} for update skip locked
    )
    returning id
  `
  if (ids.length === 0) return []
  return sql<MatchRow[]>`
    select ${matchColumns(sql)} from matches m join needs n on n.id = m.need_id
    where m.id = any(${ids.map((row) => row.id)}::uuid[]) order by m.expires_at, m.id
  `
}

/** A page of the invitations this key may see, by need and status. */
export const listMatches = (sql: Queryable, principal: Principal, query: MatchListQuery) =>
  matchRows.page(sql, principal, equalFilters(sql, 'm', { need_id: query.needId, team_id: query.teamId, status: query.status }), query)

/** Moves a match to a new status only if it is still in `from`; null when it was not. */
export function transitionMatch(sql: Queryable, id: string, from: MatchStatus, to: MatchStatus, declineReason: string | null = null): Promise<MatchRow | null> {
  const answered = sql`case when ${to} in ('accepted', 'declined') then now() else responded_at end`
  return matchRows.updated(sql, id, sql`status = ${to}, decline_reason = coalesce(${declineReason}, decline_reason), responded_at = ${answered}`, sql`status = ${from}`)
}

/** Serialises accepts of one need: taken by every accept before it counts the slots. */
export async function lockNeedForMatching(sql: Queryable, needId: string): Promise<{ partnerSlots: number; status: string } | null> {
  const [row] = await sql<{ partnerSlots: number; status: string }[]>`
    select partner_slots, status from needs where id = ${needId} for no key update
  `
  return row ?? null
}

/**
 * The partner slots a need's accepted invitations take: one each, except that the accepted
 * members of a team the enterprise counts as one (teams.counts_as_one) take one together. With
 * `joining` (an invitation being accepted), the slot its own team already holds is left out: a
 * member of a team counted as one joins the slot its team took, it does not need another.
 */
export async function countAcceptedMatches(sql: Queryable, needId: string, options: { joining?: string } = {}): Promise<number> {
  const joining = options.joining ?? null
  const [row] = await sql<{ count: number }[]>`
    select count(distinct ${slotOf(sql)})::int as count from matches m ${countedTeams(sql)}
    where m.need_id = ${needId} and m.status = 'accepted'
      and (${joining}::uuid is null or t.id is null or t.id is distinct from (select team_id from matches where id = ${joining}::uuid))
  `
  return row!.count
}

/** Whether a need still takes partners, read without a lock (auto-next checks again under one). */
export async function needPartnerState(sql: Queryable, needId: string): Promise<{ status: string; partnerSlots: number; accepted: number } | null> {
  const [row] = await sql<{ status: string; partnerSlots: number; accepted: number }[]>`
    select n.status, n.partner_slots, ${takenSlots(sql, sql`n.id`)} as accepted
    from needs n where n.id = ${needId}
  `
  return row ?? null
}

/** Candidates already invited to this need, in any state: auto-next skips them. */
export async function invitedCandidates(sql: Queryable, needId: string): Promise<Set<string>> {
  const rows = await sql<{ key: string }[]>`select candidate_kind || ':' || candidate_id as key from matches where need_id = ${needId}`
  return new Set(rows.map((row) => row.key))
}

/** Unanswered invitations past their deadline, locked so two expiry runs cannot both take one. */
export async function dueInvitations(sql: Queryable, limit: number): Promise<{ id: string }[]> {
  return sql<{ id: string }[]>`
    select id from matches where status = 'proposed' and expires_at <= now()
    order by expires_at limit ${limit} for update skip locked
  `
}

/** An undecided proposal of this candidate for this need: the need's side decides on it rather than inviting. */
export async function hasLiveProposal(sql: Queryable, needId: string, kind: CandidateKind, id: string): Promise<boolean> {
  const [row] = await sql<{ live: boolean }[]>`
    select exists (select 1 from proposals where need_id = ${needId} and candidate_kind = ${kind} and candidate_id = ${id} and status in ('submitted', 'shortlisted')) as live
  `
  return row!.live
}
