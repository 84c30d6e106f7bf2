import type { Principal } from '../../../core/principal.js'
import type { ContractStatus } from '../../../core/vocabulary.js'
import { candidateNameOf } from '../../matching/index.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters } from '../../../platform/db/listing.js'
import { patchChanges } from '../../../platform/db/patch.js'
import { updateVersionedRow } from '../../../platform/db/versioned-row.js'
import { partyRows } from '../party-rows.js'
import type { ContractFields, ContractInsert, ContractListQuery, ContractRow, ReviewDecision, ReviewRow, RevisionRow } from './model.js'

export type { ContractKind, ContractRow } from './model.js'

export const contractColumns = (sql: Queryable) => sql`
  k.id, k.need_id, k.match_id, k.park_id, k.enterprise_id, k.counterpart_kind, k.counterpart_id,
  k.counterpart_expert_id as expert_id, k.consultation_ids, k.kind, k.title, k.value_fen, k.signed_on::text as signed_on,
  k.registration_number, k.status, k.signed_at, k.started_at, k.completed_at, k.terminated_at, k.termination_reason,
  k.new_products, k.added_revenue_fen, k.patents_filed, k.patents_granted, k.jobs_created, k.evidence,
  k.review_status, k.reviewed_at, k.revision, k.version, k.created_at, k.updated_at,
  to_char(k.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
  (select n.title from needs n where n.id = k.need_id) as need_title,
  (select e.name from enterprises e where e.id = k.enterprise_id) as enterprise_name,
  ${candidateNameOf(sql, sql`k.counterpart_kind`, sql`k.counterpart_id`)} as counterpart_name,
  (select r.comment from contract_reviews r
    where r.contract_id = k.id and r.revision = k.revision and k.review_status in ('verified', 'rejected')
    order by r.created_at desc limit 1) as review_comment
`

const contracts: RowSource = { table: 'contracts', alias: 'k', columns: contractColumns }

/** Contracts as their parties read them: the need's park, the enterprise, the counterpart's expert. */
export const contractRows = partyRows<ContractRow>('contract', contracts, (sql) => ({ park: sql`k.park_id`, enterprise: sql`k.enterprise_id`, expert: sql`k.counterpart_expert_id` }))

export const insertContract = (sql: Queryable, contract: ContractInsert) =>
  contractRows.inserted(sql, sql`
    insert into contracts (need_id, match_id, park_id, enterprise_id, counterpart_kind, counterpart_id, counterpart_expert_id,
                           consultation_ids, kind, title, value_fen, signed_on, registration_number)
    values (${contract.needId}, ${contract.matchId}, ${contract.parkId}, ${contract.enterpriseId}, ${contract.counterpartKind},
            ${contract.counterpartId}, ${contract.counterpartExpertId}, ${contract.consultationIds}::uuid[], ${contract.kind},
            ${contract.title}, ${contract.valueFen}, ${contract.signedOn}, ${contract.registrationNumber})
  `)

/** A page of the contracts this key may see, by need, invitation, status, review and kind. */
export const listContracts = (sql: Queryable, principal: Principal, query: ContractListQuery) =>
  contractRows.page(
    sql,
    principal,
    equalFilters(sql, 'k', { need_id: query.needId, match_id: query.matchId, status: query.status, review_status: query.reviewStatus, kind: query.kind }),
    query,
  )

const fieldColumns = {
  title: 'title',
  kind: 'kind',
  valueFen: 'value_fen',
  signedOn: 'signed_on',
  registrationNumber: 'registration_number',
  consultationIds: 'consultation_ids',
  newProducts: 'new_products',
  addedRevenueFen: 'added_revenue_fen',
  patentsFiled: 'patents_filed',
  patentsGranted: 'patents_granted',
  jobsCreated: 'jobs_created',
  evidence: 'evidence',
} as const satisfies Record<keyof ContractFields, string>

/** Changes fields of the contract at the version read; null when it changed meanwhile. */
export function updateContractFields(sql: Queryable, id: string, version: number, fields: ContractFields): Promise<ContractRow | null> {
  return updateVersionedRow<ContractRow>(sql, contracts, id, version, patchChanges(fields, fieldColumns))
}

/**
 * Moves the contract from `from` to `to` (stamping the matching time), only if it is still in
 * `from`; null when it was not.
 */
export function transitionContract(
  sql: Queryable,
  id: string,
  from: ContractStatus,
  to: Exclude<ContractStatus, 'draft'>,
  extra: { terminationReason?: string } = {},
): Promise<ContractRow | null> {
  const set = sql`
    status = ${to},
    signed_at = case when ${to} = 'signed' then now() else signed_at end,
    started_at = case when ${to} = 'in_progress' then now() else started_at end,
    completed_at = case when ${to} = 'completed' then now() else completed_at end,
    terminated_at = case when ${to} = 'terminated' then now() else terminated_at end,
    termination_reason = coalesce(${extra.terminationReason ?? null}, termination_reason),
    review_status = case when ${to} = 'completed' then 'pending'::contract_review_status else review_status end,
    revision = case when ${to} = 'completed' then 1 else revision end
  `
  return contractRows.updated(sql, id, set, sql`status = ${from}`)
}

/** A revision makes the contract pending review again, at the next revision number. */
export function markRevised(sql: Queryable, id: string): Promise<ContractRow | null> {
  return contractRows.updated(sql, id, sql`review_status = 'pending', reviewed_at = null, revision = revision + 1`, sql`status = 'completed'`)
}

/** pending → verified / rejected, only if still pending. */
export function reviewContract(sql: Queryable, id: string, decision: ReviewDecision): Promise<ContractRow | null> {
  return contractRows.updated(sql, id, sql`review_status = ${decision}, reviewed_at = now()`, sql`status = 'completed' and review_status = 'pending'`)
}

/** Who wrote a revision or a review: the acting key and its role. */
type Author = Pick<Principal, 'keyId' | 'role'>

export async function insertRevision(
  sql: Queryable,
  by: Author,
  revision: { contractId: string; number: number; reason: string; changes: Record<string, { from: unknown; to: unknown }> },
): Promise<void> {
  await sql`
    insert into contract_revisions (contract_id, number, reason, changes, created_by_key_id, created_by_role)
    values (${revision.contractId}, ${revision.number}, ${revision.reason}, ${sql.json(revision.changes as never)}, ${by.keyId}, ${by.role})
  `
}

export async function insertReview(sql: Queryable, by: Author, review: { contractId: string; revision: number; decision: ReviewDecision; comment: string }): Promise<void> {
  await sql`
    insert into contract_reviews (contract_id, revision, decision, comment, reviewer_key_id, reviewer_role)
    values (${review.contractId}, ${review.revision}, ${review.decision}, ${review.comment}, ${by.keyId}, ${by.role})
  `
}

export async function listRevisions(sql: Queryable, contractId: string): Promise<RevisionRow[]> {
  return sql<RevisionRow[]>`
    select number, reason, changes, created_by_role, created_at from contract_revisions
    where contract_id = ${contractId} order by number
  `
}

export async function listReviews(sql: Queryable, contractId: string): Promise<ReviewRow[]> {
  return sql<ReviewRow[]>`
    select id, revision, decision, comment, reviewer_role, created_at from contract_reviews
    where contract_id = ${contractId} order by id
  `
}
