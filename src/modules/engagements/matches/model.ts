import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { concealableNeedEnterprise, needFields, needTitle } from '../need-fields.js'
import { type Concealed, concealedDescription } from '../../needs/index.js'
import { formatBeijingTime } from '../../../core/human-units.js'
import { candidateKinds, matchStatuses } from '../../../core/vocabulary.js'
import { pageSchema, paginationQuery } from '../../../platform/http/pagination.js'
import { requiredText, text, timestamp, uuid } from '../../../core/schemas.js'

const status = z
  .enum(matchStatuses)
  .openapi({ description: '对接邀请状态：待答复 → 已接受 / 已婉拒 / 已过期 / 已撤回。proposed 待答复 → accepted 已接受 / declined 已婉拒 / expired 已过期 / withdrawn 已撤回', example: 'proposed' })
const candidateKind = z.enum(candidateKinds).openapi({ description: '候选类型：专家、学会或院士专家工作站。expert 专家 · society 学会 · workstation 工作站', example: 'expert' })

export const MatchSchema = z
  .object({
    id: uuid('对接邀请 ID。Match id', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'),
    ...needFields,
    ...concealableNeedEnterprise,
    candidateKind,
    candidateId: uuid('被邀请的专家、学会或院士专家工作站 ID。The invited expert, society or workstation', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    responderExpertId: uuid('负责答复的专家 ID（学会的联络专家、工作站的首席专家）。The expert who answers (a society\'s contact, a workstation\'s lead)', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    needTitle,
    enterpriseName: z.string().nullable().openapi({ description: `发布技术需求的企业名称。the name of the enterprise that posted the need. ${concealedDescription}`, example: '山西潞安煤基清洁能源有限责任公司' }),
    candidateName: z.string().openapi({ description: '被邀请候选的名称：专家姓名，或学会、工作站名称。the invited expert\'s, society\'s or workstation\'s name', example: '王建国' }),
    status,
    message: z.string().openapi({ description: '邀请附言。The invitation\'s message', example: '诚邀郭研究员就煤焦油加氢装置运行周期问题进行技术咨询。' }),
    declineReason: z.string().nullable().openapi({ description: '婉拒原因。Why it was declined', example: '近期在外地驻场，无法按期对接。' }),
    autoNext: z.boolean().openapi({ description: '被婉拒或过期后，自动邀请下一位最合适的候选。Invite the next-best candidate when declined or expired', example: true }),
    teamId: uuid('作为团队成员受邀时的团队 ID（见 GET /v1/teams/{id}）；单独邀请为 null。The team this invitation was sent with (GET /v1/teams/{id}); null for a single invitation', '0d4c8b2a-6e1f-4a3b-9c5d-7e8f9a0b1c2d').nullable(),
    expiresAt: timestamp('未答复邀请的过期时间（UTC 时间）。When an unanswered invitation expires'),
    expiresAtText: z.string().openapi({ description: '答复截止时间，北京时间，写给人看（机器请用 expiresAt）。The answer deadline in Beijing time for people (machines read expiresAt)', example: '2026-12-08 09:30 (北京时间)' }),
    respondedAt: timestamp('专家答复时间（UTC 时间）。When the expert answered').nullable(),
    createdAt: timestamp('发出时间（UTC 时间）。When it was sent'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Match', { description: '产需对接：就一项技术需求向候选发出的对接邀请及其答复。An invitation of a candidate to a need, and its answer' })

export const MatchCreateSchema = z
  .object({
    candidateKind,
    candidateId: uuid('要邀请的专家、学会或院士专家工作站 ID。The expert, society or workstation to invite', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    message: text(1000, '给专家的邀请附言。A message to the expert', '诚邀您就我公司加氢装置运行周期短的问题进行技术咨询。').optional(),
    expiresInHours: z.number().int().min(1).max(24 * 90).optional().openapi({ description: '等待答复的小时数（默认 72）。Hours to wait for an answer (default 72)', example: 72 }),
    autoNext: z.boolean().optional().openapi({ description: '被婉拒或过期时，自动邀请下一位最合适的候选。If declined or expired, invite the next-best candidate automatically', example: true }),
  })
  .strict()
  .openapi('MatchCreate', { description: '要发出的对接邀请。An invitation to send' })

export const MatchDeclineSchema = z.object({ reason: requiredText(500, '专家婉拒的原因。Why the expert declines', '近期在外地驻场，无法按期对接。') }).strict().openapi('MatchDecline', { description: '婉拒对接邀请，须说明原因。A decline, with its reason' })

export const MatchListQuerySchema = z.object({
  ...paginationQuery,
  needId: uuid('只看该技术需求的对接邀请。Only invitations for this need').optional(),
  teamId: uuid('只看该团队成员的邀请。Only the invitations of this team', '0d4c8b2a-6e1f-4a3b-9c5d-7e8f9a0b1c2d').optional(),
  status: status.optional(),
})

export const MatchPageSchema = pageSchema(MatchSchema, 'MatchPage')

/** A match as stored: the response's fields but its deadline's text, with the key that proposed it. */
export type MatchRow = Omit<RowOf<typeof MatchSchema, 'expiresAt' | 'respondedAt' | 'createdAt' | 'updatedAt'>, 'expiresAtText' | 'enterpriseId' | 'enterpriseName'> & {
  enterpriseId: string
  enterpriseName: string
  proposedByKeyId: string | null
}
export type NewMatch = z.infer<typeof MatchCreateSchema>
/** What an insert writes: the invitation with its defaults resolved, on the need's park, answered by its expert. */
export type MatchInsert = Required<NewMatch> & Pick<MatchRow, 'needId' | 'parkId' | 'responderExpertId' | 'proposedByKeyId'>
export type MatchListQuery = z.infer<typeof MatchListQuerySchema>

/** The match as a client reads it (its need's enterprise concealed where withheld), with its deadline also in Beijing time for people. */
export const toMatchResponse = (row: Concealed<MatchRow>) => toResponse(MatchSchema, { ...row, expiresAtText: formatBeijingTime(row.expiresAt)! })
