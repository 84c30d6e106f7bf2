import type { Queryable } from '../../../platform/db/client.js'
import type { IndustryRow } from './model.js'

export type { IndustryRow } from './model.js'

export async function insertIndustry(sql: Queryable, industry: Omit<IndustryRow, 'createdAt'>): Promise<IndustryRow> {
  const [row] = await sql<IndustryRow[]>`
    insert into industries (code, name, description)
    values (${industry.code}, ${industry.name}, ${industry.description})
    returning code, name, description, created_at
  `
  return row!
}

export async function findIndustry(sql: Queryable, code: string): Promise<IndustryRow | null> {
  const [row] = await sql<IndustryRow[]>`select code, name, description, created_at from industries where code = ${code}`
  return row ?? null
}

/** A short reference list: always returned whole, by code. */
export async function listIndustries(sql: Queryable): Promise<IndustryRow[]> {
  return sql<IndustryRow[]>`select code, name, description, created_at from industries order by code`
}

/** The codes among `codes` that are not in the list, to name them in a validation error. */
export async function unknownIndustryCodes(sql: Queryable, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return []
  const rows = await sql<{ code: string }[]>`
    select c as code from unnest(${codes as string[]}::text[]) c
    where not exists (select 1 from industries i where i.code = c)
  `
  return rows.map((row) => row.code)
}
