import type { PageCursor } from '../http/pagination.js'
import type { Queryable } from './client.js'

/**
 * `and` rows after `after` in newest-first order, (created_at, id) descending. The timestamp goes
 * over the wire as text and is cast in SQL: a parameter typed timestamptz would be serialised by
 * postgres.js through a JS Date, dropping the microseconds, and every row created later in the
 * same millisecond (a whole imported batch shares one created_at) would be skipped.
 */
export function afterCursor(sql: Queryable, alias: string, after: PageCursor | null) {
  if (!after) return sql``
  return sql`and (${sql(alias)}.created_at, ${sql(alias)}.id) < (${after.createdAt}::text::timestamptz, ${after.id}::uuid)`
}
