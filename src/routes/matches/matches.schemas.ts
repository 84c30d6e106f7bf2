import { z } from '@hono/zod-openapi'
import { pageSchema, paginationQuery } from '../../lib/pagination.js'
import { requiredText, text, timestamp, uuid } from '../../lib/schemas.js'

const status = z
  .enum(['proposed', 'accepted', 'declined', 'expired', 'withdrawn'])
  .openapi({ description: 'proposed 待答复 → accepted 已接受 / declined 已婉拒 / expired 已过期 / withdrawn 已撤回', example: 'proposed' })
const candidateKind = z.enum(['expert', 'society', 'workstation']).openapi({ description: 'expert 专家 · society 学会 · workstation 工作站', example: 'expert' })

export const MatchSchema = z
  .object({
    id: uuid('Match id', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'),
    needId: uuid('The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
    parkId: uuid("The need's park", 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
    enterpriseId: uuid("The need's enterprise", '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
    candidateKind,
    candidateId: uuid('The invited expert, society or workstation', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    responderExpertId: uuid('The expert who answers (a society\'s contact, a workstation\'s lead)', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    needTitle: z.string().openapi({ description: '需求 · the title of the need', example: '高硫煤气化废水酚氨回收工艺优化' }),
    enterpriseName: z.string().openapi({ description: '企业 · the name of the enterprise that posted the need', example: '山西潞安煤基清洁能源有限责任公司' }),
    candidateName: z.string().openapi({ description: '候选 · the invited expert\'s, society\'s or workstation\'s name', example: '王建国' }),
    status,
    message: z.string().openapi({ description: 'The invitation\'s message', example: '诚邀郭研究员就煤焦油加氢装置运行周期问题进行技术咨询。' }),
    declineReason: z.string().nullable().openapi({ description: 'Why it was declined', example: '近期在外地驻场，无法按期对接。' }),
    autoNext: z.boolean().openapi({ description: 'Invite the next-best candidate when declined or expired', example: true }),
    expiresAt: timestamp('When an unanswered invitation expires'),
    respondedAt: timestamp('When the expert answered').nullable(),
    createdAt: timestamp('When it was sent'),
    updatedAt: timestamp('When it last changed'),
  })
  .openapi('Match', { description: '产需对接: an invitation of a candidate to a need, and its answer' })

export const MatchCreateSchema = z
  .object({
    candidateKind,
    candidateId: uuid('The expert, society or workstation to invite', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    message: text(1000, 'A message to the expert', '诚邀您就我公司加氢装置运行周期短的问题进行技术咨询。').optional(),
    expiresInHours: z.number().int().min(1).max(24 * 90).optional().openapi({ description: 'Hours to wait for an answer (default 72)', example: 72 }),
    autoNext: z.boolean().optional().openapi({ description: 'If declined or expired, invite the next-best candidate automatically', example: true }),
  })
  .strict()
  .openapi('MatchCreate', { description: 'An invitation to send' })

export const MatchDeclineSchema = z
  .object({ reason: requiredText(500, 'Why the expert declines', '近期在外地驻场，无法按期对接。') })
  .strict()
  .openapi('MatchDecline', { description: 'A decline, with its reason' })

export const MatchListQuerySchema = z.object({
  ...paginationQuery,
  needId: uuid('Only invitations for this need').optional(),
  status: status.optional(),
})

export const MatchPageSchema = pageSchema(MatchSchema, 'MatchPage')
