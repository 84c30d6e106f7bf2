import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { needFields, needTitle } from '../need-fields.js'
import { formatBeijingTime } from '../../../core/human-units.js'
import { consultationStatuses } from '../../../core/vocabulary.js'
import { pageSchema, paginationQuery } from '../../../platform/http/pagination.js'
import { businessDateTime, requiredText, text, timestamp, uuid } from '../../../core/schemas.js'

export const consultationModes = ['on_site', 'online', 'phone'] as const

const mode = z.enum(consultationModes).openapi({ description: '咨询方式：现场、线上或电话。on_site 现场 · online 线上 · phone 电话', example: 'on_site' })
const status = z
  .enum(consultationStatuses)
  .openapi({ description: '咨询状态：已预约 → 已完成 / 已取消。scheduled 已预约 → completed 已完成 / cancelled 已取消', example: 'scheduled' })
const dateTime = (description: string, example = '2026-12-03T06:30:00.000Z') => businessDateTime(description, example)

export const ConsultationSchema = z
  .object({
    id: uuid('技术咨询 ID。Consultation id', '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'),
    matchId: uuid('所依据的已接受对接邀请 ID。The accepted invitation it follows', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'),
    ...needFields,
    expertId: uuid('提供咨询的专家 ID（即对接邀请的答复专家）。The consulting expert (the invitation\'s answering expert)', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    needTitle,
    enterpriseName: z.string().openapi({ description: '企业名称。the enterprise\'s name', example: '山西潞安煤基清洁能源有限责任公司' }),
    expertName: z.string().openapi({ description: '提供咨询的专家姓名。the consulting expert\'s name', example: '王建国' }),
    mode,
    status,
    scheduledAt: timestamp('计划咨询时间（UTC 时间）。When it is planned'),
    scheduledAtText: z.string().openapi({ description: '计划咨询时间，北京时间，写给人看（机器请用 scheduledAt）。When it is planned, in Beijing time for people (machines read scheduledAt)', example: '2026-12-03 14:30 (北京时间)' }),
    heldAt: timestamp('实际咨询时间（UTC 时间，完成时填写）。When it was held (on completion)').nullable(),
    hours: z.number().nullable().openapi({ description: '咨询用时（小时，完成时填写）。Hours spent (on completion)', example: 3.5 }),
    summary: z.string().openapi({ description: '咨询纪要：讨论的内容与专家的建议。what was discussed and advised', example: '现场查看加氢反应器，建议调整催化剂级配并增设在线监测。' }),
    expertNotes: z.string().openapi({ description: '专家的后续跟进备注。The expert\'s notes for follow-up', example: '需企业补充近三个月运行数据，下次线上复核。' }),
    rating: z.number().int().min(1).max(5).nullable().openapi({ description: '企业的评价等级（1–5），完成后评价。The enterprise\'s rating, 1–5, after completion', example: 5 }),
    ratingComment: z.string().openapi({ description: '企业的评价意见。The enterprise\'s comment with its rating', example: '专家准备充分，建议切实可行。' }),
    ratedAt: timestamp('评价时间（UTC 时间）。When it was rated').nullable(),
    cancelReason: z.string().nullable().openapi({ description: '取消原因。Why it was cancelled', example: '专家临时出差，另行约定时间。' }),
    cancelledByRole: z.string().nullable().openapi({ description: '取消操作所用 API 密钥的角色。Role of the key that cancelled it', example: 'expert' }),
    completedAt: timestamp('标记完成的时间（UTC 时间）。When it was marked completed').nullable(),
    cancelledAt: timestamp('取消时间（UTC 时间）。When it was cancelled').nullable(),
    createdAt: timestamp('预约登记的时间（UTC 时间）。When it was scheduled'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Consultation', { description: '技术咨询：对接邀请被接受后，需求企业与专家之间的一次咨询。A session between the need\'s enterprise and the expert after an accepted invitation' })

export const ConsultationCreateSchema = z
  .object({ mode, scheduledAt: dateTime('计划咨询时间（ISO 8601，须带时区，如 2026-12-03T14:30:00+08:00）。When it is planned (ISO 8601 with zone)') })
  .strict()
  .openapi('ConsultationCreate', { description: '在已接受的对接邀请上预约一次技术咨询。A consultation to schedule on an accepted invitation' })

export const ConsultationPatchSchema = z
  .object({ mode: mode.optional(), scheduledAt: dateTime('新的咨询时间（ISO 8601，须带时区）。A new time').optional() })
  .strict()
  .openapi('ConsultationPatch', { description: '改期：修改已预约的技术咨询（JSON merge patch）。Reschedule a scheduled consultation (JSON merge patch)' })

export const ConsultationCompleteSchema = z
  .object({
    heldAt: dateTime('实际咨询时间（ISO 8601，须带时区；不能晚于现在）。When it was held (not in the future)', '2026-12-03T06:30:00.000Z'),
    hours: z.number().positive().max(1000).multipleOf(0.25).openapi({ description: '咨询用时（小时），以 0.25 小时为单位（0.25–1000）。Hours spent, in quarter hours (0.25–1000)', example: 3.5, multipleOf: 0.25 }),
    summary: requiredText(4000, '咨询纪要：讨论的内容与专家的建议。what was discussed and advised', '现场查看加氢反应器，建议调整催化剂级配并增设在线监测。'),
    expertNotes: text(4000, '专家自己的后续跟进备注。The expert\'s own notes for follow-up', '需企业补充近三个月运行数据，下次线上复核。').optional(),
  })
  .strict()
  .openapi('ConsultationComplete', { description: '专家在咨询完成时登记的内容。What the expert records on completion' })

export const ConsultationCancelSchema = z.object({ reason: requiredText(500, '取消原因。Why it is cancelled', '专家临时出差，另行约定时间。') }).strict().openapi('ConsultationCancel', { description: '取消技术咨询，须说明原因。A cancellation, with its reason' })

export const ConsultationRatingSchema = z
  .object({
    rating: z.number().int().min(1).max(5).openapi({ description: '评价等级：1（差）– 5（优）。1 (poor) – 5 (excellent)', example: 5 }),
    comment: text(1000, '评价意见。A comment', '专家准备充分，建议切实可行。').optional(),
  })
  .strict()
  .openapi('ConsultationRating', { description: '企业对已完成技术咨询的评价。The enterprise\'s rating of a completed consultation' })

export const ConsultationListQuerySchema = z.object({
  ...paginationQuery,
  matchId: uuid('只看该对接邀请下的技术咨询。Only consultations of this invitation', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').optional(),
  needId: uuid('只看该技术需求的技术咨询。Only consultations of this need').optional(),
  status: status.optional(),
})

export const ConsultationPageSchema = pageSchema(ConsultationSchema, 'ConsultationPage')

export type ConsultationRow = Omit<
  RowOf<typeof ConsultationSchema, 'scheduledAt' | 'heldAt' | 'ratedAt' | 'completedAt' | 'cancelledAt' | 'createdAt' | 'updatedAt'>,
  'scheduledAtText'
>
export type ConsultationMode = ConsultationRow['mode']
export type NewConsultation = z.infer<typeof ConsultationCreateSchema>
/** What an insert writes: the consultation on its accepted match, between the need's enterprise and the answering expert. */
export type ConsultationInsert = NewConsultation & Pick<ConsultationRow, 'matchId' | 'needId' | 'parkId' | 'enterpriseId' | 'expertId'>
export type ConsultationPatch = z.infer<typeof ConsultationPatchSchema>
/** What the expert records on completion, its notes defaulted to none. */
export type ConsultationCompletion = Required<z.infer<typeof ConsultationCompleteSchema>>
export type ConsultationListQuery = z.infer<typeof ConsultationListQuerySchema>

/** The consultation as a client reads it, with its time also in Beijing time for people. */
export const toConsultationResponse = (row: ConsultationRow) => toResponse(ConsultationSchema, { ...row, scheduledAtText: formatBeijingTime(row.scheduledAt)! })
