import type postgres from 'postgres'
import type { Principal } from '../../../core/principal.js'
import type { CandidateKind, ProposalStatus } from '../../../core/vocabulary.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters } from '../../../platform/db/listing.js'
import { patchChanges, versionedUpdate } from '../../../platform/db/patch.js'
import { writtenRow } from '../../../platform/db/listing.js'
import { candidateNameOf } from '../../matching/index.js'
import { partyRows } from '../party-rows.js'
import type { ProposalInsert, ProposalListQuery, ProposalPatch, ProposalRow } from './model.js'

export const proposalColumns = (sql: Queryable) => sql`
  p.id, p.need_id, p.park_id, n.enterprise_id, n.title as need_title, p.candidate_kind, p.candidate_id,
  ${candidateNameOf(sql, sql`p.candidate_kind`, sql`p.candidate_id`)} as candidate_name,
  p.proposer_expert_id, p.approach, p.team_expert_ids, p.duration_days, p.price_min_fen, p.price_max_fen, p.attachments,
  p.status, p.decline_reason, p.match_id, p.submitted_by_key_id, p.decided_at, p.version, p.created_at, p.updated_at,
  to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
`

const proposals: RowSource = { table: 'proposals', alias: 'p', columns: proposalColumns, joins: (sql) => sql`join needs n on n.id = p.need_id` }

/** Proposals as their parties read them: the need's park and enterprise, and the proposing expert. */
export const proposalRows = partyRows<ProposalRow>('proposal', proposals, (sql) => ({ park: sql`p.park_id`, enterprise: sql`n.enterprise_id`, expert: sql`p.proposer_expert_id` }))

/** What a proposal is written against, locked like an invitation's accept takes it: the need first. */
export async function lockNeedForProposals(sql: Queryable, needId: string) {
  const [row] = await sql<{ id: string; parkId: string; status: string; visibility: string; partnerSlots: number; proposalsCloseAt: Date | null }[]>`
    select id, park_id, status, visibility, partner_slots, proposals_close_at from needs where id = ${needId} for no key update
  `
  return row ?? null
}

export const insertProposal = (sql: Queryable, proposal: ProposalInsert) =>
  proposalRows.inserted(sql, sql`
    insert into proposals (need_id, park_id, candidate_kind, candidate_id, proposer_expert_id, approach, team_expert_ids,
                           duration_days, price_min_fen, price_max_fen, attachments, submitted_by_key_id)
    values (${proposal.needId}, ${proposal.parkId}, ${proposal.candidateKind}, ${proposal.candidateId}, ${proposal.proposerExpertId},
            ${proposal.approach}, ${proposal.teamExpertIds}::uuid[], ${proposal.durationDays}, ${proposal.priceMinFen},
            ${proposal.priceMaxFen}, ${sql.json(proposal.attachments)}, ${proposal.submittedByKeyId})
  `)

export const listProposals = (sql: Queryable, principal: Principal, query: ProposalListQuery) =>
  proposalRows.page(sql, principal, equalFilters(sql, 'p', { need_id: query.needId, status: query.status }), query)

const patchColumns = {
  approach: 'approach', teamExpertIds: 'team_expert_ids', durationDays: 'duration_days', priceMinFen: 'price_min_fen', priceMaxFen: 'price_max_fen', attachments: 'attachments',
} as const satisfies Record<keyof ProposalPatch, string>

/** The proposer's edit, only at the version read and while no decision ended it. */
export function updateProposal(sql: Queryable, id: string, version: number, patch: ProposalPatch): Promise<ProposalRow | null> {
  const changes = patchChanges({ ...patch, attachments: patch.attachments && sql.json(patch.attachments) }, patchColumns)
  return writtenRow<ProposalRow>(sql, proposals, sql`${versionedUpdate(sql, 'proposals', changes)} where id = ${id} and version = ${version} and status in ('submitted', 'shortlisted')`)
}

