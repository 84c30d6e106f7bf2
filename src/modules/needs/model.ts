import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../core/entity.js'
import { budgetText } from '../../core/human-units.js'
import { needStatuses, needVisibilities } from '../../core/vocabulary.js'
import { paginationQuery, pageSchema } from '../../platform/http/pagination.js'
import { amountFen, businessDate, businessDateTime, requiredText, searchText, terms, text, timestamp, uuid } from '../../core/schemas.js'

/** What a need asks for: 技术攻关, 技术咨询, 技术协作, 技术转移, 成果转化, 新产品开发, 人才引进. */
export const needKinds = ['breakthrough', 'consulting', 'collaboration', 'transfer', 'commercialisation', 'new_product', 'talent'] as const
export type NeedKind = (typeof needKinds)[number]

const kind = z.enum(needKinds).openapi({ description: '需求类型。Need kind: breakthrough 技术攻关 · consulting 技术咨询 · collaboration 技术协作 · transfer 技术转移 · commercialisation 成果转化 · new_product 新产品开发 · talent 人才引进', example: 'breakthrough' })
const status = z.enum(needStatuses).openapi({ description: '需求状态：草稿 → 征集中 → 对接中 → 已解决 → 已关闭。draft 草稿 → open 征集中 → in_progress 对接中 → resolved 已解决 → closed 已关闭', example: 'open' })
const visibility = z.enum(needVisibilities).openapi({ description: '可见范围：public 所有人可见；park 同园区企业（及受邀专家）可见；private 仅本企业、所属园区工作人员和管理员可见（及受邀专家）；confidential 保密需求：所有专家可读需求内容，但在企业接受与该专家的对接前不显示发布企业（名称、信用代码、联系人等），其他企业不可见。public: every key; park: enterprises of the same park (and experts invited); private: only the enterprise, its park staff and admins (and experts invited); confidential: every expert reads the problem but not who posted it until the enterprise accepts an engagement with that expert; other enterprises never see it', example: 'park' })
/** A row about a need as a key reads it (needs' confidential.ts): the need's enterprise, id and name, null where withheld. */
export type Concealed<Row> = { [K in keyof Row]: K extends 'enterpriseId' | 'enterpriseName' ? Row[K] | null : Row[K] }

/** What a client is told in place of a withheld enterprise, in every schema that carries one. */
export const concealedDescription = '保密需求在企业接受与该专家的对接前不显示发布企业，此时为 null。Null for a confidential need (保密需求) until its enterprise accepts an engagement with the reading expert'

const fen = (zh: string, description: string, example: number) => amountFen(zh, description, example).nullable()

const needFields = {
  title: requiredText(200, '项目名称：用一句话说明技术需求。the need in one line', '高硫煤气化废水酚氨回收工艺优化'),
  industryCode: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .openapi({ description: '行业领域：重点产业链代码（见 GET /v1/industries）。code of a key industry chain (GET /v1/industries)', example: 'modern_coal_chemical' }),
  background: text(4000, '需求背景：企业为什么需要解决这一问题。why the enterprise needs this', '公司年处理高硫煤120万吨，现有酚氨回收装置运行不稳定，外排水COD超标风险高。'),
  problem: requiredText(4000, '需解决的主要技术难题。The main technical problem to solve', '萃取塔乳化严重，总酚回收率不足85%，氨回收塔结垢周期短。'),
  goals: text(4000, '期望实现的主要技术目标。The main technical goals wanted', '总酚回收率≥95%，出水COD≤3000mg/L，装置连续运行≥180天。'),
  kind,
  keywords: terms('用于匹配的关键词。Keywords for matching', ['煤气化废水', '酚氨回收', '萃取']),
  budgetMinFen: fen('预算下限', 'Lowest budget, in fen (分)', 50_000_000),
  budgetMaxFen: fen('预算上限', 'Highest budget, in fen (分)', 200_000_000),
  trlWanted: z.number().int().min(1).max(9).nullable().openapi({ description: '期望达到的技术成熟度等级（TRL，1–9）。Technology readiness level wanted (1–9)', example: 6 }),
  deadline: businessDate('期望完成日期（YYYY-MM-DD）。Wanted by (YYYY-MM-DD)', '2027-06-30').nullable(),
  visibility,
}

