import type { Role } from '../../core/principal.js'
import type { Queryable, TransactionSql } from '../../platform/db/client.js'

/**
 * Bulk inserts for loading a prepared data set (the demo seed): ids, timestamps and relations are
 * decided by the caller, so every table is one multi-row insert (split only to stay under the
 * protocol's 65 535 parameters per statement). Timestamps are ISO 8601 strings.
 */

export interface SeedIndustry {
  code: string
  name: string
  description: string
}

export interface SeedPark {
  id: string
  name: string
  regionCode: string
  keyIndustries: string[]
  description: string
  createdAt: string
  updatedAt: string
}

export interface SeedEnterprise {
  id: string
  name: string
  uscc: string
  parkId: string
  industries: string[]
  size: 'micro' | 'small' | 'medium' | 'large'
  isKey: boolean
  contactName: string
  contactPhone: string
  contactEmail: string
  description: string
  createdAt: string
  updatedAt: string
}

export interface SeedExpert {
  id: string
  name: string
  title: string
  isAcademician: boolean
  organisation: string
  enterpriseId: string | null
  disciplines: string[]
  fields: string[]
  keywords: string[]
  industries: string[]
  bio: string
  regionCode: string | null
  availability: 'available' | 'busy' | 'unavailable'
  capacity: number
  createdAt: string
  updatedAt: string
}

export interface SeedAchievement {
  id: string
  expertId: string
  position: number
  title: string
  kind: 'paper' | 'patent' | 'project' | 'award' | 'standard'
  year: number | null
  summary: string
  pinned: boolean
  excludedFromMatching: boolean
}

export interface SeedSociety {
  id: string
  name: string
  level: 'national' | 'provincial' | 'municipal'
  disciplines: string[]
  description: string
  regionCode: string | null
  contactExpertId: string | null
  createdAt: string
  updatedAt: string
}

export interface SeedSocietyMembership {
  societyId: string
  expertId: string
}

export interface SeedWorkstation {
  id: string
  name: string
  kind: 'society_station' | 'expert_station' | 'academician_station' | 'academician_center'
  hostEnterpriseId: string | null
  hostParkId: string | null
  parkId: string
  societyId: string | null
  leadExpertId: string
  fields: string[]
  description: string
  createdAt: string
  updatedAt: string
}

export interface SeedWorkstationMember {
  workstationId: string
  expertId: string
}

export interface SeedNeed {
  id: string
  enterpriseId: string
  parkId: string
  title: string
  industryCode: string
  background: string
  problem: string
  goals: string
  kind: 'breakthrough' | 'consulting' | 'collaboration' | 'transfer' | 'commercialisation' | 'new_product' | 'talent'
  keywords: string[]
  budgetMinFen: number | null
  budgetMaxFen: number | null
  trlWanted: number | null
  deadline: string | null
  visibility: 'public' | 'park' | 'private'
  status: 'draft' | 'open' | 'in_progress' | 'resolved' | 'closed'
  createdAt: string
  updatedAt: string
}

export interface SeedMatch {
  id: string
  needId: string
  parkId: string
  candidateKind: 'expert' | 'society' | 'workstation'
  candidateId: string
  responderExpertId: string
  status: 'proposed' | 'accepted' | 'declined' | 'expired' | 'withdrawn'
  message: string
  declineReason: string | null
  autoNext: boolean
  proposedByKeyId: string | null
  expiresAt: string
  respondedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface SeedConsultation {
  id: string
  matchId: string
  needId: string
  parkId: string
  enterpriseId: string
  expertId: string
  mode: 'on_site' | 'online' | 'phone'
  status: 'scheduled' | 'completed' | 'cancelled'
  scheduledAt: string
  heldAt: string | null
  hours: number | null
  summary: string
  expertNotes: string
  rating: number | null
  ratingComment: string
  ratedAt: string | null
  cancelReason: string | null
  cancelledByRole: Role | null
  completedAt: string | null
  cancelledAt: string | null
  createdAt: string
  updatedAt: string
}

export interface SeedContract {
  id: string
  needId: string
  matchId: string | null
  parkId: string
  enterpriseId: string
  counterpartKind: 'expert' | 'society' | 'workstation'
  counterpartId: string
  counterpartExpertId: string
  consultationIds: string[]
  kind: 'development' | 'assignment' | 'licence' | 'consulting' | 'service'
  title: string
  valueFen: number
  /** YYYY-MM-DD */
  signedOn: string | null
  registrationNumber: string | null
  status: 'draft' | 'signed' | 'in_progress' | 'completed' | 'terminated'
  signedAt: string | null
  startedAt: string | null
  completedAt: string | null
  terminatedAt: string | null
  terminationReason: string | null
  newProducts: number | null
  addedRevenueFen: number | null
  patentsFiled: number | null
  patentsGranted: number | null
  jobsCreated: number | null
  evidence: string[]
  reviewStatus: 'pending' | 'verified' | 'rejected' | null
  reviewedAt: string | null
  revision: number
  createdAt: string
  updatedAt: string
}

export interface SeedContractRevision {
  contractId: string
  number: number
  reason: string
  changes: Record<string, { from: unknown; to: unknown }>
  createdByRole: Role
  createdAt: string
}

export interface SeedContractReview {
  contractId: string
  revision: number
  decision: 'verified' | 'rejected'
  comment: string
  reviewerRole: Role
  createdAt: string
}

export interface SeedAvailabilityChange {
  expertId: string
  fromAvailability: SeedExpert['availability']
  toAvailability: SeedExpert['availability']
  changedAt: string
}

export interface SeedApiKey {
  id: string
  name: string
  prefix: string
  keyHash: string
  role: Role
  parkId: string | null
  enterpriseId: string | null
  expertId: string | null
}

const maxParameters = 60_000

/** Rows per statement so that rows × columns stays under the parameter limit. */
function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / columns))
  const result: T[][] = []
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size))
  return result
}

