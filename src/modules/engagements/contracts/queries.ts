import type { PartyReadScope } from '../../../core/access.js'
import type { PageCursor } from '../../../platform/http/pagination.js'
import { candidateNameOf } from '../../matching/candidates/queries.js'
import type { Queryable } from '../../../platform/db/client.js'
import { afterCursor } from '../../../platform/db/keyset.js'
import { patchChanges, versionedUpdate } from '../../../platform/db/patch.js'
import { type CandidateKind } from '../../../core/vocabulary.js'

export type ContractKind = 'development' | 'assignment' | 'licence' | 'consulting' | 'service'
export type ContractStatus = 'draft' | 'signed' | 'in_progress' | 'completed' | 'terminated'
export type ReviewStatus = 'pending' | 'verified' | 'rejected'

export interface ContractOutcomes {
  newProducts: number
  addedRevenueFen: number
  patentsFiled: number
  patentsGranted: number
  jobsCreated: number
  evidence: string[]
}

export interface ContractRow {
  id: string
  needId: string
  matchId: string | null
  parkId: string
  enterpriseId: string
  counterpartKind: CandidateKind
  counterpartId: string
  /** The counterpart's answering expert; `expertId` so party checks treat contracts like consultations. */
  expertId: string
  consultationIds: string[]
  kind: ContractKind
  title: string
  valueFen: number
  signedOn: string | null
  registrationNumber: string | null
  status: ContractStatus
  signedAt: Date | null
  startedAt: Date | null
  completedAt: Date | null
  terminatedAt: Date | null
  terminationReason: string | null
  newProducts: number | null
  addedRevenueFen: number | null
  patentsFiled: number | null
  patentsGranted: number | null
  jobsCreated: number | null
  evidence: string[]
  reviewStatus: ReviewStatus | null
  reviewedAt: Date | null
  /** The park's comment on the revision's verification or rejection; null while pending or before completion. */
  reviewComment: string | null
  revision: number
  version: number
  createdAt: Date
  updatedAt: Date
  cursorAt: string
  /** Names beside the ids, as they are now, for the people who read a contract. */
  needTitle: string
  enterpriseName: string
  counterpartName: string
}

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

function scopeCondition(sql: Queryable, scope: PartyReadScope) {
  switch (scope.kind) {
    case 'all':
      return sql`true`
    case 'park':
      return sql`k.park_id = ${scope.parkId}`
    case 'enterprise':
      return sql`k.enterprise_id = ${scope.enterpriseId}`
    case 'expert':
      return sql`k.counterpart_expert_id = ${scope.expertId}`
  }
}

export interface NewContract {
  needId: string
  matchId: string | null
  parkId: string
  enterpriseId: string
  counterpartKind: CandidateKind
  counterpartId: string
  counterpartExpertId: string
  consultationIds: string[]
  kind: ContractKind
  title: string
  valueFen: number
  signedOn: string | null
  registrationNumber: string | null
}

export async function insertContract(sql: Queryable, contract: NewContract): Promise<ContractRow> {
  const [row] = await sql<ContractRow[]>`
    with inserted as (
      insert into contracts (need_id, match_id, park_id, enterprise_id, counterpart_kind, counterpart_id, counterpart_expert_id,
                             consultation_ids, kind, title, value_fen, signed_on, registration_number)
      values (${contract.needId}, ${contract.matchId}, ${contract.parkId}, ${contract.enterpriseId}, ${contract.counterpartKind},
              ${contract.counterpartId}, ${contract.counterpartExpertId}, ${contract.consultationIds}::uuid[], ${contract.kind},
              ${contract.title}, ${contract.valueFen}, ${contract.signedOn}, ${contract.registrationNumber})
      returning *
    )
    select ${contractColumns(sql)} from inserted k
  `
  return row!
}

export async function findContract(sql: Queryable, id: string, scope: PartyReadScope, options: { forUpdate?: boolean } = {}): Promise<ContractRow | null> {
  const [row] = await sql<ContractRow[]>`
    select ${contractColumns(sql)} from contracts k
    where k.id = ${id} and ${scopeCondition(sql, scope)}
    ${options.forUpdate ? sql`for no key update` : sql``}
  `
  return row ?? null
}

export interface ContractFilter {
  needId?: string | undefined
  matchId?: string | undefined
  status?: ContractStatus | undefined
  reviewStatus?: ReviewStatus | undefined
  kind?: ContractKind | undefined
  after: PageCursor | null
  limit: number
}

function filterConditions(sql: Queryable, scope: PartyReadScope, filter: ContractFilter) {
  return sql`
    ${scopeCondition(sql, scope)}
    ${filter.needId ? sql`and k.need_id = ${filter.needId}` : sql``}
    ${filter.matchId ? sql`and k.match_id = ${filter.matchId}` : sql``}
    ${filter.status ? sql`and k.status = ${filter.status}` : sql``}
    ${filter.reviewStatus ? sql`and k.review_status = ${filter.reviewStatus}` : sql``}
    ${filter.kind ? sql`and k.kind = ${filter.kind}` : sql``}
  `
}

