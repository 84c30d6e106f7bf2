import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { paginationQuery, pageSchema } from '../../../platform/http/pagination.js'
import { regionCode, requiredText, searchText, terms, text, timestamp, uuid } from '../../../core/schemas.js'

/** 全国学会 · 省级学会 · 市级学会 */
export const societyLevels = ['national', 'provincial', 'municipal'] as const
export type SocietyLevel = (typeof societyLevels)[number]

const level = z.enum(societyLevels).openapi({
  description: '学会级别。Society level: national 全国学会 · provincial 省级学会 · municipal 市级学会',
  example: 'provincial',
})

const societyFields = {
  name: requiredText(100, '学会名称（不得重复）。Society name (unique)', '山西省煤炭学会'),
  level,
  disciplines: terms('学科领域：学会覆盖的学科，用于与技术需求匹配。the disciplines the society covers, matched against needs', ['采矿工程', '煤化工', '安全科学与工程']),
  description: text(4000, '学会简介：学会的工作及能为企业提供的服务。what it does and can offer enterprises', '省级学术团体，会员单位覆盖省内主要煤炭企业和高校，可提供煤矿智能化、煤炭清洁利用方面的咨询服务。'),
  regionCode: regionCode('学会所在地的行政区划代码；无则为 null。Administrative division code (行政区划代码) of where the society is based; null for none', '140000').nullable(),
  contactExpertId: uuid('联络专家：代表学会答复对接邀请的专家 ID（见 GET /v1/experts）；无则为 null。the expert who answers for the society (GET /v1/experts); null for none', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b').nullable(),
}

export const SocietySchema = z
  .object({
    id: uuid('学会 ID。Society id'),
    ...societyFields,
    memberCount: z.number().int().min(0).openapi({ description: '会员专家数（只读）。How many experts are members (会员专家数); read-only', example: 128 }),
    createdAt: timestamp('登记时间（UTC 时间）。When it was registered'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Society', { description: '学会：全国学会、省级学会或市级学会。A learned society (national, provincial or municipal)' })

/** A new society names itself and its level; the rest may follow later. */
export const SocietyCreateSchema = z
  .object(societyFields)
  .partial({ disciplines: true, description: true, regionCode: true, contactExpertId: true })
  .strict()
  .openapi('SocietyCreate', { description: '新建学会。A new society' })

export const SocietyPatchSchema = SocietyCreateSchema.partial()
  .strict()
  .openapi('SocietyPatch', { description: '要修改的字段（JSON merge patch）；可为空的字段传 null 即清空。Fields to change (JSON merge patch); null clears a nullable field' })

export const SocietyListQuerySchema = z.object({
  ...paginationQuery,
  level: level.optional(),
  discipline: z.string().trim().min(1).max(50).optional().openapi({ description: '只看学科领域中有该学科（完全一致）的学会。Only societies listing exactly this discipline', example: '煤化工' }),
  regionCode: regionCode('只看所在地在该地区的学会（行政区划代码）：市级代码（…00）包含其下各区县，省级代码（…0000）包含其下各市。Only societies based in this area (行政区划代码). A city code (…00) covers its districts, a province code (…0000) its cities.', '140000').optional(),
  q: searchText(100, '名称或简介中的文字，或完全一致的学科。Free text in name or description, or an exact discipline', '煤炭'),
})

export const SocietyPageSchema = pageSchema(SocietySchema, 'SocietyPage')

/** `memberCount` is counted from the memberships on every read, never stored. */
export type SocietyRow = RowOf<typeof SocietySchema, 'createdAt' | 'updatedAt'>
export type NewSociety = z.infer<typeof SocietyCreateSchema>
export type SocietyPatch = z.infer<typeof SocietyPatchSchema>
export type SocietyListQuery = z.infer<typeof SocietyListQuerySchema>

export const toSocietyResponse = (society: SocietyRow) => toResponse(SocietySchema, society)
