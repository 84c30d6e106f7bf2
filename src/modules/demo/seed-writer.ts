import type { z } from '@hono/zod-openapi'
import type { Row } from 'postgres'
import type { Role } from '../../core/principal.js'
import type { ExpertAvailability } from '../../core/vocabulary.js'
import type { Queryable, TransactionSql } from '../../platform/db/client.js'
import type { NewApiKey } from '../accounts/index.js'
import { insertApiKey } from '../accounts/index.js'
import type { ConsultationSchema } from '../engagements/index.js'
import type { ContractHistorySchema, ContractSchema, OutcomesSchema } from '../engagements/index.js'
import type { MatchSchema } from '../engagements/index.js'
import type { NeedSchema } from '../needs/index.js'
import type { EnterpriseSchema } from '../registry/index.js'
import type { AchievementSchema, ExpertSchema } from '../registry/index.js'
import type { IndustrySchema } from '../registry/index.js'
import type { ParkSchema } from '../registry/index.js'
import type { SocietySchema } from '../registry/index.js'
import type { WorkstationSchema } from '../registry/index.js'

/**
 * Bulk inserts for loading a prepared data set (the demo seed): ids, timestamps and relations are
 * decided by the caller, so every table is one multi-row insert (split only to stay under the
 * protocol's 65 535 parameters per statement). A row is what the API answers for it, timestamps
 * as ISO 8601 strings, less what the API works out when answering (names, texts in human units,
 * counts, lists kept in other tables), plus the columns the API does not show.
 */

export type SeedIndustry = Omit<z.infer<typeof IndustrySchema>, 'createdAt'>
export type SeedPark = z.infer<typeof ParkSchema>
export type SeedEnterprise = z.infer<typeof EnterpriseSchema>
export type SeedExpert = Omit<z.infer<typeof ExpertSchema>, 'societyIds' | 'achievements'>
export type SeedAchievement = z.infer<typeof AchievementSchema> & { expertId: string; position: number }
export type SeedSociety = Omit<z.infer<typeof SocietySchema>, 'memberCount'>
export type SeedWorkstation = Omit<z.infer<typeof WorkstationSchema>, 'memberExpertIds'>
export type SeedNeed = Omit<z.infer<typeof NeedSchema>, 'budgetText' | 'proposalsCloseAt'>

export interface SeedSocietyMembership {
  societyId: string
  expertId: string
}

export interface SeedWorkstationMember {
  workstationId: string
  expertId: string
}

type Match = z.infer<typeof MatchSchema>
/** The invitation as stored: the enterprise and the names are the need's and candidate's own. */
export type SeedMatch = Omit<Match, 'enterpriseId' | 'needTitle' | 'enterpriseName' | 'candidateName' | 'expiresAtText'> & {
  proposedByKeyId: string | null
}

export type SeedConsultation = Omit<
  z.infer<typeof ConsultationSchema>,
  'needTitle' | 'enterpriseName' | 'expertName' | 'scheduledAtText' | 'cancelledByRole'
> & { cancelledByRole: Role | null }

type Outcomes = z.infer<typeof OutcomesSchema>
/** The contract as stored: its outcomes in columns of their own, empty until it is completed. */
export type SeedContract = Omit<
  z.infer<typeof ContractSchema>,
  'needTitle' | 'enterpriseName' | 'counterpartName' | 'valueText' | 'reviewComment' | 'outcomes'
> & { [K in Exclude<keyof Outcomes, 'evidence'>]: Outcomes[K] | null } & Pick<Outcomes, 'evidence'>

type ContractHistory = z.infer<typeof ContractHistorySchema>
export type SeedContractRevision = Omit<ContractHistory['revisions'][number], 'createdByRole'> & { contractId: string; createdByRole: Role }
export type SeedContractReview = Omit<ContractHistory['reviews'][number], 'reviewerRole'> & { contractId: string; reviewerRole: Role }

export interface SeedAvailabilityChange {
  expertId: string
  fromAvailability: ExpertAvailability
  toAvailability: ExpertAvailability
  changedAt: string
}

export type SeedApiKey = Required<NewApiKey>

const maxParameters = 60_000

/** Rows per statement so that rows × columns stays under the parameter limit. */
function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / columns))
  const result: T[][] = []
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size))
  return result
}

