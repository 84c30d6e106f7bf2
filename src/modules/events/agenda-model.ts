import { z } from '@hono/zod-openapi'
import { uuid } from '../../core/schemas.js'
import { SolutionSummarySchema, eventStatuses } from './model.js'

/** An event's meetings: the agenda, and what publishing it made of each. */
export const MeetingSchema = z
  .object({
    needId: uuid('需求 ID。The need', '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
    needTitle: z.string().openapi({ description: '需求标题。The need\'s title', example: '煤焦油加氢催化剂失活快' }),
    enterpriseId: uuid('需求企业 ID。The need\'s enterprise', '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d'),
    enterpriseName: z.string().openapi({ description: '需求企业名称。The enterprise', example: '潞安化工集团有限公司' }),
    expertId: uuid('专家 ID。The expert', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    expertName: z.string().openapi({ description: '专家姓名。The expert\'s name', example: '王建国' }),
    slot: z.number().int().nullable().openapi({ description: '时段序号（从 0 起）；排不进时段时为 null。The slot index; null when it could not be placed', example: 0 }),
    start: z.string().nullable().openapi({ description: '开始时间（北京时间）。Start, Beijing time', example: '09:00' }),
    end: z.string().nullable().openapi({ description: '结束时间（北京时间）。End, Beijing time', example: '09:20' }),
    table: z.number().int().nullable().openapi({ description: '洽谈桌序号（从 0 起）。The table index', example: 0 }),
    tableName: z.string().nullable().openapi({ description: '洽谈桌名称。The table\'s name', example: 'A 桌' }),
    score: z.number().openapi({ description: '该配对在目标函数中的权重（0–1）：匹配把握与该需求内相对融合得分各占一半。The pair\'s weight in the objective (0–1): half its confidence, half its fused score relative to the need\'s best enrolled expert', example: 0.87 }),
    confidence: z.number().openapi({ description: '匹配把握（0–1）。How sure the ranking is (0–1)', example: 0.74 }),
    good: z.boolean().openapi({ description: '是否为合适洽谈（把握不低于下限）。Whether it is a good meeting (confidence at or above the floor)', example: true }),
    pinned: z.boolean().openapi({ description: '是否为园区指定的配对。Whether park staff pinned it', example: false }),
    matchId: uuid('发布后生成的对接邀请 ID。The invitation publishing made', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').nullable(),
    publishError: z.string().nullable().openapi({ description: '发布时规则拒绝的原因。Why the rules refused its invitation at publish', example: null }),
  })
  .openapi('EventMeeting', { description: '一场一对一洽谈。One one-to-one meeting' })

export const AgendaSchema = z
  .object({
    eventId: uuid('对接会 ID。The event', '2d4f6a8c-1b3e-4d5f-8a7c-9e0b1c2d3e4f'),
    status: z.enum(eventStatuses).openapi({ description: '对接会状态。The event\'s status', example: 'solved' }),
    solution: SolutionSummarySchema.nullable(),
    meetings: z.array(MeetingSchema).openapi({ description: '洽谈安排，按时段、洽谈桌排序。The meetings, by slot and table' }),
  })
  .openapi('EventAgenda', { description: '对接会日程（全体或一人）。The agenda, whole or for one person' })

export const AgendaQuerySchema = z.object({
  expertId: uuid('只看该专家的日程。Only this expert\'s schedule').optional(),
  enterpriseId: uuid('只看该企业的日程。Only this enterprise\'s schedule').optional(),
})

export const PublishResultSchema = z
  .object({
    eventId: uuid('对接会 ID。The event', '2d4f6a8c-1b3e-4d5f-8a7c-9e0b1c2d3e4f'),
    invited: z.number().int().openapi({ description: '发出的邀请数。Invitations made', example: 40 }),
    refused: z.number().int().openapi({ description: '规则拒绝的配对数（见各配对的 detail）。Pairs the rules refused', example: 2 }),
    results: z
      .array(
        z.object({
          needId: uuid('需求 ID。The need'),
          expertId: uuid('专家 ID。The expert'),
          matchId: uuid('生成的邀请 ID。The invitation').nullable(),
          outcome: z.enum(['invited', 'refused']).openapi({ description: '结果：已邀请，或被规则拒绝。invited, or refused by a rule', example: 'invited' }),
          detail: z.string().nullable().openapi({ description: '拒绝原因。Why it was refused', example: null }),
        }),
      )
      .openapi({ description: '每一配对的结果。Each pair\'s outcome' }),
  })
  .openapi('EventPublishResult', { description: '发布结果：逐对列出邀请或拒绝原因。What publishing did, pair by pair' })

export type Meeting = z.infer<typeof MeetingSchema>
export type Agenda = z.infer<typeof AgendaSchema>
export type PublishResult = z.infer<typeof PublishResultSchema>
export type AgendaQuery = z.infer<typeof AgendaQuerySchema>
