import type { Queryable } from './client.js'

/** Turns a camelCase patch into `{ column: value }`, keeping only known, present fields. */
export function patchChanges<P extends object>(patch: P, columns: Record<keyof P, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(patch)
      .filter(([key, value]) => value !== undefined && Object.hasOwn(columns, key))
      .map(([key, value]) => [columns[key as keyof P], value]),
  )
}

/**
 * `update <table> set <changes>, version = version + 1, updated_at = now()` for a versioned row.
 * `update` must sit in the same fragment as `sql(changes)`: postgres.js picks its builder from the
 * keyword written before the interpolation.
 */
export function versionedUpdate(sql: Queryable, table: string, changes: Record<string, unknown>) {
  return Object.keys(changes).length > 0
    ? sql`update ${sql(table)} set ${sql(changes)}, version = version + 1, updated_at = now()`
    : sql`update ${sql(table)} set version = version + 1, updated_at = now()`
}
