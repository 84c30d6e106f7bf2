import { z } from '@hono/zod-openapi'
import { DomainError } from '../../core/errors.js'

/** Where a page ends: the sort key of its last row, opaque to clients. */
export interface PageCursor {
  createdAt: string
  id: string
}

export function encodeCursor(cursor: PageCursor): string {
  return btoa(JSON.stringify([cursor.createdAt, cursor.id])).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/**
 * A cursor holds what `toPage` wrote: a UTC time to the microsecond from our own rows (1900–2199,
 * so a crafted one cannot reach PostgreSQL's range limits) and a UUID.
 */
const cursorTime = /^(19|2[01])\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function decodeCursor(value: string | undefined): PageCursor | null {
  if (!value) return null
  try {
    const [createdAt, id] = JSON.parse(atob(value.replaceAll('-', '+').replaceAll('_', '/'))) as unknown[]
    if (typeof createdAt === 'string' && cursorTime.test(createdAt) && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string' && uuidPattern.test(id)) {
      return { createdAt, id }
    }
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('validation_failed', 'query.cursor: not a cursor returned by this API', {
    errors: [{ path: 'query.cursor', message: 'not a cursor returned by this API' }],
  })
}

export const paginationQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: '每页条数（1–100）。Page size (1–100)', example: 20 }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: '翻页游标：填上一页返回的 `nextCursor`；取第一页时不填。The `nextCursor` of the previous page', example: 'WyIyMDI2LTExLTI5VDEwOjAwOjAwLjAwMDAwMFoiLCIwYjFmNmMyYS04ZTNkLTRhN2ItOWM1ZS0yZDRmNmE4YjBjMWUiXQ' }),
}

/** Every list answers `{ items, nextCursor, total }`, newest first. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item).openapi({ description: '本页数据，最新的在前。This page, newest first' }),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: '下一页游标：作为 `cursor` 传入即取下一页；已是最后一页时为 null。Pass as `cursor` for the next page; null on the last page', example: 'WyIyMDI2LTExLTI5VDEwOjAwOjAwLjAwMDAwMFoiLCIwYjFmNmMyYS04ZTNkLTRhN2ItOWM1ZS0yZDRmNmE4YjBjMWUiXQ' }),
      total: z.number().int().openapi({ description: '符合筛选条件的总条数（所有页合计）。How many match the filters in all pages', example: 42 }),
    })
    .openapi(name, { description: `分页列表，最新的在前。A page of ${name.replace(/Page$/, '')} items` })
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
  total: number
}

/** Rows were fetched with limit + 1: the extra one only tells whether another page exists. */
export function toPage<Row extends { id: string; cursorAt: string }, T>(
  rows: Row[],
  limit: number,
  total: number,
  map: (row: Row) => T,
): Page<T> {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.cursorAt, id: last.id }) : null,
    total,
  }
}
