import { z } from '@hono/zod-openapi'
import { consultationModes, consultationStatuses } from '../../domain/consultations.js'
import { pageSchema, paginationQuery } from '../../lib/pagination.js'
import { businessDateTime, requiredText, text, timestamp, uuid } from '../../lib/schemas.js'

const mode = z.enum(consultationModes).openapi({ description: 'on_site 现场 · online 线上 · phone 电话', example: 'on_site' })
const status = z
  .enum(consultationStatuses)
  .openapi({ description: 'scheduled 已预约 → completed 已完成 / cancelled 已取消', example: 'scheduled' })
const dateTime = (description: string, example = '2026-12-03T06:30:00.000Z') => businessDateTime(description, example)

export const ConsultationSchema = z
  .object({
    id: uuid('Consultation id', '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'),
    matchId: uuid('The accepted invitation it follows', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'),
    needId: uuid('The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
    parkId: uuid("The need's park", 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
    enterpriseId: uuid("The need's enterprise", '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
    expertId: uuid('The consulting expert (the invitation\'s answering expert)', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    needTitle: z.string().openapi({ description: '需求 · the title of the need', example: '高硫煤气化废水酚氨回收工艺优化' }),
    enterpriseName: z.string().openapi({ description: '企业 · the enterprise\'s name', example: '山西潞安煤基清洁能源有限责任公司' }),
    expertName: z.string().openapi({ description: '专家 · the consulting expert\'s name', example: '王建国' }),
    mode,
    status,
    scheduledAt: timestamp('When it is planned'),
    heldAt: timestamp('When it was held (on completion)').nullable(),
    hours: z.number().nullable().openapi({ description: 'Hours spent (on completion)', example: 3.5 }),
    summary: z.string().openapi({ description: '咨询纪要: what was discussed and advised', example: '现场查看加氢反应器，建议调整催化剂级配并增设在线监测。' }),
    expertNotes: z.string().openapi({ description: 'The expert\'s notes for follow-up', example: '需企业补充近三个月运行数据，下次线上复核。' }),
    rating: z.number().int().min(1).max(5).nullable().openapi({ description: 'The enterprise\'s rating, 1–5, after completion', example: 5 }),
    ratingComment: z.string().openapi({ description: 'The enterprise\'s comment with its rating', example: '专家准备充分，建议切实可行。' }),
    ratedAt: timestamp('When it was rated').nullable(),
    cancelReason: z.string().nullable().openapi({ description: 'Why it was cancelled', example: '专家临时出差，另行约定时间。' }),
    cancelledByRole: z.string().nullable().openapi({ description: 'Role of the key that cancelled it', example: 'expert' }),
    completedAt: timestamp('When it was marked completed').nullable(),
    cancelledAt: timestamp('When it was cancelled').nullable(),
    createdAt: timestamp('When it was scheduled'),
    updatedAt: timestamp('When it last changed'),
  })
  .openapi('Consultation', { description: '技术咨询: a session between the need\'s enterprise and the expert after an accepted invitation' })

export const ConsultationCreateSchema = z
  .object({ mode, scheduledAt: dateTime('When it is planned (ISO 8601 with zone)') })
  .strict()
  .openapi('ConsultationCreate', { description: 'A consultation to schedule on an accepted invitation' })

export const ConsultationPatchSchema = z
  .object({ mode: mode.optional(), scheduledAt: dateTime('A new time').optional() })
  .strict()
  .openapi('ConsultationPatch', { description: 'Reschedule a scheduled consultation (JSON merge patch)' })

export const ConsultationCompleteSchema = z
  .object({
    heldAt: dateTime('When it was held (not in the future)', '2026-12-03T06:30:00.000Z'),
    hours: z.number().positive().max(1000).multipleOf(0.25).openapi({ description: 'Hours spent, in quarter hours (0.25–1000)', example: 3.5, multipleOf: 0.25 }),
    summary: requiredText(4000, '咨询纪要: what was discussed and advised', '现场查看加氢反应器，建议调整催化剂级配并增设在线监测。'),
    expertNotes: text(4000, 'The expert\'s own notes for follow-up', '需企业补充近三个月运行数据，下次线上复核。').optional(),
  })
  .strict()
  .openapi('ConsultationComplete', { description: 'What the expert records on completion' })

export const ConsultationCancelSchema = z
  .object({ reason: requiredText(500, 'Why it is cancelled', '专家临时出差，另行约定时间。') })
  .strict()
  .openapi('ConsultationCancel', { description: 'A cancellation, with its reason' })

export const ConsultationRatingSchema = z
  .object({
    rating: z.number().int().min(1).max(5).openapi({ description: '1 (poor) – 5 (excellent)', example: 5 }),
    comment: text(1000, 'A comment', '专家准备充分，建议切实可行。').optional(),
  })
  .strict()
  .openapi('ConsultationRating', { description: 'The enterprise\'s rating of a completed consultation' })

export const ConsultationListQuerySchema = z.object({
  ...paginationQuery,
  matchId: uuid('Only consultations of this invitation', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').optional(),
  needId: uuid('Only consultations of this need').optional(),
  status: status.optional(),
})

export const ConsultationPageSchema = pageSchema(ConsultationSchema, 'ConsultationPage')
