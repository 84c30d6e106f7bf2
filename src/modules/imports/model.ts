import { z } from '@hono/zod-openapi'
import { errorCodes, type ErrorCode, type FieldError } from '../../core/errors.js'
import type { CellKind, CsvColumns } from './csv.js'
import { importEncodings, importFormats } from './formats.js'
import { fieldErrorsFromZod } from '../../platform/http/problem.js'
import { uuid } from '../../core/schemas.js'
import { EnterpriseCreateSchema, UsccSchema } from '../registry/index.js'
import { ExpertCreateSchema } from '../registry/index.js'
import { NeedCreateSchema } from '../needs/index.js'

export const importKinds = ['enterprises', 'experts', 'needs'] as const
export type ImportKind = (typeof importKinds)[number]

/**
 * A row of an import is exactly a create body of the API (the same schemas), plus, for needs,
 * `enterpriseUscc` so a spreadsheet can name the enterprise by its 统一社会信用代码.
 */
const NeedImportRowSchema = NeedCreateSchema.extend({
  enterpriseUscc: UsccSchema.optional().openapi({
    description: "需求所属企业的统一社会信用代码，可代替 enterpriseId。统一社会信用代码 of the need's enterprise, instead of enterpriseId",
    example: '91140400MA0GRXDY57',
    type: 'string',
  }),
}).strict()

const rowSchemas = {
  enterprises: EnterpriseCreateSchema,
  experts: ExpertCreateSchema,
  needs: NeedImportRowSchema,
} as const

/** What a row must be after validation, per kind: the create API's input. */
export type ImportData = { [K in ImportKind]: z.infer<(typeof rowSchemas)[K]> }

export type RowValidation<T> = { success: true; data: T } | { success: false; errors: FieldError[] }

/** Chinese column names of a park's spreadsheet, per field. */
const aliases: Record<ImportKind, Record<string, string>> = {
  enterprises: {
    企业名称: 'name', 名称: 'name', 统一社会信用代码: 'uscc', 信用代码: 'uscc', 园区: 'parkId', 园区ID: 'parkId',
    产业链: 'industries', 行业: 'industries', 规模: 'size', 企业规模: 'size', 重点企业: 'isKey', 是否重点企业: 'isKey',
    联系人: 'contactName', 联系电话: 'contactPhone', 电话: 'contactPhone', 联系邮箱: 'contactEmail', 邮箱: 'contactEmail',
    企业简介: 'description', 简介: 'description',
  },
  experts: {
    姓名: 'name', 职称: 'title', 院士: 'isAcademician', 是否院士: 'isAcademician', 单位: 'organisation', 工作单位: 'organisation',
    所在企业ID: 'enterpriseId', 学科: 'disciplines', 研究领域: 'fields', 领域: 'fields', 关键词: 'keywords', 产业链: 'industries',
    个人简介: 'bio', 简介: 'bio', 地区代码: 'regionCode', 行政区划代码: 'regionCode', 对接状态: 'availability',
    可同时对接数: 'capacity', 成果: 'achievements', 学会: 'societyIds', 学会ID: 'societyIds',
  },
  needs: {
    企业ID: 'enterpriseId', 统一社会信用代码: 'enterpriseUscc', 信用代码: 'enterpriseUscc', 项目名称: 'title', 需求名称: 'title',
    标题: 'title', 行业领域: 'industryCode', 产业链: 'industryCode', 需求背景: 'background', 背景: 'background',
    需解决的主要技术难题: 'problem', 技术难题: 'problem', 期望实现的主要技术目标: 'goals', 技术目标: 'goals', 需求类型: 'kind',
    类型: 'kind', 关键词: 'keywords', 最低预算: 'budgetMinFen', 最高预算: 'budgetMaxFen', 技术成熟度: 'trlWanted',
    截止日期: 'deadline', 可见范围: 'visibility', 状态: 'status',
  },
}

/** Chinese words for enum values, as a spreadsheet has them. */
const valueAliases: Record<ImportKind, Record<string, Record<string, string>>> = {
  enterprises: { size: { 微型: 'micro', 小型: 'small', 中型: 'medium', 大型: 'large' } },
  experts: { availability: { 可对接: 'available', 暂忙: 'busy', 暂不接受对接: 'unavailable' } },
  needs: {
    kind: { 技术攻关: 'breakthrough', 技术咨询: 'consulting', 技术协作: 'collaboration', 技术转移: 'transfer', 成果转化: 'commercialisation', 新产品开发: 'new_product', 人才引进: 'talent' },
    visibility: { 公开: 'public', 园区内: 'park', 园区: 'park', 不公开: 'private', 私密: 'private', 保密: 'confidential', 保密需求: 'confidential' },
    status: { 草稿: 'draft', 征集中: 'open', 发布: 'open' },
  },
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType }
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** How to read a cell of this field, from the field's own schema. */
function cellKindOf(schema: z.ZodType): CellKind {
  let def = defOf(schema)
  while (def.innerType || (def.type === 'pipe' && def.in)) def = defOf((def.innerType ?? def.in)!)
  if (def.type === 'array') return defOf(def.element!).type === 'object' ? 'json' : 'list'
  if (def.type === 'boolean') return 'boolean'
  if (def.type === 'number') return 'number'
  return 'text'
}

function columnsOf(kind: ImportKind): CsvColumns {
  const shape = rowSchemas[kind].shape as Record<string, z.ZodType>
  return {
    fields: Object.fromEntries(Object.entries(shape).map(([field, schema]) => [field, cellKindOf(schema)])),
    aliases: aliases[kind],
    valueAliases: valueAliases[kind],
  }
}

