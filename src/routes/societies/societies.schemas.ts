import { z } from '@hono/zod-openapi'
import { societyLevels } from '../../domain/societies.js'
import { paginationQuery, pageSchema } from '../../lib/pagination.js'
import { regionCode, requiredText, searchText, terms, text, timestamp, uuid } from '../../lib/schemas.js'

const level = z.enum(societyLevels).openapi({
  description: '学会级别: national 全国学会 · provincial 省级学会 · municipal 市级学会',
  example: 'provincial',
})

const societyFields = {
  name: requiredText(100, '学会名称 (unique)', '山西省煤炭学会'),
  level,
  disciplines: terms('学科领域: the disciplines the society covers, matched against needs', ['采矿工程', '煤化工', '安全科学与工程']),
  description: text(4000, '学会简介: what it does and can offer enterprises', '省级学术团体，会员单位覆盖省内主要煤炭企业和高校，可提供煤矿智能化、煤炭清洁利用方面的咨询服务。'),
  regionCode: regionCode('行政区划代码 of where the society is based; null for none', '140000').nullable(),
  contactExpertId: uuid('联络专家: the expert who answers for the society (GET /v1/experts); null for none', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b').nullable(),
}

export const SocietySchema = z
  .object({
    id: uuid('Society id'),
    ...societyFields,
    memberCount: z.number().int().min(0).openapi({ description: 'How many experts are members (会员专家数); read-only', example: 128 }),
    createdAt: timestamp('When it was registered'),
    updatedAt: timestamp('When it last changed'),
  })
  .openapi('Society', { description: '学会: a learned society (national, provincial or municipal)' })

export const SocietyCreateSchema = z
  .object({
    name: societyFields.name,
    level: societyFields.level,
    disciplines: societyFields.disciplines.optional(),
    description: societyFields.description.optional(),
    regionCode: societyFields.regionCode.optional(),
    contactExpertId: societyFields.contactExpertId.optional(),
  })
  .strict()
  .openapi('SocietyCreate', { description: 'A new society' })

export const SocietyPatchSchema = z
  .object({
    name: societyFields.name.optional(),
    level: societyFields.level.optional(),
    disciplines: societyFields.disciplines.optional(),
    description: societyFields.description.optional(),
    regionCode: societyFields.regionCode.optional(),
    contactExpertId: societyFields.contactExpertId.optional(),
  })
  .strict()
  .openapi('SocietyPatch', { description: 'Fields to change (JSON merge patch); null clears a nullable field' })

export const SocietyListQuerySchema = z.object({
  ...paginationQuery,
  level: level.optional(),
  discipline: z.string().trim().min(1).max(50).optional().openapi({ description: 'Only societies listing exactly this discipline', example: '煤化工' }),
  regionCode: regionCode('Only societies based in this area (行政区划代码). A city code (…00) covers its districts, a province code (…0000) its cities.', '140000').optional(),
  q: searchText(100, 'Free text in name or description, or an exact discipline', '煤炭'),
})

export const SocietyPageSchema = pageSchema(SocietySchema, 'SocietyPage')