/** Writes the named columns of the rows (camelCase; the client maps them to the table's names). */
async function insertRows<T extends object>(
  tx: TransactionSql,
  table: string,
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
  options: { keepExisting?: boolean } = {},
): Promise<void> {
  for (const chunk of chunks(rows, columns.length)) {
    await tx`insert into ${tx(table)} ${tx(chunk as Row[], ...columns)} ${options.keepExisting ? tx`on conflict do nothing` : tx``}`
  }
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
export const insertSeedIndustries = (tx: TransactionSql, rows: readonly SeedIndustry[]) =>
  insertRows(tx, 'industries', rows, ['code', 'name', 'description'], { keepExisting: true })

export const insertSeedParks = (tx: TransactionSql, rows: readonly SeedPark[]) =>
  insertRows(tx, 'parks', rows, ['id', 'name', 'regionCode', 'keyIndustries', 'description', 'createdAt', 'updatedAt'])

export const insertSeedEnterprises = (tx: TransactionSql, rows: readonly SeedEnterprise[]) =>
  insertRows(tx, 'enterprises', rows, [
    'id', 'name', 'uscc', 'parkId', 'industries', 'size', 'isKey', 'contactName', 'contactPhone', 'contactEmail',
    'description', 'createdAt', 'updatedAt',
  ])

export const insertSeedExperts = (tx: TransactionSql, rows: readonly SeedExpert[]) =>
  insertRows(tx, 'experts', rows, [
    'id', 'name', 'title', 'isAcademician', 'organisation', 'enterpriseId', 'disciplines', 'fields', 'keywords',
    'industries', 'bio', 'regionCode', 'availability', 'capacity', 'createdAt', 'updatedAt',
  ])

export const insertSeedAchievements = (tx: TransactionSql, rows: readonly SeedAchievement[]) =>
  insertRows(tx, 'expert_achievements', rows, ['id', 'expertId', 'position', 'title', 'kind', 'year', 'summary', 'pinned', 'excludedFromMatching'])

export const insertSeedSocieties = (tx: TransactionSql, rows: readonly SeedSociety[]) =>
  insertRows(tx, 'societies', rows, ['id', 'name', 'level', 'disciplines', 'description', 'regionCode', 'contactExpertId', 'createdAt', 'updatedAt'])

export const insertSeedSocietyMemberships = (tx: TransactionSql, rows: readonly SeedSocietyMembership[]) =>
  insertRows(tx, 'society_memberships', rows, ['societyId', 'expertId'])

export const insertSeedWorkstations = (tx: TransactionSql, rows: readonly SeedWorkstation[]) =>
  insertRows(tx, 'workstations', rows, [
    'id', 'name', 'kind', 'hostEnterpriseId', 'hostParkId', 'parkId', 'societyId', 'leadExpertId', 'fields',
    'description', 'createdAt', 'updatedAt',
  ])

export const insertSeedWorkstationMembers = (tx: TransactionSql, rows: readonly SeedWorkstationMember[]) =>
  insertRows(tx, 'workstation_members', rows, ['workstationId', 'expertId'])

export const insertSeedNeeds = (tx: TransactionSql, rows: readonly SeedNeed[]) =>
  insertRows(tx, 'needs', rows, [
    'id', 'enterpriseId', 'parkId', 'title', 'industryCode', 'background', 'problem', 'goals', 'kind', 'keywords',
    'budgetMinFen', 'budgetMaxFen', 'trlWanted', 'deadline', 'visibility', 'status', 'createdAt', 'updatedAt',
  ])

/** The few demo keys go in as any key does. */
export async function insertSeedApiKeys(tx: TransactionSql, rows: readonly SeedApiKey[]): Promise<void> {
  for (const key of rows) await insertApiKey(tx, key)
}

export const insertSeedMatches = (tx: TransactionSql, rows: readonly SeedMatch[]) =>
  insertRows(tx, 'matches', rows, [
    'id', 'needId', 'parkId', 'candidateKind', 'candidateId', 'responderExpertId', 'status', 'message', 'declineReason',
    'autoNext', 'proposedByKeyId', 'expiresAt', 'respondedAt', 'createdAt', 'updatedAt',
  ])

export const insertSeedConsultations = (tx: TransactionSql, rows: readonly SeedConsultation[]) =>
  insertRows(tx, 'consultations', rows, [
    'id', 'matchId', 'needId', 'parkId', 'enterpriseId', 'expertId', 'mode', 'status', 'scheduledAt', 'heldAt', 'hours',
    'summary', 'expertNotes', 'rating', 'ratingComment', 'ratedAt', 'cancelReason', 'cancelledByRole', 'completedAt',
    'cancelledAt', 'createdAt', 'updatedAt',
  ])

export const insertSeedContracts = (tx: TransactionSql, rows: readonly SeedContract[]) =>
  insertRows(tx, 'contracts', rows, [
    'id', 'needId', 'matchId', 'parkId', 'enterpriseId', 'counterpartKind', 'counterpartId', 'counterpartExpertId',
    'consultationIds', 'kind', 'title', 'valueFen', 'signedOn', 'registrationNumber', 'status', 'signedAt', 'startedAt',
    'completedAt', 'terminatedAt', 'terminationReason', 'newProducts', 'addedRevenueFen', 'patentsFiled',
    'patentsGranted', 'jobsCreated', 'evidence', 'reviewStatus', 'reviewedAt', 'revision', 'createdAt', 'updatedAt',
  ])

/** Revisions carry their changes as JSON, which needs its own parameter type. */
export const insertSeedContractRevisions = (tx: TransactionSql, rows: readonly SeedContractRevision[]) =>
  insertRows(
    tx,
    'contract_revisions',
    rows.map((row) => ({ ...row, changes: tx.json(row.changes as never) })),
    ['contractId', 'number', 'reason', 'changes', 'createdByRole', 'createdAt'],
  )

export const insertSeedContractReviews = (tx: TransactionSql, rows: readonly SeedContractReview[]) =>
  insertRows(tx, 'contract_reviews', rows, ['contractId', 'revision', 'decision', 'comment', 'reviewerRole', 'createdAt'])

/** Availability history as it was (the trigger records only updates made from now on). */
export const insertSeedAvailabilityChanges = (tx: TransactionSql, rows: readonly SeedAvailabilityChange[]) =>
  insertRows(tx, 'expert_availability_changes', rows, ['expertId', 'fromAvailability', 'toAvailability', 'changedAt'])