/** A need as stored, its enterprise always named: what rows (and the demo seed) hold. */
export const StoredNeedSchema = z.object({
  id: uuid('技术需求 ID。Need id'),
  enterpriseId: uuid('发布该需求的企业 ID。The enterprise that posted it', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
  parkId: uuid("企业所在试点园区 ID。The enterprise's pilot park", 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
  ...needFields,
  budgetText: z.string().nullable().openapi({ description: '预算范围，以万元写给人看（机器请用 budgetMinFen / budgetMaxFen）；未填预算为 null。The budget for people, in 万元 (machines read the fen fields); null without a budget', example: '50 万元 – 200 万元' }),
  status,
  proposalsCloseAt: timestamp('揭榜截止时间（UTC 时间）：设置后，专家、学会和工作站可在截止前提交揭榜方案；null 表示未开放揭榜。Until when the need takes proposals (揭榜); null when it is not open for proposals', '2026-12-31T09:00:00.000Z').nullable(),
  createdAt: timestamp('发布时间（UTC 时间）。When it was posted'),
  updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
})

/** A need as a key reads it: a confidential need's enterprise is withheld from an expert until accepted (`Concealed`). */
export const NeedSchema = StoredNeedSchema.extend({
  enterpriseId: uuid(`发布该需求的企业 ID。The enterprise that posted it. ${concealedDescription}`, '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c').nullable(),
}).openapi('Need', { description: '技术需求：企业希望解决的技术问题。What an enterprise wants solved' })

/** A new need names its title, industry, problem and kind; the rest may follow later. */
export const NeedCreateSchema = z
  .object({
    enterpriseId: uuid('发布需求的企业 ID；企业密钥可不填（默认本企业）。The enterprise posting it; enterprise keys may omit it (their own)', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c').optional(),
    ...needFields,
    status: status.optional().openapi({ description: '初始状态：draft 草稿（默认）或 open 征集中。draft (default) or open', example: 'open' }),
  })
  .partial({ background: true, goals: true, keywords: true, budgetMinFen: true, budgetMaxFen: true, trlWanted: true, deadline: true, visibility: true })
  .strict()
  .openapi('NeedCreate', { description: '新建技术需求；未指定 `open` 时为草稿。A new need; status draft unless `open` is given' })

/** Every field of a create but the enterprise, each optional; the status moves along its transitions. */
export const NeedPatchSchema = NeedCreateSchema.omit({ enterpriseId: true })
  .partial()
  .extend({
    status: status.optional().openapi({ description: '推进需求状态：草稿 → 征集中 → 对接中 → 已解决 → 已关闭。Move the need along draft → open → in_progress → resolved → closed', example: 'open' }),
    proposalsCloseAt: businessDateTime('开放揭榜并设截止时间（ISO 8601，须带时区，须在未来 180 天内）；需求须公开（public）且征集中或对接中。传 null 即停止揭榜（已提交的方案仍可处理）。Open the need for proposals until this instant (ISO 8601 with zone, within the next 180 days); the need must be public and open or in progress. null stops taking proposals (those submitted can still be decided)', '2026-12-31T17:00:00+08:00').nullable().optional(),
  })
  .strict()
  .openapi('NeedPatch', { description: '要修改的字段（JSON merge patch）；可为空的字段传 null 即清空。Fields to change (JSON merge patch); null clears a nullable field' })

export const NeedListQuerySchema = z.object({
  ...paginationQuery,
  parkId: uuid('只看该园区的技术需求。Only needs of this park').optional(),
  enterpriseId: uuid('只看该企业的技术需求。Only needs of this enterprise', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c').optional(),
  industryCode: z.string().max(40).optional().openapi({ description: '只看该产业链（产业链代码）。Only this industry', example: 'new_materials' }),
  status: status.optional(),
  kind: kind.optional(),
  visibility: visibility.optional(),
  openForProposals: z.enum(['true', 'false']).transform((value) => value === 'true').optional().openapi({ description: 'true：只看正在揭榜（截止时间未到）的需求；false：只看未在揭榜的。true: only needs taking proposals now; false: only those that are not', example: 'true' }),
  q: searchText(100, '在项目名称、技术难题或关键词中搜索。Free text in title, problem or keywords', '催化剂'),
})

export const NeedPageSchema = pageSchema(NeedSchema, 'NeedPage')

/** A need as stored: the response's fields but the budget text, which is worked out from the fen figures. */
export type NeedRow = Omit<RowOf<typeof StoredNeedSchema, 'proposalsCloseAt' | 'createdAt' | 'updatedAt'>, 'budgetText'>
export type NewNeed = z.infer<typeof NeedCreateSchema>
export type NeedPatch = z.infer<typeof NeedPatchSchema>
export type NeedListQuery = z.infer<typeof NeedListQuerySchema>

/** The need as clients read it, with its budget also in 万元 for people. */
export const toNeedResponse = (need: Concealed<NeedRow>) => toResponse(NeedSchema, { ...need, budgetText: budgetText(need.budgetMinFen, need.budgetMaxFen) })