/** Moves a proposal on only if it is still in one of `from`; null when it was not. */
export function transitionProposal(
  sql: Queryable,
  id: string,
  from: readonly ProposalStatus[],
  to: ProposalStatus,
  extra: { declineReason?: string; matchId?: string } = {},
): Promise<ProposalRow | null> {
  const decided = to === 'withdrawn' ? sql`decided_at` : sql`now()`
  return proposalRows.updated(
    sql,
    id,
    sql`status = ${to}, decline_reason = coalesce(${extra.declineReason ?? null}, decline_reason), match_id = coalesce(${extra.matchId ?? null}::uuid, match_id), decided_at = ${decided}`,
    sql`status in ${sql(from as ProposalStatus[])}`,
  )
}

/** A live invitation of this candidate to this need: it answers that instead of proposing. */
export async function hasLiveInvitation(sql: Queryable, needId: string, kind: CandidateKind, id: string): Promise<boolean> {
  const [row] = await sql<{ live: boolean }[]>`
    select exists (select 1 from matches where need_id = ${needId} and candidate_kind = ${kind} and candidate_id = ${id} and status in ('proposed', 'accepted')) as live
  `
  return row!.live
}

/** The experts of a proposer's own: a society's members, a workstation's members and lead, or (for an expert) those of the same organisation. */
export async function ownExperts(sql: Queryable, kind: CandidateKind, id: string, expertIds: readonly string[]): Promise<Set<string>> {
  if (expertIds.length === 0) return new Set()
  const ids = expertIds as string[]
  const rows = await sql<{ id: string }[]>`
    select x.id from experts x where x.id = any(${ids}::uuid[]) and case ${kind}::text
      when 'society' then exists (select 1 from society_memberships m where m.society_id = ${id} and m.expert_id = x.id)
        or x.id = (select contact_expert_id from societies where id = ${id})
      when 'workstation' then exists (select 1 from workstation_members m where m.workstation_id = ${id} and m.expert_id = x.id)
        or x.id = (select lead_expert_id from workstations where id = ${id})
      else x.id = ${id} or x.organisation = (select organisation from experts where id = ${id})
    end
  `
  return new Set(rows.map((row) => row.id))
}

/**
 * Ends the undecided (submitted, shortlisted) proposals `which` selects, as `to` (with `reason` when
 * declined), taking their locks in id order first; each returned for its audit entry.
 */
async function endUndecidedProposals(sql: Queryable, which: postgres.Fragment, to: 'declined' | 'withdrawn', reason?: string): Promise<ProposalRow[]> {
  const ids = await sql<{ id: string }[]>`
    select id from proposals where ${which} and status in ('submitted', 'shortlisted') order by id for no key update
  `
  const ended: ProposalRow[] = []
  for (const { id } of ids) {
    const row = await transitionProposal(sql, id, ['submitted', 'shortlisted'], to, reason === undefined ? {} : { declineReason: reason })
    if (row) ended.push(row)
  }
  return ended
}

/** A need that stops taking partners declines its undecided proposals, saying why. */
export const declineLiveProposalsOfNeed = (sql: Queryable, needId: string, reason: string) =>
  endUndecidedProposals(sql, sql`need_id = ${needId}`, 'declined', reason)

/** The need's closing time for proposals, read without a lock (an edit does not race the need's own changes for a slot). */
export async function proposalWindow(sql: Queryable, needId: string): Promise<{ proposalsCloseAt: Date | null }> {
  const [row] = await sql<{ proposalsCloseAt: Date | null }[]>`select proposals_close_at from needs where id = ${needId}`
  return row!
}

/** A candidate left with nobody to answer for it has its undecided proposals withdrawn. */
export const withdrawUndecidedProposalsOfCandidate = (sql: Queryable, kind: CandidateKind, candidateId: string) =>
  endUndecidedProposals(sql, sql`candidate_kind = ${kind} and candidate_id = ${candidateId}`, 'withdrawn')
