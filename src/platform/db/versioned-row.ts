import type { Queryable } from './client.js'
import { type RowSource, writtenRow } from './listing.js'
import { versionedUpdate } from './patch.js'

/**
 * Optimistic concurrency for a row with a `version` column: the change applies only while the row
 * still has the version its writer read (from the If-Match ETag), and bumps it.
 */

/** Changes the row and reads it back as `source` reads it; null when its version moved on. */
export function updateVersionedRow<Row extends object>(
  sql: Queryable,
  source: RowSource,
  id: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<Row | null> {
  return writtenRow<Row>(sql, source, sql`${versionedUpdate(sql, source.table, changes)} where id = ${id} and version = ${version}`)
}

/** Changes the row only, for a writer that reads it back after writing what belongs to it; false when its version moved on. */
export async function changeVersionedRow(sql: Queryable, table: string, id: string, version: number, changes: Record<string, unknown>): Promise<boolean> {
  const rows = await sql`${versionedUpdate(sql, table, changes)} where id = ${id} and version = ${version} returning id`
  return rows.length === 1
}
