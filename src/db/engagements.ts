import type { Queryable } from './client.js'
import type { ConsultationRow } from './consultations.js'
import { consultationColumns } from './consultations.js'
import type { ContractRow } from './contracts.js'
import { contractColumns } from './contracts.js'
import type { MatchRow } from './matches.js'
import { matchColumns } from './matches.js'
import type { CandidateKind } from './vector-search.js'

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
export async function withdrawProposalsOfNeed(sql: Queryable, needId: string): Promise<MatchRow[]> {
  return sql<MatchRow[]>`
    with updated as (
      update matches set status = 'withdrawn', version = version + 1, updated_at = now()
      where need_id = ${needId} and status = 'proposed'
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

export interface Moved<Row> {
  fromParkId: string
  row: Row
}

/**
 * An enterprise's invitations, consultations and contracts follow it to its new park (its needs
 * have moved first), so the new park's staff oversee and review them and the old park's no longer do.
 */
export async function moveEnterpriseEngagements(
  sql: Queryable,
  enterpriseId: string,
  parkId: string,
): Promise<{ matches: Moved<MatchRow>[]; consultations: Moved<ConsultationRow>[]; contracts: Moved<ContractRow>[] }> {
  const matches = await sql<(MatchRow & { fromParkId: string })[]>`
    with moving as (
      select m.id, m.park_id as from_park_id from matches m join needs n on n.id = m.need_id
      where n.enterprise_id = ${enterpriseId} and m.park_id <> ${parkId}
      for no key update of m
    ),
    updated as (
      update matches set park_id = ${parkId}, version = version + 1, updated_at = now()
      from moving where matches.id = moving.id
      returning matches.*, moving.from_park_id
    )
    select ${matchColumns(sql)}, m.from_park_id from updated m join needs n on n.id = m.need_id
  `
  const consultations = await sql<(ConsultationRow & { fromParkId: string })[]>`
    with moving as (
      select id, park_id as from_park_id from consultations
      where enterprise_id = ${enterpriseId} and park_id <> ${parkId}
      for no key update
    ),
    updated as (
      update consultations set park_id = ${parkId}, version = version + 1, updated_at = now()
      from moving where consultations.id = moving.id
      returning consultations.*, moving.from_park_id
    )
    select ${consultationColumns(sql)}, c.from_park_id from updated c
  `
  const contracts = await sql<(ContractRow & { fromParkId: string })[]>`
    with moving as (
      select id, park_id as from_park_id from contracts
      where enterprise_id = ${enterpriseId} and park_id <> ${parkId}
      for no key update
    ),
    updated as (
      update contracts set park_id = ${parkId}, version = version + 1, updated_at = now()
      from moving where contracts.id = moving.id
      returning contracts.*, moving.from_park_id
    )
    select ${contractColumns(sql)}, k.from_park_id from updated k
  `
  const split = <Row>({ fromParkId, ...row }: Row & { fromParkId: string }): Moved<Row> => ({ fromParkId, row: row as Row })
  return { matches: matches.map(split), consultations: consultations.map(split), contracts: contracts.map(split) }
}

export interface HandedOver<Row> {
  previousExpertId: string
  row: Row
}

export interface ResponderChange {
  matches: HandedOver<MatchRow>[]
  consultations: HandedOver<ConsultationRow>[]
  contracts: HandedOver<ContractRow>[]
}

/**
 * A society's contact or a workstation's lead answers for it. When that expert changes, what is
 * still to be answered or acted on moves to the new one: unanswered and accepted invitations,
 * scheduled consultations, and contracts not terminated. What the old one already did (answered,
 * held) stays recorded as theirs.
 */
export async function moveResponder(sql: Queryable, kind: CandidateKind, candidateId: string, expertId: string): Promise<ResponderChange> {
  const matches = await sql<(MatchRow & { previousExpertId: string })[]>`
    with moving as (
      select id, responder_expert_id as previous_expert_id from matches
      where candidate_kind = ${kind} and candidate_id = ${candidateId} and status in ('proposed', 'accepted')
        and responder_expert_id <> ${expertId}
      for no key update
    ),
    updated as (
      update matches set responder_expert_id = ${expertId}, version = version + 1, updated_at = now()
      from moving where matches.id = moving.id
      returning matches.*, moving.previous_expert_id
    )
    select ${matchColumns(sql)}, m.previous_expert_id from updated m join needs n on n.id = m.need_id
  `
  const consultations = await sql<(ConsultationRow & { previousExpertId: string })[]>`
    with moving as (
      select c.id, c.expert_id as previous_expert_id from consultations c join matches m on m.id = c.match_id
      where m.candidate_kind = ${kind} and m.candidate_id = ${candidateId} and c.status = 'scheduled' and c.expert_id <> ${expertId}
      for no key update of c
    ),
    updated as (
      update consultations set expert_id = ${expertId}, version = version + 1, updated_at = now()
      from moving where consultations.id = moving.id
      returning consultations.*, moving.previous_expert_id
    )
    select ${consultationColumns(sql)}, c.previous_expert_id from updated c
  `
  const contracts = await sql<(ContractRow & { previousExpertId: string })[]>`
    with moving as (
      select id, counterpart_expert_id as previous_expert_id from contracts
      where counterpart_kind = ${kind} and counterpart_id = ${candidateId} and status <> 'terminated' and counterpart_expert_id <> ${expertId}
      for no key update
    ),
    updated as (
      update contracts set counterpart_expert_id = ${expertId}, version = version + 1, updated_at = now()
      from moving where contracts.id = moving.id
      returning contracts.*, moving.previous_expert_id
    )
    select ${contractColumns(sql)}, k.previous_expert_id from updated k
  `
  const split = <Row>({ previousExpertId, ...row }: Row & { previousExpertId: string }): HandedOver<Row> => ({ previousExpertId, row: row as Row })
  return { matches: matches.map(split), consultations: consultations.map(split), contracts: contracts.map(split) }
}

/** A candidate left with nobody to answer for it has its unanswered invitations withdrawn. */
export async function withdrawProposalsOfCandidate(sql: Queryable, kind: CandidateKind, candidateId: string): Promise<MatchRow[]> {
  return sql<MatchRow[]>`
    with updated as (
      update matches set status = 'withdrawn', version = version + 1, updated_at = now()
      where candidate_kind = ${kind} and candidate_id = ${candidateId} and status = 'proposed'
      returning *
    )
    select ${matchColumns(sql)} from updated m join needs n on n.id = m.need_id
  `
}

export async function lockProposalsOfResponder(sql: Queryable, expertId: string): Promise<void> {
  await sql`select id from matches where responder_expert_id = ${expertId} and status = 'proposed' for no key update`
}

/** An expert who stops taking engagements declines what it has not answered yet. */
export async function declineProposalsOfResponder(sql: Queryable, expertId: string, reason: string): Promise<MatchRow[]> {
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
