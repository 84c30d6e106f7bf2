import type postgres from 'postgres'
import type { Queryable } from './client.js'

/** Case-insensitive substring match with LIKE's wildcards escaped: user text is never a pattern. */
export function containsText(sql: Queryable, column: postgres.Fragment, needle: string) {
  const escaped = needle.replace(/[\\%_]/g, (char) => `\\${char}`)
  return sql`${column} ilike ${`%${escaped}%`}`
}
