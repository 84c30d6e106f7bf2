import type { z } from '@hono/zod-openapi'

/**
 * An entity is declared once, as the zod shape of what a client reads (`model.ts`). The row the
 * queries return, what a create takes and what a patch takes derive from it:
 * - `RowOf<typeof Schema>`: the response's fields with its timestamps as `Date`, plus the row's
 *   `version` (for ETags) and `cursorAt` (for keyset paging);
 * - a create is `Schema.pick(...)` or its own object of the same field builders, a patch is
 *   `Create.partial()`; their types are `z.infer` of those;
 * - `toResponse(Schema, row)` turns a row back into the response: the schema's fields only, dates
 *   as ISO-8601 strings.
 */
export type RowOf<S extends z.ZodObject, Timestamps extends keyof z.infer<S> = never> = Omit<z.infer<S>, Timestamps> & {
  [K in Timestamps]: null extends z.infer<S>[K] ? Date | null : Date
} & { version: number; cursorAt: string }

type Json<T> = [T] extends [Date] ? string : [T] extends [Date | null] ? string | null : T

/** The response a row reads as: only the schema's fields, `Date`s as ISO-8601 strings. */
export function toResponse<S extends z.ZodObject, R extends { [K in keyof z.infer<S>]: unknown }>(
  schema: S,
  row: R,
): { [K in keyof z.infer<S>]: Json<R[K & keyof R]> } {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(schema.shape)) {
    const value = (row as Record<string, unknown>)[key]
    out[key] = value instanceof Date ? value.toISOString() : value
  }
  return out as { [K in keyof z.infer<S>]: Json<R[K & keyof R]> }
}
