import { z } from '@hono/zod-openapi'
import { requiredText, text, timestamp } from '../../lib/schemas.js'

export const IndustrySchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/).openapi({ description: 'Stable code that needs, enterprises and experts tag with', example: 'modern_coal_chemical' }),
    name: requiredText(50, '产业链名称', '现代煤化工'),
    description: text(500, 'What the chain covers', '煤制烯烃、煤制乙二醇、焦化副产品深加工等。'),
    createdAt: timestamp('When it was added'),
  })
  .openapi('Industry', { description: '重点产业链: a key industry chain of the reference list' })

export const IndustryCreateSchema = IndustrySchema.omit({ createdAt: true })
  .extend({ description: IndustrySchema.shape.description.optional() })
  .strict()
  .openapi('IndustryCreate', { description: 'A new industry chain for the reference list' })

export const IndustryListSchema = z
  .object({ items: z.array(IndustrySchema).openapi({ description: 'The whole list, by code' }) })
  .openapi('IndustryList', { description: 'The reference list of key industry chains' })
