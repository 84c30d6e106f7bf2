import { z } from '@hono/zod-openapi'

/** Building blocks shared by resource schemas; each still gets its own description and example. */
export const uuid = (description: string, example = '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90') =>
  z.uuid().openapi({ description, example })

export const timestamp = (description: string, example = '2026-11-29T09:30:00.000Z') =>
  z.string().openapi({ description, example, format: 'date-time' })

/**
 * The most one amount may be: 100亿元 in fen. Technology contracts, budgets and added revenue stay
 * far below it; the cap keeps a mistyped or hostile value (2^53 fen is 90万亿元) out of every
 * park's totals.
 */
export const maxAmountFen = 1_000_000_000_000

/** An amount a client sends: integer fen from 0 to 100亿元; described in Chinese first (`zh`), then in English. */
export const amountFen = (zh: string, description: string, example: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(maxAmountFen, 'at most 1000000000000 fen (100亿元)')
    .openapi({ description: `${zh}，单位分，整数（1 万元 = 1,000,000 分），最多 100 亿元。${description}, integer fen (分), at most 100亿元`, example })

/**
 * Business dates and times lie between 1900 and 2200. Outside that a value is a typing mistake or
 * a probe, and some can neither be stored nor read back exactly (year 50 reads back as 1950).
 */
const earliest = Date.UTC(1900, 0, 1)
const latest = Date.UTC(2201, 0, 1)
const inBusinessRange = (value: string) => {
  const instant = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
  // A value that is not a date at all is refused by the format check, with its own message.
  return Number.isNaN(instant) || (instant >= earliest && instant < latest)
}
const rangeMessage = '须在 1900 年到 2200 年之间 · must lie between 1900 and 2200'

/** A calendar day, YYYY-MM-DD, 1900–2200. */
export const businessDate = (description: string, example: string) =>
  z.iso.date().refine(inBusinessRange, rangeMessage).openapi({ description, example, format: 'date' })

/** An instant with its zone, ISO 8601, 1900–2200. */
export const businessDateTime = (description: string, example: string) =>
  z.iso.datetime({ offset: true }).refine(inBusinessRange, rangeMessage).openapi({ description, example, format: 'date-time' })

export const regionCode = (description: string, example = '140400') =>
  z
    .string()
    .regex(/^[1-9][0-9]{5}$/, '应为 6 位行政区划代码，如 140400 · 6-digit administrative division code')
    .openapi({ description, example })

/**
 * What people type: no C0 or C1 control characters except tab and line breaks, no DEL, no
 * noncharacters U+FFFE/U+FFFF, and no lone UTF-16 surrogate (JSON can carry one; PostgreSQL would
 * store U+FFFD in its place).
 */
export const plainTextPattern = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]*$/
const loneSurrogate = /[\uD800-\uDFFF]/u
/** Something a reader can see: not only spaces and invisible format characters (zero-width space, BOM, …). */
const visible = /[^\s\p{Cf}\p{Z}]/u
const plainText = () =>
  z
    .string()
    .trim()
    .regex(plainTextPattern, '不能含控制字符（制表符和换行可以） · control characters are not allowed (tab and line breaks are)')
    .refine((value) => !loneSurrogate.test(value), '含有无法显示的字符（孤立代理项） · not well-formed Unicode: a lone surrogate (\\uD800–\\uDFFF)')

/** Required text must show something: an empty value, or one of spaces and zero-width characters only, is refused. */
const visibleText = (max: number) =>
  plainText()
    .min(1)
    .max(max)
    .refine((value) => visible.test(value), '不能只有空格或不可见字符 · must contain a visible character (not only spaces or zero-width characters)')

export const text = (max: number, description: string, example: string) =>
  plainText().max(max).openapi({ description, example })

export const requiredText = (max: number, description: string, example: string) => visibleText(max).openapi({ description, example })

export const terms = (description: string, example: string[], maxItems = 30) =>
  z.array(visibleText(50)).max(maxItems).openapi({ description, example })

/** A free-text query parameter (`q`, `field`): the same rules as text in a body. */
export const searchText = (max: number, description: string, example: string) => visibleText(max).optional().openapi({ description, example })

export const industryCodes = (description: string, example = ['new_materials', 'modern_coal_chemical']) =>
  z
    .array(z.string().regex(/^[a-z][a-z0-9_]{1,39}$/))
    .max(20)
    .openapi({ description, example })
