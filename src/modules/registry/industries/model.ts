import { z } from '@hono/zod-openapi'
import type { RowOf } from '../../../core/entity.js'
import { requiredText, text, timestamp } from '../../../core/schemas.js'

export const IndustrySchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/).openapi({ description: '产业链代码（固定不变），技术需求、企业和专家用它标注所属产业链。Stable code that needs, enterprises and experts tag with', example: 'modern_coal_chemical' }),
    name: requiredText(50, '产业链名称。Industry chain name', '现代煤化工'),
    description: text(500, '产业链涵盖的范围。What the chain covers', '煤制烯烃、煤制乙二醇、焦化副产品深加工等。'),
    createdAt: timestamp('添加时间（UTC 时间）。When it was added'),
  })
  .openapi('Industry', { description: '重点产业链：参考目录中的一条重点产业链。A key industry chain of the reference list' })

export const IndustryCreateSchema = IndustrySchema.omit({ createdAt: true })
  .extend({ description: IndustrySchema.shape.description.optional() })
  .strict()
  .openapi('IndustryCreate', { description: '向参考目录新增的产业链。A new industry chain for the reference list' })

export const IndustryListSchema = z
  .object({ items: z.array(IndustrySchema).openapi({ description: '完整目录，按代码排序。The whole list, by code' }) })
  .openapi('IndustryList', { description: '重点产业链参考目录。The reference list of key industry chains' })

/** A reference list is never changed in place, so its rows carry no version or cursor. */
export type IndustryRow = Omit<RowOf<typeof IndustrySchema, 'createdAt'>, 'version' | 'cursorAt'>
