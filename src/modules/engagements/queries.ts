import type postgres from 'postgres'
import type { Queryable } from '../../platform/db/client.js'
import type { ConsultationRow } from './consultations/queries.js'
import { consultationColumns } from './consultations/queries.js'
import type { ContractRow } from './contracts/queries.js'
import { contractColumns } from './contracts/queries.js'
import type { MatchRow } from './matches/queries.js'
import { matchColumns } from './matches/queries.js'
import type { ProposalRow } from './proposals/model.js'
import { proposalColumns } from './proposals/queries.js'
import { type CandidateKind } from '../../core/vocabulary.js'

/**
 * Row locks here and elsewhere are FOR NO KEY UPDATE, not FOR UPDATE: no update changes a key, and
 * FOR UPDATE would also block the KEY SHARE locks that inserts referencing the row take (a contract
 * naming its enterprise), turning two ordinary requests into a deadlock.
 *
 * What an engagement (an accepted invitation and what follows it) depends on, read under the
 * locks that keep it true until the transaction ends, and the changes that carry an engagement's
 * dependents along when something it hangs on changes (a need closed, an enterprise moved, a
 * lead replaced, an expert made unavailable).
 */

/**
 * The expert row, locked: accepts for one expert are serialised here. Counting its engagements
 * must happen in a later statement (`countOpenEngagements`): under READ COMMITTED a count in the
 * statement that waited for the lock reads the snapshot from before the wait.
 */
export async function lockExpert(sql: Queryable, expertId: string): Promise<{ capacity: number } | null> {
  const [row] = await sql<{ capacity: number }[]>`select capacity from experts where id = ${expertId} for no key update`
  return row ?? null
}

