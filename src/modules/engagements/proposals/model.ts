import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { budgetText } from '../../../core/human-units.js'
import { amountFen, requiredText, timestamp, uuid } from '../../../core/schemas.js'
import { candidateKinds, proposalStatuses } from '../../../core/vocabulary.js'
import { pageSchema, paginationQuery } from '../../../platform/http/pagination.js'
import { concealableNeedEnterprise, needFields, needTitle } from '../need-fields.js'
import type { Concealed } from '../../needs/index.js'
import { type CandidateExplanation, CandidateReasonsSchema } from '../../matching/index.js'

const status = z
  .enum(proposalStatuses)
  .openapi({ description: '揭榜方案状态：已提交 → 入围 → 已采纳 / 未采纳；提交方可在采纳前撤回。submitted → shortlisted → accepted / declined; the proposer may withdraw before a decision', example: 'submitted' })
const candidateKind = z.enum(candidateKinds).openapi({ description: '揭榜方类型：专家、学会或院士专家工作站。expert · society · workstation', example: 'expert' })

const attachment = z
  .object({
    title: requiredText(200, '附件名称。What the link is', '酚氨回收中试报告（2025）'),
    url: z
      .url({ protocol: /^https$/, error: 'must be an https:// link' })
      .max(2000)
      .openapi({ description: '附件链接（https）；服务不存放文件，只记录链接。An https link; the service stores links, not files', example: 'https://pan.example.edu.cn/s/phenol-pilot-2025.pdf' }),
  })
  .strict()
  .openapi('ProposalAttachment', { description: '揭榜方案附件（链接）。A link attached to a proposal' })

/** What a proposer writes and may edit until the need's closing time. */
const proposalFields = {
  approach: requiredText(5000, '技术方案：拟采用的技术路线、关键指标和实施步骤。The approach: route, key figures, steps', '采用复合萃取剂替代二异丙醚，配合预处理除油与两级萃取，总酚回收率可达 96%；氨回收塔增设在线阻垢。'),
  teamExpertIds: z
    .array(z.uuid())
    .max(20)
    .openapi({ description: '参与方案的团队专家 ID：学会、工作站的成员专家，或与揭榜专家同单位的专家（最多 20 位）。The team: the proposer\'s own experts (a society\'s or workstation\'s members; for an expert, colleagues of the same organisation), at most 20', example: ['5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'] }),
  durationDays: z.number().int().min(1).max(1825).openapi({ description: '预计工期（天，1–1825）。Time frame in days (1–1825)', example: 180 }),
  priceMinFen: amountFen('报价下限', 'Lowest price', 30_000_000),
  priceMaxFen: amountFen('报价上限', 'Highest price', 80_000_000),
  attachments: z.array(attachment).max(10).openapi({ description: '附件链接（最多 10 个）。Links (at most 10)', example: [{ title: '酚氨回收中试报告（2025）', url: 'https://pan.example.edu.cn/s/phenol-pilot-2025.pdf' }] }),
}