/** A lock held until the transaction ends, so two processes starting at once seed only once. */
export async function lockSeeding(tx: TransactionSql): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtext('kechuang-match:demo-seed'))`
}

/** A database with no park has nothing anyone could have entered through the API yet. */
export async function hasAnyPark(sql: Queryable): Promise<boolean> {
  const [row] = await sql<{ exists: boolean }[]>`select exists (select 1 from parks) as exists`
  return row!.exists
}

/** Industries are reference data another loader may already have written: existing codes stay. */
export async function insertSeedIndustries(tx: TransactionSql, rows: readonly SeedIndustry[]): Promise<void> {
  for (const chunk of chunks(rows, 3)) {
    await tx`insert into industries ${tx(chunk, 'code', 'name', 'description')} on conflict do nothing`
  }
}

export async function insertSeedParks(tx: TransactionSql, rows: readonly SeedPark[]): Promise<void> {
  for (const chunk of chunks(rows, 7)) {
    await tx`insert into parks ${tx(chunk, 'id', 'name', 'regionCode', 'keyIndustries', 'description', 'createdAt', 'updatedAt')}`
  }
}

export async function insertSeedEnterprises(tx: TransactionSql, rows: readonly SeedEnterprise[]): Promise<void> {
  for (const chunk of chunks(rows, 13)) {
    await tx`insert into enterprises ${tx(
      chunk,
      'id', 'name', 'uscc', 'parkId', 'industries', 'size', 'isKey', 'contactName', 'contactPhone', 'contactEmail',
      'description', 'createdAt', 'updatedAt',
    )}`
  }
}

export async function insertSeedExperts(tx: TransactionSql, rows: readonly SeedExpert[]): Promise<void> {
  for (const chunk of chunks(rows, 16)) {
    await tx`insert into experts ${tx(
      chunk,
      'id', 'name', 'title', 'isAcademician', 'organisation', 'enterpriseId', 'disciplines', 'fields', 'keywords',
      'industries', 'bio', 'regionCode', 'availability', 'capacity', 'createdAt', 'updatedAt',
    )}`
  }
}

export async function insertSeedAchievements(tx: TransactionSql, rows: readonly SeedAchievement[]): Promise<void> {
  for (const chunk of chunks(rows, 9)) {
    await tx`insert into expert_achievements ${tx(
      chunk,
      'id', 'expertId', 'position', 'title', 'kind', 'year', 'summary', 'pinned', 'excludedFromMatching',
    )}`
  }
}

export async function insertSeedSocieties(tx: TransactionSql, rows: readonly SeedSociety[]): Promise<void> {
  for (const chunk of chunks(rows, 9)) {
    await tx`insert into societies ${tx(
      chunk,
      'id', 'name', 'level', 'disciplines', 'description', 'regionCode', 'contactExpertId', 'createdAt', 'updatedAt',
    )}`
  }
}

export async function insertSeedSocietyMemberships(tx: TransactionSql, rows: readonly SeedSocietyMembership[]): Promise<void> {
  for (const chunk of chunks(rows, 2)) {
    await tx`insert into society_memberships ${tx(chunk, 'societyId', 'expertId')}`
  }
}

export async function insertSeedWorkstations(tx: TransactionSql, rows: readonly SeedWorkstation[]): Promise<void> {
  for (const chunk of chunks(rows, 12)) {
    await tx`insert into workstations ${tx(
      chunk,
      'id', 'name', 'kind', 'hostEnterpriseId', 'hostParkId', 'parkId', 'societyId', 'leadExpertId', 'fields',
      'description', 'createdAt', 'updatedAt',
    )}`
  }
}

export async function insertSeedWorkstationMembers(tx: TransactionSql, rows: readonly SeedWorkstationMember[]): Promise<void> {
  for (const chunk of chunks(rows, 2)) {
    await tx`insert into workstation_members ${tx(chunk, 'workstationId', 'expertId')}`
  }
}

export async function insertSeedNeeds(tx: TransactionSql, rows: readonly SeedNeed[]): Promise<void> {
  for (const chunk of chunks(rows, 18)) {
    await tx`insert into needs ${tx(
      chunk,
      'id', 'enterpriseId', 'parkId', 'title', 'industryCode', 'background', 'problem', 'goals', 'kind', 'keywords',
      'budgetMinFen', 'budgetMaxFen', 'trlWanted', 'deadline', 'visibility', 'status', 'createdAt', 'updatedAt',
    )}`
  }
}

export async function insertSeedApiKeys(tx: TransactionSql, rows: readonly SeedApiKey[]): Promise<void> {
  for (const chunk of chunks(rows, 8)) {
    await tx`insert into api_keys ${tx(chunk, 'id', 'name', 'prefix', 'keyHash', 'role', 'parkId', 'enterpriseId', 'expertId')}`
  }
}

export async function insertSeedMatches(tx: TransactionSql, rows: readonly SeedMatch[]): Promise<void> {
  for (const chunk of chunks(rows, 15)) {
    await tx`insert into matches ${tx(
      chunk,
      'id', 'needId', 'parkId', 'candidateKind', 'candidateId', 'responderExpertId', 'status', 'message', 'declineReason',
      'autoNext', 'proposedByKeyId', 'expiresAt', 'respondedAt', 'createdAt', 'updatedAt',
    )}`
  }
}

export async function insertSeedConsultations(tx: TransactionSql, rows: readonly SeedConsultation[]): Promise<void> {
  for (const chunk of chunks(rows, 22)) {
    await tx`insert into consultations ${tx(
      chunk,
      'id', 'matchId', 'needId', 'parkId', 'enterpriseId', 'expertId', 'mode', 'status', 'scheduledAt', 'heldAt', 'hours',
      'summary', 'expertNotes', 'rating', 'ratingComment', 'ratedAt', 'cancelReason', 'cancelledByRole', 'completedAt',
      'cancelledAt', 'createdAt', 'updatedAt',
    )}`
  }
}

export async function insertSeedContracts(tx: TransactionSql, rows: readonly SeedContract[]): Promise<void> {
  for (const chunk of chunks(rows, 31)) {
    await tx`insert into contracts ${tx(
      chunk,
      'id', 'needId', 'matchId', 'parkId', 'enterpriseId', 'counterpartKind', 'counterpartId', 'counterpartExpertId',
      'consultationIds', 'kind', 'title', 'valueFen', 'signedOn', 'registrationNumber', 'status', 'signedAt', 'startedAt',
      'completedAt', 'terminatedAt', 'terminationReason', 'newProducts', 'addedRevenueFen', 'patentsFiled',
      'patentsGranted', 'jobsCreated', 'evidence', 'reviewStatus', 'reviewedAt', 'revision', 'createdAt', 'updatedAt',
    )}`
  }
}

/** Revisions carry their changes as JSON; the rows are few, and jsonb needs its own parameter type. */
export async function insertSeedContractRevisions(tx: TransactionSql, rows: readonly SeedContractRevision[]): Promise<void> {
  for (const chunk of chunks(rows, 6)) {
    await tx`insert into contract_revisions ${tx(
      chunk.map((row) => ({ ...row, changes: tx.json(row.changes as never) })),
      'contractId', 'number', 'reason', 'changes', 'createdByRole', 'createdAt',
    )}`
  }
}

export async function insertSeedContractReviews(tx: TransactionSql, rows: readonly SeedContractReview[]): Promise<void> {
  for (const chunk of chunks(rows, 6)) {
    await tx`insert into contract_reviews ${tx(chunk, 'contractId', 'revision', 'decision', 'comment', 'reviewerRole', 'createdAt')}`
  }
}

/** Availability history as it was (the trigger records only updates made from now on). */
export async function insertSeedAvailabilityChanges(tx: TransactionSql, rows: readonly SeedAvailabilityChange[]): Promise<void> {
  for (const chunk of chunks(rows, 4)) {
    await tx`insert into expert_availability_changes ${tx(chunk, 'expertId', 'fromAvailability', 'toAvailability', 'changedAt')}`
  }
}
