import { z } from '@hono/zod-openapi'

/** Building blocks shared by resource schemas; each still gets its own description and example. */
export const uuid = (description: string, example = '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90') =>
  z.uuid().openapi({ description, example })

export const timestamp = (description: string, example = '2026-11-29T09:30:00.000Z') =>
  z.string().openapi({ description, example, format: 'date-time' })

export const regionCode = (description: string, example = '140400') =>
  z
    .string()
    .regex(/^[1-9][0-9]{5}$/, '6-digit administrative division code (行政区划代码)')
    .openapi({ description, example })

/**
 * What people type: no C0 control characters except tab and line breaks, no DEL, and no lone
 * UTF-16 surrogate (JSON can carry one; PostgreSQL would store U+FFFD in its place).
 */
export const plainTextPattern = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/
const loneSurrogate = /[\uD800-\uDFFF]/u
const plainText = () =>
  z
    .string()
    .trim()
    .regex(plainTextPattern, 'control characters are not allowed (tab and line breaks are)')
    .refine((value) => !loneSurrogate.test(value), 'not well-formed Unicode: a lone surrogate (\\uD800–\\uDFFF)')

export const text = (max: number, description: string, example: string) =>
  plainText().max(max).openapi({ description, example })

export const requiredText = (max: number, description: string, example: string) =>
  plainText().min(1).max(max).openapi({ description, example })

export const terms = (description: string, example: string[], maxItems = 30) =>
  z.array(plainText().min(1).max(50)).max(maxItems).openapi({ description, example })

export const industryCodes = (description: string, example = ['new_materials', 'modern_coal_chemical']) =>
  z
    .array(z.string().regex(/^[a-z][a-z0-9_]{1,39}$/))
    .max(20)
    .openapi({ description, example })

export const IdParamSchema = z.object({
  id: z.uuid().openapi({
    param: { name: 'id', in: 'path' },
    description: 'The object id (UUID)',
    example: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90',
  }),
})

export const IfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ param: { name: 'if-match', in: 'header' }, description: 'The ETag from your last GET; required', example: '"3f6c2a9e-1"' }),
})

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description: 'Makes a retried create safe: the same key and body return the first response (kept 24 h)',
      example: '7d1c6a0e-need-2026-11-29',
    }),
})

export const etagHeader = {
  ETag: { description: 'Version of the object, for If-Match', schema: { type: 'string' as const, example: '"3f6c2a9e-1"' } },
}

/** A required JSON request body. */
export const jsonBody = <T>(schema: T, description: string) => ({
  required: true,
  description,
  content: { 'application/json': { schema } },
})
