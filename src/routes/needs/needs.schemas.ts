import { z } from '@hono/zod-openapi'
import { needKinds, needStatuses, needVisibilities } from '../../domain/needs.js'
import { paginationQuery, pageSchema } from '../../lib/pagination.js'
import { amountFen, businessDate, requiredText, searchText, terms, text, timestamp, uuid } from '../../lib/schemas.js'

const kind = z.enum(needKinds).openapi({
  description:
    '需求类型: breakthrough 技术攻关 · consulting 技术咨询 · collaboration 技术协作 · transfer 技术转移 · commercialisation 成果转化 · new_product 新产品开发 · talent 人才引进',
  example: 'breakthrough',
})
const status = z.enum(needStatuses).openapi({
  description: 'draft 草稿 → open 征集中 → in_progress 对接中 → resolved 已解决 → closed 已关闭',
  example: 'open',
})
const visibility = z.enum(needVisibilities).openapi({
  description: 'public: every key; park: enterprises of the same park (and experts invited); private: only the enterprise, its park staff and admins',
  example: 'park',
})
const fen = (description: string, example: number) => amountFen(description, example).nullable()

const needFields = {
  title: requiredText(200, '项目名称: the need in one line', '高硫煤气化废水酚氨回收工艺优化'),
  industryCode: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .openapi({ description: '行业领域: code of a key industry chain (GET /v1/industries)', example: 'modern_coal_chemical' }),
  background: text(4000, '需求背景: why the enterprise needs this', '公司年处理高硫煤120万吨，现有酚氨回收装置运行不稳定，外排水COD超标风险高。'),
  problem: requiredText(4000, '需解决的主要技术难题', '萃取塔乳化严重，总酚回收率不足85%，氨回收塔结垢周期短。'),
  goals: text(4000, '期望实现的主要技术目标', '总酚回收率≥95%，出水COD≤3000mg/L，装置连续运行≥180天。'),
  kind,
  keywords: terms('Keywords for matching', ['煤气化废水', '酚氨回收', '萃取']),
  budgetMinFen: fen('Lowest budget, in fen (分)', 50_000_000),
  budgetMaxFen: fen('Highest budget, in fen (分)', 200_000_000),
  trlWanted: z.number().int().min(1).max(9).nullable().openapi({ description: 'Technology readiness level wanted (1–9)', example: 6 }),
  deadline: businessDate('Wanted by (YYYY-MM-DD)', '2027-06-30').nullable(),
  visibility,
}

export const NeedSchema = z
  .object({
    id: uuid('Need id'),
    enterpriseId: uuid('The enterprise that posted it', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
    parkId: uuid("The enterprise's pilot park", 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
    ...needFields,
    keywords: needFields.keywords,
    status,
    createdAt: timestamp('When it was posted'),
    updatedAt: timestamp('When it last changed'),
  })
  .openapi('Need', { description: '技术需求: what an enterprise wants solved' })

export const NeedCreateSchema = z
  .object({
    enterpriseId: uuid('The enterprise posting it; enterprise keys may omit it (their own)', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c').optional(),
    title: needFields.title,
    industryCode: needFields.industryCode,
    background: needFields.background.optional(),
    problem: needFields.problem,
    goals: needFields.goals.optional(),
    kind: needFields.kind,
    keywords: needFields.keywords.optional(),
    budgetMinFen: needFields.budgetMinFen.optional(),
    budgetMaxFen: needFields.budgetMaxFen.optional(),
    trlWanted: needFields.trlWanted.optional(),
    deadline: needFields.deadline.optional(),
    visibility: needFields.visibility.optional(),
    status: status.optional().openapi({ description: 'draft (default) or open', example: 'open' }),
  })
  .strict()
  .openapi('NeedCreate', { description: 'A new need; status draft unless `open` is given' })

export const NeedPatchSchema = z
  .object({
    title: needFields.title.optional(),
    industryCode: needFields.industryCode.optional(),
    background: needFields.background.optional(),
    problem: needFields.problem.optional(),
    goals: needFields.goals.optional(),
    kind: needFields.kind.optional(),
    keywords: needFields.keywords.optional(),
    budgetMinFen: needFields.budgetMinFen.optional(),
    budgetMaxFen: needFields.budgetMaxFen.optional(),
    trlWanted: needFields.trlWanted.optional(),
    deadline: needFields.deadline.optional(),
    visibility: needFields.visibility.optional(),
    status: status.optional().openapi({ description: 'Move the need along draft → open → in_progress → resolved → closed', example: 'open' }),
  })
  .strict()
  .openapi('NeedPatch', { description: 'Fields to change (JSON merge patch); null clears a nullable field' })

export const NeedListQuerySchema = z.object({
  ...paginationQuery,
  parkId: uuid('Only needs of this park').optional(),
  enterpriseId: uuid('Only needs of this enterprise', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c').optional(),
  industryCode: z.string().max(40).optional().openapi({ description: 'Only this industry', example: 'new_materials' }),
  status: status.optional(),
  kind: kind.optional(),
  visibility: visibility.optional(),
  q: searchText(100, 'Free text in title, problem or keywords', '催化剂'),
})

export const NeedPageSchema = pageSchema(NeedSchema, 'NeedPage')
