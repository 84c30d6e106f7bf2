import type { PartyReadScope } from '../../../core/access.js'
import type { PageCursor } from '../../../platform/http/pagination.js'
import { candidateNameOf } from '../../matching/candidates/queries.js'
import type { Queryable } from '../../../platform/db/client.js'
import { afterCursor } from '../../../platform/db/keyset.js'
import { type CandidateKind } from '../../../core/vocabulary.js'

export type MatchStatus = 'proposed' | 'accepted' | 'declined' | 'expired' | 'withdrawn'

export interface MatchRow {
  id: string
  needId: string
  parkId: string
  enterpriseId: string
  candidateKind: CandidateKind
  candidateId: string
  responderExpertId: string
  status: MatchStatus
  message: string
  declineReason: string | null
  autoNext: boolean
  proposedByKeyId: string | null
  expiresAt: Date
  respondedAt: Date | null
  version: number
  createdAt: Date
  updatedAt: Date
  /** created_at to the microsecond, for page cursors. */
  cursorAt: string
  /** Names beside the ids, as they are now, for the people who read an invitation. */
  needTitle: string
  enterpriseName: string
  candidateName: string
}

export const matchColumns = (sql: Queryable) => sql`
  m.id, m.need_id, m.park_id, n.enterprise_id, m.candidate_kind, m.candidate_id, m.responder_expert_id, m.status,
  m.message, m.decline_reason, m.auto_next, m.proposed_by_key_id, m.expires_at, m.responded_at, m.version,
  m.created_at, m.updated_at, to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
  n.title as need_title, (select e.name from enterprises e where e.id = n.enterprise_id) as enterprise_name,
  ${candidateNameOf(sql, sql`m.candidate_kind`, sql`m.candidate_id`)} as candidate_name
`

function scopeCondition(sql: Queryable, scope: PartyReadScope) {
  switch (scope.kind) {
    case 'all':
      return sql`true`
    case 'park':
      return sql`m.park_id = ${scope.parkId}`
    case 'enterprise':
      return sql`n.enterprise_id = ${scope.enterpriseId}`
    case 'expert':
      return sql`m.responder_expert_id = ${scope.expertId}`
  }
}

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

export interface NewMatch {
  needId: string
  parkId: string
  candidateKind: CandidateKind
  candidateId: string
  responderExpertId: string
  message: string
  autoNext: boolean
  proposedByKeyId: string | null
  expiresInHours: number
}

export async function insertMatch(sql: Queryable, match: NewMatch): Promise<MatchRow> {
  const [row] = await sql<MatchRow[]>`
    with inserted as (
      insert into matches (need_id, park_id, candidate_kind, candidate_id, responder_expert_id, message, auto_next,
                           proposed_by_key_id, expires_at)
      values (${match.needId}, ${match.parkId}, ${match.candidateKind}, ${match.candidateId}, ${match.responderExpertId},
              ${match.message}, ${match.autoNext}, ${match.proposedByKeyId},
              now() + make_interval(hours => ${match.expiresInHours}))
      returning *
    )
    select ${matchColumns(sql)} from inserted m join needs n on n.id = m.need_id
  `
  return row!
}

export async function findMatch(sql: Queryable, id: string, scope: PartyReadScope, options: { forUpdate?: boolean } = {}): Promise<MatchRow | null> {
  const [row] = await sql<MatchRow[]>`
    select ${matchColumns(sql)} from matches m join needs n on n.id = m.need_id
    where m.id = ${id} and ${scopeCondition(sql, scope)}
    ${options.forUpdate ? sql`for no key update of m` : sql``}
  `
  return row ?? null
}

export interface MatchFilter {
  needId?: string | undefined
  status?: MatchStatus | undefined
  after: PageCursor | null
  limit: number
}

function filterConditions(sql: Queryable, scope: PartyReadScope, filter: MatchFilter) {
  return sql`
    ${scopeCondition(sql, scope)}
    ${filter.needId ? sql`and m.need_id = ${filter.needId}` : sql``}
    ${filter.status ? sql`and m.status = ${filter.status}` : sql``}
  `
}

export async function listMatches(sql: Queryable, scope: PartyReadScope, filter: MatchFilter): Promise<MatchRow[]> {
  return sql<MatchRow[]>`
    select ${matchColumns(sql)} from matches m join needs n on n.id = m.need_id
    where ${filterConditions(sql, scope, filter)}
      ${afterCursor(sql, 'm', filter.after)}
    order by m.created_at desc, m.id desc
    limit ${filter.limit + 1}
  `
}

export async function countMatches(sql: Queryable, scope: PartyReadScope, filter: MatchFilter): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from matches m join needs n on n.id = m.need_id where ${filterConditions(sql, scope, filter)}
  `
  return row!.count
}

/** Moves a match to a new status only if it is still in `from`; null when it was not. */
export async function transitionMatch(
  sql: Queryable,
  id: string,
  from: MatchStatus,
  to: MatchStatus,
  declineReason: string | null = null,
): Promise<MatchRow | null> {
  const [row] = await sql<MatchRow[]>`
    with updated as (
      update matches set status = ${to}, decline_reason = coalesce(${declineReason}, decline_reason),
        responded_at = case when ${to} in ('accepted', 'declined') then now() else responded_at end,
        version = version + 1, updated_at = now()
      where id = ${id} and status = ${from}
      returning *
    )
    select ${matchColumns(sql)} from updated m join needs n on n.id = m.need_id
  `
  return row ?? null
}

/** Serialises accepts of one need: taken by every accept before it counts the slots. */
export async function lockNeedForMatching(sql: Queryable, needId: string): Promise<{ partnerSlots: number; status: string } | null> {
  const [row] = await sql<{ partnerSlots: number; status: string }[]>`
    select partner_slots, status from needs where id = ${needId} for no key update
  `
  return row ?? null
}

export async function countAcceptedMatches(sql: Queryable, needId: string): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from matches where need_id = ${needId} and status = 'accepted'`
  return row!.count
}

/** Whether a need still takes partners, read without a lock (auto-next checks again under one). */
export async function needPartnerState(sql: Queryable, needId: string): Promise<{ status: string; partnerSlots: number; accepted: number } | null> {
  const [row] = await sql<{ status: string; partnerSlots: number; accepted: number }[]>`
    select n.status, n.partner_slots,
      (select count(*)::int from matches m where m.need_id = n.id and m.status = 'accepted') as accepted
    from needs n where n.id = ${needId}
  `
  return row ?? null
}

/** Candidates already invited to this need, in any state: auto-next skips them. */
export async function invitedCandidates(sql: Queryable, needId: string): Promise<Set<string>> {
  const rows = await sql<{ key: string }[]>`select candidate_kind || ':' || candidate_id as key from matches where need_id = ${needId}`
  return new Set(rows.map((row) => row.key))
}

/** Proposals past their deadline, locked so two expiry runs cannot both take one. */
export async function dueProposals(sql: Queryable, limit: number): Promise<{ id: string }[]> {
  return sql<{ id: string }[]>`
    select id from matches where status = 'proposed' and expires_at <= now()
    order by expires_at limit ${limit} for update skip locked
  `
}
