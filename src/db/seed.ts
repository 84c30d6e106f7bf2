import type { Role } from '../domain/principal.js'
import type { Queryable, TransactionSql } from './client.js'

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
