import type { Sql, TransactionSql } from '../src/platform/db/client.js'
import {
  type SeedApiKey,
  hasAnyPark,
  insertSeedAchievements,
  insertSeedApiKeys,
  insertSeedAvailabilityChanges,
  insertSeedConsultations,
  insertSeedContractReviews,
  insertSeedContractRevisions,
  insertSeedContracts,
  insertSeedEnterprises,
  insertSeedExperts,
  insertSeedIndustries,
  insertSeedMatches,
  insertSeedNeeds,
  insertSeedParks,
  insertSeedSocieties,
  insertSeedSocietyMemberships,
  insertSeedWorkstationMembers,
  insertSeedWorkstations,
  lockSeeding,
} from '../src/modules/demo/seed-writer.js'
import { hashApiKey, keyPrefixLength } from '../src/modules/accounts/service.js'
import type { Role } from '../src/core/principal.js'
import { type DemoData, demoSeed, generateDemoData } from './demo-data.js'
import { insertAuditEvents } from '../src/platform/db/audit.js'
import type { Queryable } from '../src/platform/db/client.js'
import { type DemoAuditTrail, demoAuditTrail } from './demo-audit.js'
import { demoKeyIds } from './demo-history.js'
import { requestReindex } from '../src/platform/db/outbox.js'
// Wires how records follow each other across modules (a need's engagements, an enterprise's park).
import '../src/modules/index.js'

/**
 * The demo seed: loads `generateDemoData()` and one known API key per role, so a first
 * `npm start` serves a living pilot-park world. The keys are public (they are in the README):
 * never seed a database that real users will reach.
 */

const demoKey = (name: string) => `kcm_${name.padEnd(32, '0')}`

export const DEMO_ADMIN_KEY = demoKey('demoAdmin')
export const DEMO_PARK_STAFF_KEY = demoKey('demoParkStaff')
export const DEMO_ENTERPRISE_KEY = demoKey('demoEnterprise')
export const DEMO_EXPERT_KEY = demoKey('demoExpert')

export interface DemoKey {
  role: Role
  /** Whom the key acts for, by name. */
  scope: string
  key: string
  description: string
}

let cached: { day: string; data: DemoData } | undefined
/**
 * The generated data set for the day of `now` (its history ends the day before); generated once
 * per process and day (it is the same for every run on that day, and only its dates move with the day).
 */
export function demoData(now: Date = new Date()): DemoData {
  const day = now.toISOString().slice(0, 10)
  if (cached?.day !== day) cached = { day, data: generateDemoData(demoSeed, day) }
  return cached.data
}

function holders(data: DemoData) {
  const park = data.parks.find((row) => row.id === data.keyHolders.parkId)!
  const enterprise = data.enterprises.find((row) => row.id === data.keyHolders.enterpriseId)!
  const expert = data.experts.find((row) => row.id === data.keyHolders.expertId)!
  return { park, enterprise, expert }
}

function buildDemoKeys(data: DemoData): DemoKey[] {
  const { park, enterprise, expert } = holders(data)
  return [
    { role: 'admin', scope: '长治市科协 (all parks)', key: DEMO_ADMIN_KEY, description: 'The association: every park, reference data, keys' },
    { role: 'park_staff', scope: park.name, key: DEMO_PARK_STAFF_KEY, description: "Park staff: this park's enterprises, needs and workstations" },
    { role: 'enterprise', scope: enterprise.name, key: DEMO_ENTERPRISE_KEY, description: `A key enterprise of ${park.name} with needs in every status` },
    { role: 'expert', scope: `${expert.name} (${expert.organisation} ${expert.title})`, key: DEMO_EXPERT_KEY, description: 'An expert whose fields fit several published needs' },
  ]
}

/** The demo API keys, for the README and the startup log. */
export const demoKeys: DemoKey[] = buildDemoKeys(demoData())

async function apiKeyRows(data: DemoData): Promise<SeedApiKey[]> {
  const { keyHolders } = data
  const scopes: Record<Role, Pick<SeedApiKey, 'parkId' | 'enterpriseId' | 'expertId'>> = {
    admin: { parkId: null, enterpriseId: null, expertId: null },
    park_staff: { parkId: keyHolders.parkId, enterpriseId: null, expertId: null },
    enterprise: { parkId: null, enterpriseId: keyHolders.enterpriseId, expertId: null },
    expert: { parkId: null, enterpriseId: null, expertId: keyHolders.expertId },
  }
  return Promise.all(
    buildDemoKeys(data).map(async (demo) => ({
      id: demoKeyIds[demo.role],
      name: `演示 demo · ${demo.scope}`,
      prefix: demo.key.slice(0, keyPrefixLength),
      keyHash: await hashApiKey(demo.key),
      role: demo.role,
      ...scopes[demo.role],
    })),
  )
}