export interface ImportSpec<K extends ImportKind> {
  columns: CsvColumns
  validate(values: Record<string, unknown>): RowValidation<ImportData[K]>
}

function specOf<K extends ImportKind>(kind: K): ImportSpec<K> {
  const schema = rowSchemas[kind]
  return {
    columns: columnsOf(kind),
    validate(values) {
      const parsed = schema.safeParse(values)
      return parsed.success
        ? { success: true, data: parsed.data as ImportData[K] }
        : { success: false, errors: fieldErrorsFromZod('json', parsed.error.issues) }
    },
  }
}

/** Columns and row validation per kind; the API route and `npm run import` share them. */
export const importSpecs: { [K in ImportKind]: ImportSpec<K> } = {
  enterprises: specOf('enterprises'),
  experts: specOf('experts'),
  needs: specOf('needs'),
}

/** The columns of a kind, for the docs: field names, then the Chinese names accepted for them. */
export function columnsDescription(kind: ImportKind): string {
  const { fields, aliases: names } = importSpecs[kind].columns
  return Object.entries(fields)
    .map(([field, cell]) => {
      const zh = Object.entries(names).filter(([, target]) => target === field).map(([alias]) => alias)
      return `\`${field}\`${cell === 'list' ? ' (list)' : cell === 'json' ? ' (JSON)' : ''}${zh.length ? ` ${zh.join('/')}` : ''}`
    })
    .join(', ')
}

export const ImportParkQuerySchema = z.object({
  parkId: uuid('未写明园区的行归入的园区 ID（园区工作人员默认为本园区）。The park of rows that name none (park staff: their own park by default)', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f').optional(),
})

const line = z.number().int().openapi({ description: '该行在文件中的起始行号（CSV 表头为第 1 行）。Line of the file where the row starts (the CSV header is line 1)', example: 2 })

const RowIdSchema = z
  .object({ line, id: uuid('新建或更新的对象 ID。The created or updated object', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c') })
  .openapi('ImportRowId', { description: '已写入的一行。A row that was written' })

const code = z
  .enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]])
  .openapi({ description: '原因：即新建接口会返回的错误代码。Why, as the code of the problem the create API would answer', example: 'validation_failed' })

/** A field a rejected row got wrong, as the API's 400 answer names it. */
const rowFieldError = z.object({
  path: z.string().openapi({ description: '出错的字段，写法与接口 400 响应中相同。The offending field, as in the API’s 400 body', example: 'body.uscc' }),
  field: z.string().optional().openapi({ description: '字段名称，中文在前。The field as a person calls it, Chinese first', example: '统一社会信用代码 uscc' }),
  message: z.string().openapi({ description: '被拒绝的原因。Why it was rejected', example: '统一社会信用代码校验位错误' }),
})

export const ImportResultSchema = z
  .object({
    kind: z.enum(importKinds).openapi({ description: '导入的数据类型：企业、专家或技术需求。What was imported', example: 'enterprises' }),
    format: z.enum(importFormats).openapi({ description: '文件的读取格式。How the file was read', example: 'csv' }),
    encoding: z.enum(importEncodings).openapi({ description: '使用的文本编码（声明的或自动识别的）。The text encoding used (declared, or detected)', example: 'gb18030' }),
    summary: z
      .object({
        rows: z.number().int().openapi({ description: '读取的行数（不含空行）。Rows read (blank lines not counted)', example: 120 }),
        created: z.number().int().openapi({ description: '新建了对象的行数。Rows that created an object', example: 100 }),
        updated: z.number().int().openapi({ description: '按自然键（如统一社会信用代码）更新已有对象的行数。Rows that updated the object with their natural key', example: 18 }),
        rejected: z.number().int().openapi({ description: '未写入任何数据的行数。Rows that wrote nothing', example: 2 }),
      })
      .openapi({ description: '统计。Counts', example: { rows: 120, created: 100, updated: 18, rejected: 2 } }),
    created: z.array(RowIdSchema).openapi({ description: '每条新建的行：行号与 ID。Each created row: line and id' }),
    updated: z.array(RowIdSchema).openapi({ description: '每条更新的行：行号与 ID。Each updated row: line and id' }),
    rejected: z
      .array(
        z.object({
          line,
          code,
          detail: z.string().openapi({ description: '该行的问题。What is wrong with the row', example: 'body.uscc: 统一社会信用代码校验位错误' }),
          errors: z.array(rowFieldError).optional().openapi({ description: '每个无效字段及原因。Each invalid field and why' }),
        }),
      )
      .openapi({ description: '每条被拒绝的行（完整信息）。Each rejected row, in full' }),
    aborted: z
      .object({
        line: z.number().int().openapi({ description: '第一条未导入的行号。The first line not imported', example: 5001 }),
        code,
        detail: z.string().openapi({ description: '文件无法继续读取的原因。Why the file could not be read further', example: 'The file is not valid UTF-8 after byte 1048576' }),
      })
      .optional()
      .openapi({
        description: '文件未能读完时才有：`line` 之前的行已导入，之后的均未导入。Present when the file could not be read to its end: rows before `line` were imported, none after',
        example: { line: 5001, code: 'validation_failed', detail: 'The file is not valid UTF-8 after byte 1048576' },
      }),
  })
  .openapi('ImportResult', { description: '导入文件中每一行的处理结果。What became of each row of an imported file' })