/** Engagements under way for an expert: accepted invitations whose need is still open or in progress. */
export async function countOpenEngagements(sql: Queryable, expertId: string): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from matches m join needs n on n.id = m.need_id
    where m.responder_expert_id = ${expertId} and m.status = 'accepted' and n.status in ('open', 'in_progress')
  `
  return row!.count
}

/**
 * The need's state, share-locked: a consultation or contract written on an engagement cannot
 * interleave with the need being closed (which takes the row for no key update).
 */
export async function lockNeedState(sql: Queryable, needId: string): Promise<{ status: string; parkId: string } | null> {
  const [row] = await sql<{ status: string; parkId: string }[]>`select status, park_id from needs where id = ${needId} for share`
  return row ?? null
}

/** Unanswered invitations of a need end when it stops taking partners (closed, resolved, or full). */
export async function withdrawOpenInvitationsOfNeed(sql: Queryable, needId: string, options: { spareSlotHoldingTeams?: boolean } = {}): Promise<MatchRow[]> {
  // A need's slots all taken spare the waiting members of a team counted as one that holds one of
  // them: they would join that slot, not take another (countAcceptedMatches).
  const spared = options.spareSlotHoldingTeams
    ? sql`and (team_id is null or team_id not in (
        select m.team_id from matches m join teams t on t.id = m.team_id and t.counts_as_one where m.need_id = ${needId} and m.status = 'accepted'))`
    : sql``
  return sql<MatchRow[]>`
    with updated as (
      update matches set status = 'withdrawn', version = version + 1, updated_at = now()
      where need_id = ${needId} and status = 'proposed' ${spared}
      returning *
    )
    select ${matchColumns(sql)} from updated m join needs n on n.id = m.need_id
  `
}

/** A closed need's scheduled consultations are called off, with the reason given. */
export async function cancelScheduledConsultationsOfNeed(sql: Queryable, needId: string, reason: string, role: string): Promise<ConsultationRow[]> {
  return sql<ConsultationRow[]>`
    with updated as (
      update consultations set status = 'cancelled', cancel_reason = ${reason}, cancelled_by_role = ${role},
        cancelled_at = now(), version = version + 1, updated_at = now()
      where need_id = ${needId} and status = 'scheduled'
      returning *
    )
    select ${consultationColumns(sql)} from updated c
  `
}

/** A row whose park or answering expert was reassigned, with the value it had. */
export interface Reassigned<Row> {
  previous: string
  row: Row
}

export interface Engagements {
  matches: Reassigned<MatchRow>[]
  consultations: Reassigned<ConsultationRow>[]
  contracts: Reassigned<ContractRow>[]
  proposals: Reassigned<ProposalRow>[]
}

type EngagementTable = 'matches' | 'consultations' | 'contracts' | 'proposals'

/**
 * Sets one column to `value` on the rows of `table` that `where` selects and that hold another
 * value, taking their row locks first; answers each changed row's id and the value it had.
 */
async function reassign(sql: Queryable, table: EngagementTable, column: string, value: string, where: postgres.Fragment): Promise<Map<string, string>> {
  const rows = await sql<{ id: string; previous: string }[]>`
    with target as (
      select id, ${sql(column)}::text as previous from ${sql(table)}
      where ${where} and ${sql(column)} <> ${value}
      for no key update
    ),
    updated as (
      update ${sql(table)} set ${sql(column)} = ${value}, version = version + 1, updated_at = now()
      from target where ${sql(table)}.id = target.id
      returning ${sql(table)}.id
    )
    select target.id, target.previous from target join updated using (id)
  `
  return new Map(rows.map((row) => [row.id, row.previous]))
}

/** The reassigned rows as the API shows them, each with the value it had. */
async function reassignedRows(sql: Queryable, changed: Record<EngagementTable, Map<string, string>>): Promise<Engagements> {
  const ids = (table: EngagementTable) => [...changed[table].keys()]
  const [matches, consultations, contracts, proposals] = await Promise.all([
    sql<MatchRow[]>`select ${matchColumns(sql)} from matches m join needs n on n.id = m.need_id where m.id = any(${ids('matches')}::uuid[])`,
    sql<ConsultationRow[]>`select ${consultationColumns(sql)} from consultations c where c.id = any(${ids('consultations')}::uuid[])`,
    sql<ContractRow[]>`select ${contractColumns(sql)} from contracts k where k.id = any(${ids('contracts')}::uuid[])`,
    sql<ProposalRow[]>`select ${proposalColumns(sql)} from proposals p join needs n on n.id = p.need_id where p.id = any(${ids('proposals')}::uuid[])`,
  ])
  const withPrevious = <Row extends { id: string }>(table: EngagementTable, rows: readonly Row[]) =>
    rows.map((row) => ({ previous: changed[table].get(row.id)!, row }))
  return {
    matches: withPrevious('matches', matches),
    consultations: withPrevious('consultations', consultations),
    contracts: withPrevious('contracts', contracts),
    proposals: withPrevious('proposals', proposals),
  }
}

/**
 * An enterprise's invitations, proposals, consultations and contracts follow it to its new park (its needs
 * have moved first), so the new park's staff oversee and review them and the old park's no longer
 * do. `previous` is the park each left.
 */
export async function moveEnterpriseEngagements(sql: Queryable, enterpriseId: string, parkId: string): Promise<Engagements> {
  return reassignedRows(sql, {
    matches: await reassign(sql, 'matches', 'park_id', parkId, sql`need_id in (select id from needs where enterprise_id = ${enterpriseId})`),
    consultations: await reassign(sql, 'consultations', 'park_id', parkId, sql`enterprise_id = ${enterpriseId}`),
    contracts: await reassign(sql, 'contracts', 'park_id', parkId, sql`enterprise_id = ${enterpriseId}`),
    proposals: await reassign(sql, 'proposals', 'park_id', parkId, sql`need_id in (select id from needs where enterprise_id = ${enterpriseId})`),
  })
}

/**
 * A society's contact or a workstation's lead answers for it. When that expert changes, what is
 * still to be answered or acted on moves to the new one: unanswered and accepted invitations,
 * undecided proposals, scheduled consultations, and contracts not terminated. What the old one already did (answered,
 * held) stays recorded as theirs. `previous` is the expert each had.
 */
export async function moveResponder(sql: Queryable, kind: CandidateKind, candidateId: string, expertId: string): Promise<Engagements> {
  const ofCandidate = sql`candidate_kind = ${kind} and candidate_id = ${candidateId}`
  return reassignedRows(sql, {
    matches: await reassign(sql, 'matches', 'responder_expert_id', expertId, sql`${ofCandidate} and status in ('proposed', 'accepted')`),
    consultations: await reassign(sql, 'consultations', 'expert_id', expertId, sql`status = 'scheduled' and match_id in (select id from matches where ${ofCandidate})`),
    contracts: await reassign(sql, 'contracts', 'counterpart_expert_id', expertId, sql`counterpart_kind = ${kind} and counterpart_id = ${candidateId} and status <> 'terminated'`),
    proposals: await reassign(sql, 'proposals', 'proposer_expert_id', expertId, sql`${ofCandidate} and status in ('submitted', 'shortlisted')`),
  })
}

/** A candidate left with nobody to answer for it has its unanswered invitations withdrawn. */
export async function withdrawOpenInvitationsOfCandidate(sql: Queryable, kind: CandidateKind, candidateId: string): Promise<MatchRow[]> {
  return sql<MatchRow[]>`
    with updated as (
      update matches set status = 'withdrawn', version = version + 1, updated_at = now()
      where candidate_kind = ${kind} and candidate_id = ${candidateId} and status = 'proposed'
      returning *
    )
    select ${matchColumns(sql)} from updated m join needs n on n.id = m.need_id
  `
}

export async function lockOpenInvitationsOfResponder(sql: Queryable, expertId: string): Promise<void> {
  await sql`select id from matches where responder_expert_id = ${expertId} and status = 'proposed' for no key update`
}

/** An expert who stops taking engagements declines what it has not answered yet. */
export async function declineOpenInvitationsOfResponder(sql: Queryable, expertId: string, reason: string): Promise<MatchRow[]> {
  return sql<MatchRow[]>`
    with updated as (
      update matches set status = 'declined', decline_reason = ${reason}, responded_at = now(),
        version = version + 1, updated_at = now()
      where responder_expert_id = ${expertId} and status = 'proposed'
      returning *
    )
    select ${matchColumns(sql)} from updated m join needs n on n.id = m.need_id
  `
}
