import type postgres from 'postgres'
import { type Page, type PageCursor, decodeCursor, toPage } from '../http/pagination.js'
import type { Queryable } from './client.js'
import { afterCursor } from './keyset.js'

/**
 * Where an entity's rows are read from: its table under an alias, the joins its select list needs,
 * and the select list. The same source reads the table itself and the rows a write just returned.
 */
export interface RowSource {
  table: string
  /** The alias of the entity's own table; its `created_at` and `id` order lists. */
  alias: string
  columns: (sql: Queryable) => postgres.Fragment
  joins?: (sql: Queryable) => postgres.Fragment
}

const rowsOf = (sql: Queryable, source: RowSource, rows: postgres.Fragment) => sql`${rows} ${sql(source.alias)} ${source.joins?.(sql) ?? sql``}`
const tableRows = (sql: Queryable, source: RowSource) => rowsOf(sql, source, sql`${sql(source.table)}`)

/** `and <alias>.<column> = <value>` for each filter given; one left out (undefined) adds nothing. */
export function equalFilters(sql: Queryable, alias: string, filters: Record<string, string | number | boolean | undefined>) {
  const given = Object.entries(filters).filter(([, value]) => value !== undefined)
  return given.reduce((conditions, [column, value]) => sql`${conditions} and ${sql(alias)}.${sql(column)} = ${value!}`, sql``)
}

/** The one row with this id that `where` lets through, optionally locked for a change. */
export async function findRow<Row extends object>(
  sql: Queryable,
  source: RowSource,
  id: string,
  where: postgres.Fragment,
  options: { forUpdate?: boolean } = {},
): Promise<Row | null> {
  const [row] = await sql<Row[]>`
    select ${source.columns(sql)} from ${tableRows(sql, source)}
    where ${sql(source.alias)}.id = ${id} and ${where}
    ${options.forUpdate ? sql`for no key update of ${sql(source.alias)}` : sql``}
  `
  return row ?? null
}

/** A page of rows newest first, after the cursor: limit + 1 of them, so `toPage` can tell whether another page follows. */
export function listRows<Row extends object>(sql: Queryable, source: RowSource, where: postgres.Fragment, after: PageCursor | null, limit: number) {
  const alias = sql(source.alias)
  return sql<Row[]>`
    select ${source.columns(sql)} from ${tableRows(sql, source)}
    where ${where} ${afterCursor(sql, source.alias, after)}
    order by ${alias}.created_at desc, ${alias}.id desc
    limit ${limit + 1}
  `
}

/** How many rows `where` lets through, on every page. */
export async function countRows(sql: Queryable, source: RowSource, where: postgres.Fragment): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from ${tableRows(sql, source)} where ${where}`
  return row!.count
}

/** The row an insert or update (`write`, without its `returning`) wrote, read like any other; null when it wrote none. */
export async function writtenRow<Row extends object>(sql: Queryable, source: RowSource, write: postgres.Fragment): Promise<Row | null> {
  const [row] = await sql<Row[]>`
    with written as (${write} returning *)
    select ${source.columns(sql)} from ${rowsOf(sql, source, sql`written`)}
  `
  return row ?? null
}

/** A page of what `where` lets through, newest first from the query's cursor, with the count over every page. */
export async function pageRows<Row extends { id: string; cursorAt: string }>(
  sql: Queryable,
  source: RowSource,
  where: postgres.Fragment,
  query: { cursor?: string | undefined; limit: number },
): Promise<Page<Row>> {
  const after = decodeCursor(query.cursor)
  const [rows, total] = await Promise.all([listRows<Row>(sql, source, where, after, query.limit), countRows(sql, source, where)])
  return toPage(rows, query.limit, total, (row) => row)
}

/**
 * Sets `set` on the row, bumping its version, only while `condition` still holds (its state, its
 * version): the row as it now reads, or null when the condition no longer held.
 */
export function updatedRow<Row extends object>(sql: Queryable, source: RowSource, id: string, set: postgres.Fragment, condition: postgres.Fragment): Promise<Row | null> {
  return writtenRow<Row>(sql, source, sql`update ${sql(source.table)} set ${set}, version = version + 1, updated_at = now() where id = ${id} and ${condition}`)
}
