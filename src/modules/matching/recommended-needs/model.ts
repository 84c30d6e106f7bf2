import { z } from '@hono/zod-openapi'
import { timestamp, uuid } from '../../../core/schemas.js'
import { DomainError } from '../../../core/errors.js'
import { candidateKinds, needStatuses, needVisibilities } from '../../../core/vocabulary.js'
import { concealedDescription } from '../../needs/index.js'
import { CandidateAnswerSchema, CandidateReasonsSchema, RuleEffectSchema } from '../candidates/model.js'

/** How many of the ranked needs a caller may page through. */
export const MAX_RECOMMENDED_OFFSET = 500

export const RecommendedNeedQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: '每页条数（1–50）。Page size (1–50)', example: 10 }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: '翻页游标：填上一页返回的 `nextCursor`；取第一页时不填。The `nextCursor` of the previous page', example: 'eyJvZmZzZXQiOjEwfQ' }),
})
export type RecommendedNeedQuery = z.infer<typeof RecommendedNeedQuerySchema>

/** A ranked list pages by position: the cursor holds where the next page starts, opaque to clients. */
export function encodeOffset(offset: number): string {
  return btoa(JSON.stringify({ offset })).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

export function decodeOffset(value: string | undefined): number {
  if (!value) return 0
  try {
    const { offset } = JSON.parse(atob(value.replaceAll('-', '+').replaceAll('_', '/'))) as { offset?: unknown }
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= MAX_RECOMMENDED_OFFSET) return offset
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('validation_failed', 'query.cursor: not a cursor returned by this API', {
    errors: [{ path: 'query.cursor', message: 'not a cursor returned by this API' }],
  })
}

export const RecommendedNeedSchema = z
  .object({
    id: uuid('技术需求 ID。The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
    title: z.string().openapi({ description: '需求标题。Title', example: '焦化副产油品加氢装置运行周期短' }),
    kind: z.string().openapi({ description: '需求类型（breakthrough 技术攻关等）。Need kind', example: 'breakthrough' }),
    industryCode: z.string().openapi({ description: '所属产业链代码。Industry chain', example: 'modern_coal_chemical' }),
    status: z.enum(needStatuses).openapi({ description: '需求状态：open 征集中 · in_progress 对接中。Status (only needs taking partners are recommended)', example: 'open' }),
    visibility: z.enum(needVisibilities).openapi({ description: '可见范围：public 公开 · park 园区内 · private 仅受邀者 · confidential 保密需求（不显示发布企业）。Who may read it; confidential: the problem, not who posted it', example: 'public' }),
    enterpriseId: uuid(`发布需求的企业 ID。The enterprise that posted it. ${concealedDescription}`, '0b1f6c2a-8e3d-4a7b-9c5e-2d4f6a8b0c1e').nullable(),
    parkId: uuid('需求所属园区 ID。Its park', '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d'),
    proposalsCloseAt: timestamp('揭榜截止时间（UTC）；null 表示未开放揭榜。Until when it takes proposals; null when not open for proposals', '2026-12-31T09:00:00.000Z').nullable(),
    score: z.number().openapi({ description: '经规则调整后的融合得分，决定列表顺序（算法同候选排序）。Fused score after rules; orders the list (as for candidates)', example: 0.8123 }),
    confidence: z.number().min(0).max(1).openapi({ description: '匹配把握（0–1），由该需求自身证据得出，并按列表顺序封顶，自上而下不升。How sure the ranking is (0–1), never rising down the list', example: 0.74 }),
    reasons: CandidateReasonsSchema.openapi({
      description: '推荐依据：与需求共有的词、各检索方式的名次与得分、所应用的规则（同园区、同区县、同城优先等）。Why this need: shared terms, each retriever\'s rank and score, the rules applied',
    }),
    engagement: z
      .object({
        invitationId: uuid('该候选尚未答复的对接邀请 ID；没有则为 null。Its unanswered invitation to this need, if any', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').nullable(),
        proposal: z.enum(['submitted', 'shortlisted']).nullable().openapi({ description: '该候选已提交、仍在考虑中的揭榜方案状态：submitted 已提交 · shortlisted 已入围；没有则为 null。Its proposal under consideration, if any', example: null }),
      })
      .openapi({ example: { invitationId: null, proposal: 'submitted' }, description: '该候选与此需求已有的往来（已接受或已婉拒的不再推荐）。Where the candidate already stands with this need (answered ones are not recommended)' }),
  })
  .openapi('RecommendedNeed', { description: '为专家、学会或工作站推荐的技术需求，附理由。A need ranked for an expert, society or workstation, with its reasons' })

export const RecommendedNeedPageSchema = z
  .object({
    candidate: z
      .object({
        kind: z.enum(candidateKinds).openapi({ description: 'expert 专家 · society 学会 · workstation 工作站', example: 'expert' }),
        id: uuid('专家、学会或工作站 ID。The candidate', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
        name: z.string().openapi({ description: '名称。Name', example: '郭志强' }),
      })
      .openapi({ example: { kind: 'expert', id: '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b', name: '郭志强' }, description: '为谁推荐。Whom the needs are ranked for' }),
    items: z.array(RecommendedNeedSchema).openapi({ description: '本页需求，按得分从高到低；只列出置信度达到最低要求、调用方可查看且仍在征集合作方的需求。This page, best first: only needs good enough, readable by the caller and taking partners' }),
    nextCursor: z.string().nullable().openapi({ description: '下一页游标；已是最后一页时为 null。Pass as `cursor` for the next page; null on the last page', example: null }),
    total: z.number().int().openapi({ description: '所有页合计的推荐需求数。How many needs are recommended in all pages', example: 12 }),
    unavailableRetrievers: CandidateAnswerSchema.shape.unavailableRetrievers,
    unavailableReasons: CandidateAnswerSchema.shape.unavailableReasons,
    excluded: z
      .array(z.object({ rule: RuleEffectSchema.shape.rule, count: z.number().int().openapi({ description: '被该规则排除的需求数。How many needs it removed', example: 1 }) }))
      .openapi({ description: '被规则排除的需求，按规则计数（如利益冲突：需求企业即候选所在单位）。Needs removed by rules, counted' }),
    blockedBy: z.union([RuleEffectSchema, z.null()]).openapi({ example: null, description: '候选目前不能接受新的对接（暂不接受对接或对接已满）时给出原因：列表仅供参考，调整状态或容量后才能接受邀请或被采纳；否则为 null。Set when the candidate cannot take up any need now (unavailable or at capacity): the list is for reference until that changes' }),
    notice: z.string().nullable().openapi({ description: '没有足够匹配的需求，或候选目前不能接受对接时给出说明；否则为 null。Set when no need was good enough, or the candidate cannot take one up now', example: null }),
  })
  .openapi('RecommendedNeedPage', { description: '为某位专家、学会或工作站推荐的需求（分页）。Needs ranked for an expert, society or workstation, a page at a time' })
export type RecommendedNeedPage = z.infer<typeof RecommendedNeedPageSchema>
export type RecommendedNeed = z.infer<typeof RecommendedNeedSchema>
