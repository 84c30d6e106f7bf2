import { insertApiKey } from '../../src/modules/accounts/queries.js'
import type { Sql } from '../../src/platform/db/client.js'
import { insertEnterprise } from '../../src/modules/registry/enterprises/queries.js'
import type { EnterpriseRow } from '../../src/modules/registry/enterprises/model.js'
import { insertExpertMinimal } from '../../src/modules/registry/experts/queries.js'
import { findIndustry, insertIndustry } from '../../src/modules/registry/industries/queries.js'
import { insertPark } from '../../src/modules/registry/parks/queries.js'
import type { ParkRow } from '../../src/modules/registry/parks/model.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../../src/modules/accounts/service.js'
import type { Role } from '../../src/core/principal.js'
import { usccCheckCharacter } from '../../src/core/uscc.js'

let counter = 0
const next = () => ++counter

/** A valid USCC (GB 32100 check character computed), unique per call. */
export function validUscc(seed = next()): string {
  const body = `91140400${String(seed).padStart(9, '0').slice(-9)}`
  return body + usccCheckCharacter(body)
}

export interface TestKey {
  key: string
  id: string
  role: Role
  /** Headers to send with app.request. */
  headers: Record<string, string>
}

export async function createKey(
  sql: Sql,
  role: Role,
  scope: { parkId?: string; enterpriseId?: string; expertId?: string } = {},
): Promise<TestKey> {
  const key = generateApiKey()
  const row = await insertApiKey(sql, {
    name: `test ${role}`,
    prefix: key.slice(0, keyPrefixLength),
    keyHash: hashApiKey(key),
    role,
    ...scope,
  })
  return { key, id: row.id, role, headers: { authorization: `Bearer ${key}` } }
}

export const testIndustries = [
  { code: 'new_materials', name: '新材料', description: '' },
  { code: 'modern_coal_chemical', name: '现代煤化工', description: '' },
  { code: 'hydrogen', name: '氢能', description: '' },
  { code: 'biomedicine', name: '生物医药', description: '' },
]

export async function ensureIndustries(sql: Sql): Promise<void> {
  for (const industry of testIndustries) {
    if (!(await findIndustry(sql, industry.code))) await insertIndustry(sql, industry)
  }
}

export async function createPark(sql: Sql, overrides: Partial<Parameters<typeof insertPark>[1]> = {}): Promise<ParkRow> {
  const n = next()
  return insertPark(sql, { name: `测试园区${n}`, regionCode: '140400', keyIndustries: ['new_materials'], ...overrides })
}

export async function createEnterprise(
  sql: Sql,
  parkId: string,
  overrides: Partial<Parameters<typeof insertEnterprise>[1]> = {},
): Promise<EnterpriseRow> {
  const n = next()
  return insertEnterprise(sql, {
    name: `测试企业${n}有限公司`,
    uscc: validUscc(n),
    parkId,
    size: 'medium',
    industries: ['new_materials'],
    contactName: '张伟',
    contactPhone: '0355-1234567',
    ...overrides,
  })
}

export async function createExpert(sql: Sql, overrides: Partial<Parameters<typeof insertExpertMinimal>[1]> = {}) {
  const n = next()
  return insertExpertMinimal(sql, { organisation: '太原理工大学', title: '教授', ...overrides, name: overrides.name ?? `专家${n}` })
}

/**
 * Two parks, each with an enterprise, two experts, and a key for every role and scope:
 * enough to check each role on its own object and on a foreign one.
 */
export async function createWorld(sql: Sql) {
  await ensureIndustries(sql)
  const parkA = await createPark(sql)
  const parkB = await createPark(sql, { regionCode: '140100' })
  const enterpriseA = await createEnterprise(sql, parkA.id)
  const enterpriseB = await createEnterprise(sql, parkB.id)
  const expertA = await createExpert(sql)
  const expertB = await createExpert(sql)
  const keys = {
    admin: await createKey(sql, 'admin'),
    staffA: await createKey(sql, 'park_staff', { parkId: parkA.id }),
    staffB: await createKey(sql, 'park_staff', { parkId: parkB.id }),
    enterpriseA: await createKey(sql, 'enterprise', { enterpriseId: enterpriseA.id }),
    enterpriseB: await createKey(sql, 'enterprise', { enterpriseId: enterpriseB.id }),
    expertA: await createKey(sql, 'expert', { expertId: expertA.id }),
    expertB: await createKey(sql, 'expert', { expertId: expertB.id }),
  }
  return { parkA, parkB, enterpriseA, enterpriseB, expertA, expertB, keys }
}

export type World = Awaited<ReturnType<typeof createWorld>>

/** JSON request options for app.request. */
export function json(method: string, body: unknown, headers: Record<string, string> = {}) {
  return { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }
}
