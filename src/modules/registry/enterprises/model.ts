import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { usccMessages, usccProblem } from '../../../core/uscc.js'
import { paginationQuery, pageSchema } from '../../../platform/http/pagination.js'
import { industryCodes, requiredText, searchText, text, timestamp, uuid } from '../../../core/schemas.js'

export const UsccSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = usccProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: usccMessages[problem] })
  })
  .openapi({
    description: '统一社会信用代码（18 位，最后一位按 GB 32100 校验）。Unified social credit code (统一社会信用代码, 18 characters, GB 32100 check character)',
    example: '91140400MA0GRXDY57',
    type: 'string',
    // The check character is beyond JSON Schema; the shape is not.
    pattern: '^\\s*[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{10}\\s*$',
  })

const size = z.enum(['micro', 'small', 'medium', 'large']).openapi({ description: '企业规模。Enterprise size: micro 微型 · small 小型 · medium 中型 · large 大型', example: 'medium' })

const name = requiredText(200, '企业名称。Enterprise name', '山西潞安化工新材料有限公司')

/** The fields after the name and USCC, in the order the document lists them. */
const enterpriseFields = {
  parkId: uuid('企业所在试点园区 ID。The pilot park it is in', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
  industries: industryCodes('企业所属产业链（产业链代码）。Industry chains it works in', ['modern_coal_chemical', 'new_materials']),
  size,
  isKey: z.boolean().openapi({ description: '是否重点企业（用于“一会一企一智库”结对）。a key enterprise (for 一会一企一智库 pairing)', example: true }),
  contactName: text(50, '联系人。Contact person', '王建国'),
  contactPhone: text(30, '联系电话。Contact phone', '0355-5928866'),
  contactEmail: z.union([z.literal(''), z.email()]).openapi({ description: '联系邮箱。Contact email', example: 'jishu@lahg.example.cn' }),
  description: text(2000, '企业简介。About the enterprise', '主营煤基高端碳材料与精细化学品，年产值约18亿元。'),
}

export const EnterpriseSchema = z
  .object({
    id: uuid('企业 ID。Enterprise id', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
    name,
    uscc: z.string().openapi({ description: '统一社会信用代码。Unified social credit code', example: '91140400MA0GRXDY57' }),
    ...enterpriseFields,
    // As stored: the check of what a client sends is the create's.
    contactEmail: z.string().openapi({ description: '联系邮箱。Contact email', example: 'jishu@lahg.example.cn' }),
    createdAt: timestamp('登记时间（UTC 时间）。When it was registered'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Enterprise', { description: '企业：试点园区内的企业。A company in a pilot park' })

/** A new enterprise names itself, its USCC, park and size; the rest may follow later. */
export const EnterpriseCreateSchema = z
  .object({ name, uscc: UsccSchema, ...enterpriseFields })
  .partial({ industries: true, isKey: true, contactName: true, contactPhone: true, contactEmail: true, description: true })
  .strict()
  .openapi('EnterpriseCreate', { description: '新建企业；统一社会信用代码按 GB 32100 校验，且不得重复。A new enterprise; its USCC is checked (GB 32100) and unique' })

export const EnterprisePatchSchema = EnterpriseCreateSchema.omit({ uscc: true })
  .partial()
  .extend({
    parkId: enterpriseFields.parkId.optional().openapi({ description: '迁入其他园区（仅管理员）。Move to another park (admins only)', example: 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f' }),
  })
  .strict()
  .openapi('EnterprisePatch', { description: '要修改的字段；统一社会信用代码不可修改。Fields to change; the USCC never changes' })

export const EnterpriseListQuerySchema = z.object({
  ...paginationQuery,
  parkId: uuid('只看该园区的企业。Only enterprises of this park').optional(),
  industry: z.string().max(40).optional().openapi({ description: '只看该产业链（产业链代码）的企业。Only enterprises in this industry', example: 'hydrogen' }),
  size: size.optional(),
  isKey: z.enum(['true', 'false']).transform((v) => v === 'true').optional().openapi({ description: 'true：只看重点企业；false：只看非重点企业。Only key (or only non-key) enterprises', example: 'true' }),
  q: searchText(100, '企业名称中包含的文字，或完整的统一社会信用代码。Text in the name, or an exact USCC', '潞安'),
})

export const EnterprisePageSchema = pageSchema(EnterpriseSchema, 'EnterprisePage')

export type EnterpriseRow = RowOf<typeof EnterpriseSchema, 'createdAt' | 'updatedAt'>
export type NewEnterprise = z.infer<typeof EnterpriseCreateSchema>
export type EnterprisePatch = z.infer<typeof EnterprisePatchSchema>
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuerySchema>

export const toEnterpriseResponse = (enterprise: EnterpriseRow) => toResponse(EnterpriseSchema, enterprise)