export async function listContracts(sql: Queryable, scope: PartyReadScope, filter: ContractFilter): Promise<ContractRow[]> {
  return sql<ContractRow[]>`
    select ${contractColumns(sql)} from contracts k
    where ${filterConditions(sql, scope, filter)}
      ${afterCursor(sql, 'k', filter.after)}
    order by k.created_at desc, k.id desc
    limit ${filter.limit + 1}
  `
}

export async function countContracts(sql: Queryable, scope: PartyReadScope, filter: ContractFilter): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from contracts k where ${filterConditions(sql, scope, filter)}`
  return row!.count
}

export interface ContractTerms {
  title?: string | undefined
  kind?: ContractKind | undefined
  valueFen?: number | undefined
  signedOn?: string | null | undefined
  registrationNumber?: string | null | undefined
  consultationIds?: string[] | undefined
}

export type ContractFields = ContractTerms & Partial<Omit<ContractOutcomes, 'evidence'>> & { evidence?: string[] | undefined }

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
export async function updateContractFields(sql: Queryable, id: string, version: number, fields: ContractFields): Promise<ContractRow | null> {
  const changes = patchChanges(fields, fieldColumns)
  const [row] = await sql<ContractRow[]>`
    with updated as (
      ${versionedUpdate(sql, 'contracts', changes)}
      where id = ${id} and version = ${version}
      returning *
    )
    select ${contractColumns(sql)} from updated k
  `
  return row ?? null
}

/**
 * Moves the contract from `from` to `to` (stamping the matching time), only if it is still in
 * `from`; null when it was not.
 */
export async function transitionContract(
  sql: Queryable,
  id: string,
  from: ContractStatus,
  to: Exclude<ContractStatus, 'draft'>,
  extra: { terminationReason?: string } = {},
): Promise<ContractRow | null> {
  const [row] = await sql<ContractRow[]>`
    with updated as (
      update contracts set status = ${to},
        signed_at = case when ${to} = 'signed' then now() else signed_at end,
        started_at = case when ${to} = 'in_progress' then now() else started_at end,
        completed_at = case when ${to} = 'completed' then now() else completed_at end,
        terminated_at = case when ${to} = 'terminated' then now() else terminated_at end,
        termination_reason = coalesce(${extra.terminationReason ?? null}, termination_reason),
        review_status = case when ${to} = 'completed' then 'pending'::contract_review_status else review_status end,
        revision = case when ${to} = 'completed' then 1 else revision end,
        version = version + 1, updated_at = now()
      where id = ${id} and status = ${from}
      returning *
    )
    select ${contractColumns(sql)} from updated k
  `
  return row ?? null
}

/** A revision makes the contract pending review again, at the next revision number. */
export async function markRevised(sql: Queryable, id: string): Promise<ContractRow | null> {
  const [row] = await sql<ContractRow[]>`
    with updated as (
      update contracts set review_status = 'pending', reviewed_at = null, revision = revision + 1, version = version + 1, updated_at = now()
      where id = ${id} and status = 'completed'
      returning *
    )
    select ${contractColumns(sql)} from updated k
  `
  return row ?? null
}

/** pending → verified / rejected, only if still pending. */
export async function reviewContract(sql: Queryable, id: string, decision: 'verified' | 'rejected'): Promise<ContractRow | null> {
  const [row] = await sql<ContractRow[]>`
    with updated as (
      update contracts set review_status = ${decision}, reviewed_at = now(), version = version + 1, updated_at = now()
      where id = ${id} and status = 'completed' and review_status = 'pending'
      returning *
    )
    select ${contractColumns(sql)} from updated k
  `
  return row ?? null
}

export interface RevisionRow {
  number: number
  reason: string
  changes: Record<string, { from: unknown; to: unknown }>
  createdByRole: string | null
  createdAt: Date
}

export interface ReviewRow {
  id: number
  revision: number
  decision: 'verified' | 'rejected'
  comment: string
  reviewerRole: string | null
  createdAt: Date
}

export async function insertRevision(
  sql: Queryable,
  revision: { contractId: string; number: number; reason: string; changes: Record<string, { from: unknown; to: unknown }>; keyId: string | null; role: string | null },
): Promise<void> {
  await sql`
    insert into contract_revisions (contract_id, number, reason, changes, created_by_key_id, created_by_role)
    values (${revision.contractId}, ${revision.number}, ${revision.reason}, ${sql.json(revision.changes as never)}, ${revision.keyId}, ${revision.role})
  `
}

export async function insertReview(
  sql: Queryable,
  review: { contractId: string; revision: number; decision: 'verified' | 'rejected'; comment: string; keyId: string | null; role: string | null },
): Promise<void> {
  await sql`
    insert into contract_reviews (contract_id, revision, decision, comment, reviewer_key_id, reviewer_role)
    values (${review.contractId}, ${review.revision}, ${review.decision}, ${review.comment}, ${review.keyId}, ${review.role})
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