async function insertDemoData(tx: TransactionSql, data: DemoData): Promise<Record<string, number>> {
  const keys = await apiKeyRows(data)
  await insertSeedIndustries(tx, data.industries)
  await insertSeedParks(tx, data.parks)
  await insertSeedEnterprises(tx, data.enterprises)
  await insertSeedExperts(tx, data.experts)
  await insertSeedAchievements(tx, data.achievements)
  await insertSeedSocieties(tx, data.societies)
  await insertSeedSocietyMemberships(tx, data.societyMemberships)
  await insertSeedWorkstations(tx, data.workstations)
  await insertSeedWorkstationMembers(tx, data.workstationMembers)
  await insertSeedNeeds(tx, data.needs)
  await insertSeedApiKeys(tx, keys)
  const { history } = data
  await insertSeedMatches(tx, history.matches)
  await insertSeedConsultations(tx, history.consultations)
  await insertSeedContracts(tx, history.contracts)
  await insertSeedContractRevisions(tx, history.contractRevisions)
  await insertSeedContractReviews(tx, history.contractReviews)
  await insertSeedAvailabilityChanges(tx, history.availabilityChanges)
  const trail = demoAuditTrail(data, demoKeyIds)
  await insertAuditEvents(tx, trail.events)
  await setVersions(tx, trail.versions)
  // The server's outbox drain builds the search documents and embeddings of everything seeded.
  await requestReindex(tx, 'expert', data.experts.map((row) => row.id))
  await requestReindex(tx, 'society', data.societies.map((row) => row.id))
  await requestReindex(tx, 'workstation', data.workstations.map((row) => row.id))
  await requestReindex(tx, 'need', data.needs.map((row) => row.id))
  return {
    industries: data.industries.length,
    parks: data.parks.length,
    enterprises: data.enterprises.length,
    experts: data.experts.length,
    expertAchievements: data.achievements.length,
    societies: data.societies.length,
    societyMemberships: data.societyMemberships.length,
    workstations: data.workstations.length,
    workstationMembers: data.workstationMembers.length,
    needs: data.needs.length,
    apiKeys: keys.length,
    matches: history.matches.length,
    consultations: history.consultations.length,
    contracts: history.contracts.length,
    contractRevisions: history.contractRevisions.length,
    contractReviews: history.contractReviews.length,
    expertAvailabilityChanges: history.availabilityChanges.length,
    auditEvents: trail.events.length,
  }
}

const versionedTables = { need: 'needs', match: 'matches', consultation: 'consultations', contract: 'contracts' } as const

/** Rows take the version their audit trail ends at, as if each entry's write had bumped it (the ETag agrees with the trail). */
async function setVersions(tx: Queryable, versions: DemoAuditTrail['versions']): Promise<void> {
  for (const [kind, table] of Object.entries(versionedTables) as [keyof typeof versionedTables, string][]) {
    const changed = [...versions[kind]].filter(([, version]) => version > 1)
    if (changed.length === 0) continue
    await tx`
      update ${tx(table)} t set version = v.version
      from unnest(${changed.map(([id]) => id)}::uuid[], ${changed.map(([, version]) => version)}::int[]) as v(id, version)
      where t.id = v.id
    `
  }
}

/**
 * Loads the demo data, dated for the day of `now`, in one transaction (all or nothing) and returns
 * how many rows of each kind it wrote. The history comes with the audit trail its writes through
 * the API would have left (`demo-audit.ts`), in the same transaction.
 */
export async function loadDemoData(sql: Sql, now: Date = new Date()): Promise<Record<string, number>> {
  const data = demoData(now)
  return sql.begin((tx) => insertDemoData(tx, data))
}

/** Loads the demo data only into a database without parks; null when it already has some. */
export async function seedDemoIfEmpty(sql: Sql, now: Date = new Date()): Promise<null | Record<string, number>> {
  const data = demoData(now)
  return sql.begin(async (tx) => {
    await lockSeeding(tx)
    if (await hasAnyPark(tx)) return null
    return insertDemoData(tx, data)
  })
}
