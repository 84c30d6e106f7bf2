import { z } from '@hono/zod-openapi'
import type { RowOf } from '../../../core/entity.js'
import { paginationQuery, pageSchema } from '../../../platform/http/pagination.js'
import { industryCodes, regionCode, requiredText, searchText, text, timestamp, uuid } from '../../../core/schemas.js'

const parkFields = {
  name: requiredText(100, '园区名称。Park name', '长治高新技术产业开发区'),
  regionCode: regionCode('园区所在地的行政区划代码（6 位数字）。Administrative division code (行政区划代码) of the park (6 digits)', '140471'),
  keyIndustries: industryCodes('园区聚焦的重点产业链（产业链代码）。Key industry chains (重点产业链) the park focuses on (industry codes)', ['new_materials', 'photovoltaic_new_energy']),
  description: text(2000, '园区简介：园区概况与主要产业。What the park is and hosts', '国家级高新区，聚焦新材料、光伏与新能源、高端装备制造三大产业集群。'),
}

export const ParkSchema = z
  .object({
    id: uuid('园区 ID。Park id', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
    ...parkFields,
    createdAt: timestamp('登记时间（UTC 时间）。When it was registered'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Park', { description: '试点园区：“科创中国”试点园区，是数据归属和统计报表的单位。A Sci-Tech China pilot park, the unit of tenancy and reporting' })

export const ParkCreateSchema = z
  .object({
    name: parkFields.name,
    regionCode: parkFields.regionCode,
    keyIndustries: parkFields.keyIndustries.optional(),
    description: parkFields.description.optional(),
  })
  .strict()
  .openapi('ParkCreate', { description: '新建试点园区。A new pilot park' })

export const ParkPatchSchema = ParkCreateSchema.partial().strict().openapi('ParkPatch', { description: '要修改的字段。Fields to change' })

export const ParkListQuerySchema = z.object({
  ...paginationQuery,
  regionCode: regionCode('只看该地区的园区（行政区划代码）：市级代码（…00）包含其下各区县，省级代码（…0000）包含其下各市。Only parks in this area (行政区划代码). A city code (…00) covers its districts, a province code (…0000) its cities.', '140400').optional(),
  industry: z.string().max(40).optional().openapi({ description: '只看重点产业链包含该代码的园区。Only parks with this key industry', example: 'new_materials' }),
  q: searchText(100, '园区名称中包含的文字。Text in the name', '高新'),
})

export const ParkPageSchema = pageSchema(ParkSchema, 'ParkPage')

export type ParkRow = RowOf<typeof ParkSchema, 'createdAt' | 'updatedAt'>
export type NewPark = z.infer<typeof ParkCreateSchema>
export type ParkPatch = z.infer<typeof ParkPatchSchema>
