import type { Queryable } from './client.js'

/**
 * The id of the row of `table` holding this name, if any other than `exceptId`: for a table whose
 * names are unique, so a create or rename can answer 409 naming the field before the constraint would.
 */
export async function idHoldingName(sql: Queryable, table: string, name: string, exceptId: string | null = null): Promise<string | null> {
  const [row] = await sql<{ id: string }[]>`
    select id from ${sql(table)} where name = ${name} and (${exceptId}::uuid is null or id <> ${exceptId}::uuid)
  `
  return row?.id ?? null
}