export const ProposalSchema = z
  .object({
    id: uuid('揭榜方案 ID。Proposal id', '7a3b9c1d-2e4f-4a6b-8c0d-1e2f3a4b5c6d'),
    ...needFields,
    ...concealableNeedEnterprise,
    needTitle,
    candidateKind,
    candidateId: uuid('揭榜的专家、学会或工作站 ID。The expert, society or workstation proposing', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    candidateName: z.string().openapi({ description: '揭榜方名称。The proposer\'s name', example: '中国化工学会' }),
    proposerExpertId: uuid('提交并负责答复的专家 ID（学会的联络专家、工作站的首席专家）。The expert who submits and answers for it', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    ...proposalFields,
    priceText: z.string().openapi({ description: '报价范围，以万元写给人看（机器请用 priceMinFen / priceMaxFen）。The price for people, in 万元', example: '30 万元 – 80 万元' }),
    status,
    declineReason: z.string().nullable().openapi({ description: '未采纳的原因。Why it was declined', example: '工期超出企业检修窗口。' }),
    matchId: uuid('采纳后生成的已接受对接 ID（据此预约咨询、登记合同）。The accepted match it became: consultations and contracts follow it', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').nullable(),
    assessment: z
      .object({
        score: z.number().openapi({ description: '揭榜方在该需求候选列表中的融合得分（经规则调整），与 GET /v1/needs/{id}/candidates 的计算相同。The fused score the need\'s candidate list gives the proposer', example: 0.0352 }),
        confidence: z.number().min(0).max(1).openapi({ description: '匹配把握（0–1），由揭榜方自身证据得出。How sure the ranking is that the proposer matches the need (0–1), from its own evidence', example: 0.74 }),
        reasons: CandidateReasonsSchema,
        excludedBy: z.enum(['conflict_of_interest', 'unavailable', 'at_capacity']).nullable().openapi({ description: '若按规则此揭榜方现在不能对接，为其规则（利益冲突、暂停对接、已满负荷）；否则为 null。The rule that would refuse engaging the proposer now, if any', example: null }),
      })
      .nullable()
      .openapi({
        example: {
          score: 0.0352,
          confidence: 0.74,
          reasons: { matchedTerms: ['碳纤维原丝', '断丝率'], retrievers: { full_text: { rank: 3, score: 12.41 }, vector: { rank: 5, score: 0.61 } }, rules: [] },
          excludedBy: null,
        },
        description: '与候选列表同一套匹配计算得出的推荐理由与置信度，仅需求方（企业、园区工作人员、管理员）查看方案时给出；揭榜方本人及写操作的应答中为 null。The reasons and confidence the candidate ranking computes for the proposer: given on reads by the need\'s side, null for the proposer and in answers to changes',
      }),
    decidedAt: timestamp('企业作出决定（入围、采纳、未采纳）的时间（UTC 时间）。When the need\'s side last decided').nullable(),
    createdAt: timestamp('提交时间（UTC 时间）。When it was submitted'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Proposal', { description: '揭榜方案：专家、学会或工作站就一项开放揭榜的技术需求提交的解决方案。A proposal (揭榜) answering a need open for proposals' })

export const ProposalCreateSchema = z
  .object({
    candidateKind: candidateKind.optional().openapi({ description: '以谁的名义揭榜（默认 expert，即专家本人）；学会、工作站由其联络专家、首席专家提交。Who proposes (default: the expert itself); a society or workstation through its contact or lead', example: 'expert' }),
    candidateId: uuid('揭榜方 ID；专家本人揭榜可不填。The proposer; an expert proposing for itself may omit it', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b').optional(),
    ...proposalFields,
    teamExpertIds: proposalFields.teamExpertIds.optional(),
    attachments: proposalFields.attachments.optional(),
  })
  .strict()
  .openapi('ProposalCreate', { description: '提交揭榜方案。A proposal to submit' })

export const ProposalPatchSchema = z
  .object(proposalFields)
  .partial()
  .strict()
  .openapi('ProposalPatch', { description: '修改揭榜方案（截止前、决定前）。Fields to change, before the closing time and before a decision' })

export const ProposalDeclineSchema = z
  .object({ reason: requiredText(500, '未采纳的原因，将告知揭榜方。Why, told to the proposer', '工期超出企业检修窗口，本次不予采纳。') })
  .strict()
  .openapi('ProposalDecline', { description: '不采纳揭榜方案，须说明原因。A decline, with its reason' })

export const ProposalListQuerySchema = z.object({
  ...paginationQuery,
  needId: uuid('只看该技术需求的揭榜方案。Only proposals for this need').optional(),
  status: status.optional(),
})

export const ProposalPageSchema = pageSchema(ProposalSchema, 'ProposalPage')

export type ProposalRow = Omit<RowOf<typeof ProposalSchema, 'decidedAt' | 'createdAt' | 'updatedAt'>, 'priceText' | 'assessment' | 'enterpriseId'> & { enterpriseId: string; submittedByKeyId: string | null }
/** A proposal as the need's side reads it: with the ranking's view of the proposer. */
export type AssessedProposal = ProposalRow & { assessment?: CandidateExplanation | null }
export type NewProposal = z.infer<typeof ProposalCreateSchema>
export type ProposalPatch = z.infer<typeof ProposalPatchSchema>
export type ProposalListQuery = z.infer<typeof ProposalListQuerySchema>
export type ProposalInsert = Required<Omit<NewProposal, 'candidateKind' | 'candidateId'>> &
  Pick<ProposalRow, 'needId' | 'parkId' | 'candidateKind' | 'candidateId' | 'proposerExpertId' | 'submittedByKeyId'>

/** The proposal as a client reads it: its need's enterprise concealed where withheld (needs' `concealEnterprise`). */
export const toProposalResponse = (row: Concealed<AssessedProposal>) =>
  toResponse(ProposalSchema, { ...row, priceText: budgetText(row.priceMinFen, row.priceMaxFen)!, assessment: row.assessment ?? null })
