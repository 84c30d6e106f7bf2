import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { formatMoney } from '../../../core/human-units.js'
import { type ReviewStatus, candidateKinds, contractStatuses, reviewStatuses } from '../../../core/vocabulary.js'
import { pageSchema, paginationQuery } from '../../../platform/http/pagination.js'
import { amountFen, businessDate, requiredText, text, timestamp, uuid } from '../../../core/schemas.js'

/** The official technology-contract categories (技术合同类型). */
export const contractKinds = ['development', 'assignment', 'licence', 'consulting', 'service'] as const

/** What a park's review of a revision decides. */
export const reviewDecisions = ['verified', 'rejected'] as const satisfies readonly ReviewStatus[]
export type ReviewDecision = (typeof reviewDecisions)[number]

const kind = z.enum(contractKinds).openapi({ description: '合同类型。Contract kind: development 技术开发 · assignment 技术转让 · licence 技术许可 · consulting 技术咨询 · service 技术服务', example: 'development' })
const status = z.enum(contractStatuses).openapi({ description: '合同状态：草稿 → 已签订 → 履行中 → 已完成；草稿、已签订、履行中的合同可以终止。draft 草稿 → signed 已签订 → in_progress 履行中 → completed 已完成; terminated 已终止 (from draft, signed or in_progress)', example: 'signed' })
const reviewStatus = z.enum(reviewStatuses).openapi({ description: '园区对已完成技术合同的核验：待审核 → 已核验 / 已驳回（退回修改）；提交修订后重新待审核。Park review of a completed contract: pending 待审核 → verified 已核验 / rejected 已退回; a revision makes it pending again', example: 'pending' })
const counterpartKind = z.enum(candidateKinds).openapi({ description: '合同对方类型：专家、学会或院士专家工作站。The counterpart: expert 专家 · society 学会 · workstation 工作站', example: 'expert' })
/** Integer fen as a JSON number: at most 2^53 − 1, so every value is exact in JSON and JavaScript. */
const fen = (description: string, example: number) => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).openapi({ description, example })
const count = (description: string, example: number) => z.number().int().min(0).max(1_000_000).openapi({ description, example })
const signedOn = businessDate('签订日期（YYYY-MM-DD）。Signing date (YYYY-MM-DD)', '2026-12-15')
const registrationNumber = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .openapi({ description: '技术合同登记号，登记后填写。Technology contract registration number, once registered', example: '2026140400000123' })
const evidenceItem = z
  .string()
  .trim()
  .regex(/^(https?:\/\/\S{1,490}|[^\s]{1,100})$/, 'an http(s) URL or a document number without spaces')
  .openapi({ description: '佐证材料：网址，或证书号、发票号、专利申请号等文件编号（不含空格）。A URL or a document number (证书号, 发票号, 专利申请号)', example: 'CN202610123456.7' })

export const OutcomesSchema = z
  .object({
    newProducts: count('新产品数（项）。New products developed', 2),
    addedRevenueFen: amountFen('新增销售收入', 'Added sales revenue', 1_250_000_000),
    patentsFiled: count('专利申请数（件）。Patents filed', 3),
    patentsGranted: count('专利授权数（件）。Patents granted', 1),
    jobsCreated: count('新增就业人数。Jobs created', 12),
    evidence: z.array(evidenceItem).max(20).openapi({ description: '佐证材料：网址或文件编号，最多 20 项。Supporting documents: URLs or document numbers (at most 20)', example: ['CN202610123456.7', 'https://docs.example.cn/acceptance/2026-031.pdf'] }),
  })
  .strict()
  .openapi('ContractOutcomes', { description: '合同成果：已完成的技术合同取得了什么。Outcomes: what the completed contract produced' })

export const ContractSchema = z
  .object({
    id: uuid('技术合同 ID。Contract id', '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b'),
    needId: uuid('所对应的技术需求 ID。The need it answers'),
    matchId: uuid('合同所依据的已接受对接邀请 ID。The accepted invitation it follows', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').nullable(),
    parkId: uuid("技术需求所属园区 ID（由该园区工作人员核验）。The need's park (whose staff review it)", 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
    enterpriseId: uuid('企业方 ID。The enterprise party', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
    counterpartKind,
    counterpartId: uuid('合同对方（专家、学会或院士专家工作站）ID。The counterpart expert, society or workstation', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    counterpartExpertId: uuid('代表合同对方的专家 ID（专家本人、学会的联络专家或工作站的首席专家）。The expert who acts for the counterpart (itself, a society\'s contact, a workstation\'s lead)', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    needTitle: z.string().openapi({ description: '所对应技术需求的名称。the title of the need it answers', example: '高硫煤气化废水酚氨回收工艺优化' }),
    enterpriseName: z.string().openapi({ description: '企业方名称。the enterprise party\'s name', example: '山西潞安煤基清洁能源有限责任公司' }),
    counterpartName: z.string().openapi({ description: '合同对方名称：专家姓名，或学会、工作站名称。the counterpart expert\'s, society\'s or workstation\'s name', example: '王建国' }),
    consultationIds: z.array(z.uuid()).openapi({ description: '促成该合同的技术咨询 ID 列表。Consultations that led to it', example: ['1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'] }),
    kind,
    title: z.string().openapi({ description: '合同名称。Contract title', example: '煤焦油加氢催化剂级配优化技术开发合同' }),
    valueFen: fen('合同金额，单位分，整数（1 万元 = 1,000,000 分）。Contract value, integer fen (a JSON number, exact up to 2^53 − 1)', 80_000_000),
    valueText: z.string().openapi({ description: '合同金额，以万元写给人看（机器请用 valueFen）。The value for people, in 万元 (machines read valueFen)', example: '80 万元' }),
    signedOn: signedOn.nullable(),
    registrationNumber: registrationNumber.nullable(),
    status,
    reviewStatus: reviewStatus.nullable(),
    reviewedAt: timestamp('园区核验或退回当前修订版本的时间（UTC 时间）；待审核时为 null。When the park verified or rejected the revision under review; null while pending').nullable(),
    reviewComment: z.string().nullable().openapi({ description: '园区对当前修订版本的核验或退回意见；待审核时为 null（历次意见见 /revisions）。The park\'s comment on verifying or rejecting the revision under review; null while pending (every earlier one is under /revisions)', example: '成果证明材料齐全，予以核验。' }),
    revision: z.number().int().openapi({ description: '当前审核的修订版本号（完成时为 1，每次更正加 1）；完成前为 0。The revision under review (1 at completion, +1 per correction); 0 before completion', example: 1 }),
    // A union, not .nullable(): that would make the shared ContractOutcomes component nullable in the document.
    outcomes: z.union([OutcomesSchema, z.null()]).openapi({ description: '合同成果，完成后填写（完成前为 null）。The outcomes, once completed (null before)' }),
    signedAt: timestamp('标记为已签订的时间（UTC 时间）。When it was marked signed').nullable(),
    startedAt: timestamp('开始履行的时间（UTC 时间）。When performance started').nullable(),
    completedAt: timestamp('完成时间（UTC 时间）。When it was completed').nullable(),
    terminatedAt: timestamp('终止时间（UTC 时间）。When it was terminated').nullable(),
    terminationReason: z.string().nullable().openapi({ description: '终止原因。Why it was terminated', example: '企业调整产品路线，双方协商终止。' }),
    createdAt: timestamp('录入时间（UTC 时间）。When it was recorded'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Contract', { description: '技术合同：需求企业与合同对方签订的技术合同，及其成果和核验。A technology contract between the need\'s enterprise and a counterpart, its outcomes and their review' })

const terms = {
  kind,
  title: requiredText(200, '合同名称。Contract title', '煤焦油加氢催化剂级配优化技术开发合同'),
  valueFen: amountFen('合同金额', 'Contract value', 80_000_000),
  signedOn: signedOn.nullable(),
  registrationNumber: registrationNumber.nullable(),
}

export const ContractCreateSchema = z
  .object({
    needId: uuid('所对应的技术需求 ID。The need it answers'),
    matchId: uuid('该技术需求下已接受的对接邀请 ID：合同依据此邀请签订，被邀请的候选即为合同对方。The accepted invitation (对接邀请) of this need that the contract follows; its candidate becomes the counterpart', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'),
    counterpartKind: counterpartKind.optional(),
    counterpartId: uuid('合同对方 ID：可不填；如填写，必须是该邀请的候选。The counterpart: may be omitted; if given, it must be the invitation\'s candidate', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b').optional(),
    consultationIds: z.array(z.uuid()).max(50).optional().openapi({ description: '促成该合同的、同一技术需求下的技术咨询 ID 列表。Consultations of the same need that led to it', example: ['1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'] }),
    ...terms,
    signedOn: terms.signedOn.optional(),
    registrationNumber: terms.registrationNumber.optional(),
  })
  .strict()
  .openapi('ContractCreate', { description: '新建技术合同（草稿）。合同须依据该技术需求下已接受的对接邀请，由需求企业、邀请的答复专家或管理员录入。A new contract, in draft. A contract follows an engagement: it is recorded on an accepted invitation of the need, by the need\'s enterprise, the invitation\'s answering expert or an admin' })

export const ContractPatchSchema = z
  .object({
    kind: terms.kind.optional(),
    title: terms.title.optional(),
    valueFen: terms.valueFen.optional(),
    signedOn: terms.signedOn.optional(),
    registrationNumber: terms.registrationNumber.optional(),
    consultationIds: z.array(z.uuid()).max(50).optional().openapi({ description: '同一技术需求下的技术咨询 ID 列表。Consultations of the same need', example: ['1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'] }),
  })
  .strict()
  .openapi('ContractPatch', { description: '完成前要修改的合同条款（JSON merge patch）；已完成的合同须提交修订来更正。Terms to change before completion (JSON merge patch); a completed contract is corrected by a revision' })

export const ContractSignSchema = z
  .object({ signedOn: signedOn.optional(), registrationNumber: registrationNumber.optional() })
  .strict()
  .openapi('ContractSign', { description: '签订日期（尚未填写时必填），已登记的同时填写技术合同登记号。The signing date (required unless already set) and, if registered, the 登记号' })

export const ContractCompleteSchema = z.object({ outcomes: OutcomesSchema }).strict().openapi('ContractComplete', { description: '完成时登记的合同成果。The outcomes, recorded on completion' })

export const ContractTerminateSchema = z.object({ reason: requiredText(500, '终止原因。Why it ends', '企业调整产品路线，双方协商终止。') }).strict().openapi('ContractTerminate', { description: '终止技术合同，须说明原因。A termination, with its reason' })

export const ContractVerifySchema = z.object({ comment: text(1000, '审核意见。The reviewer\'s comment', '成果证明材料齐全，予以核验。').optional() }).strict().openapi('ContractVerify', { description: '核验通过。A verification' })

export const ContractRejectSchema = z.object({ comment: requiredText(1000, '驳回意见：需要更正的内容。What must be corrected', '新增销售收入缺少发票佐证，请补充后重新提交。') }).strict().openapi('ContractReject', { description: '驳回，并说明需要更正的内容。A rejection, saying what to correct' })

export const ContractRevisionCreateSchema = z
  .object({
    reason: requiredText(500, '更正原因。Why it is corrected', '补充发票号，更正新增销售收入。'),
    changes: z
      .object({
        kind: terms.kind.optional(),
        title: terms.title.optional(),
        valueFen: terms.valueFen.optional(),
        signedOn: signedOn.optional(),
        registrationNumber: terms.registrationNumber.optional(),
        outcomes: OutcomesSchema.partial().optional().openapi({ description: '要更正的成果字段。Outcome fields to correct' }),
      })
      .strict()
      .openapi({ description: '要更正的字段。The fields that change', example: { registrationNumber: '2026140400000999', outcomes: { addedRevenueFen: 1_500_000_000 } } }),
  })
  .strict()
  .openapi('ContractRevisionCreate', { description: '更正已完成的技术合同（修订），提交后重新由园区核验。A correction of a completed contract; it goes back to park review' })

const change = z
  .object({
    from: z.unknown().openapi({ description: '修改前的值。Value before', example: 1_000_000_000 }),
    to: z.unknown().openapi({ description: '修改后的值。Value after', example: 1_250_000_000 }),
  })
  .openapi('ContractFieldChange', { description: '某字段修改前后的值。A field\'s old and new value' })

export const ContractRevisionSchema = z.object({
  number: z.number().int().openapi({ description: '修订版本号（1 = 首次登记的成果）。Revision number (1 = outcomes as first reported)', example: 2 }),
  reason: z.string().openapi({ description: '修订原因。Why', example: '补充发票号，更正新增销售收入。' }),
  changes: z.record(z.string(), change).openapi({ description: '每个修改的字段（版本 1：首次登记的成果）。Each changed field (revision 1: the outcomes reported)', example: { addedRevenueFen: { from: 1_000_000_000, to: 1_250_000_000 } } }),
  createdByRole: z.string().nullable().openapi({ description: '提交修订的 API 密钥的角色。Role of the key that made it', example: 'enterprise' }),
  createdAt: timestamp('提交时间（UTC 时间）。When'),
})

export const ContractReviewSchema = z.object({
  revision: z.number().int().openapi({ description: '被核验的修订版本号。The revision reviewed', example: 1 }),
  decision: z.enum(reviewDecisions).openapi({ description: '核验结论：已核验，或已驳回（退回修改）。verified 已核验 · rejected 已退回', example: 'rejected' }),
  comment: z.string().openapi({ description: '审核意见。The reviewer\'s comment', example: '新增销售收入缺少发票佐证，请补充后重新提交。' }),
  reviewerRole: z.string().nullable().openapi({ description: '审核人角色：park_staff（园区工作人员）或 admin（管理员）。park_staff or admin', example: 'park_staff' }),
  createdAt: timestamp('审核时间（UTC 时间）。When'),
})

export const ContractHistorySchema = z
  .object({
    contractId: uuid('技术合同 ID。The contract', '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b'),
    status,
    reviewStatus: reviewStatus.nullable(),
    revision: z.number().int().openapi({ description: '当前生效的修订版本号。The revision now current', example: 2 }),
    revisions: z.array(ContractRevisionSchema).openapi({ description: '修订记录，最早的在前。Oldest first' }),
    reviews: z.array(ContractReviewSchema).openapi({ description: '核验记录，最早的在前。Oldest first' }),
  })
  .openapi('ContractHistory', { description: '技术合同的全部修订与核验记录。Every revision and review of a contract' })

export const ContractListQuerySchema = z.object({
  ...paginationQuery,
  needId: uuid('只看该技术需求的合同。Only contracts of this need').optional(),
  matchId: uuid('只看依据该对接邀请签订的合同。Only contracts following this invitation', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').optional(),
  status: status.optional(),
  reviewStatus: reviewStatus.optional(),
  kind: kind.optional(),
})

export const ContractPageSchema = pageSchema(ContractSchema, 'ContractPage')

export type ContractKind = (typeof contractKinds)[number]
export type ContractOutcomes = z.infer<typeof OutcomesSchema>
/** The outcome columns: null until the contract is completed (evidence: empty). */
type OutcomeColumns = { [K in Exclude<keyof ContractOutcomes, 'evidence'>]: ContractOutcomes[K] | null } & Pick<ContractOutcomes, 'evidence'>

/**
 * A contract as stored: its outcomes in columns of their own, and the counterpart's answering
 * expert as `expertId`, so party checks treat contracts like consultations.
 */
export type ContractRow = Omit<
  RowOf<typeof ContractSchema, 'reviewedAt' | 'signedAt' | 'startedAt' | 'completedAt' | 'terminatedAt' | 'createdAt' | 'updatedAt'>,
  'counterpartExpertId' | 'valueText' | 'outcomes'
> &
  OutcomeColumns & { expertId: string }
export type NewContract = z.infer<typeof ContractCreateSchema>
/** What an insert writes: the terms, on the accepted invitation's candidate as counterpart, in the need's park. */
export type ContractInsert = Pick<
  ContractRow,
  'needId' | 'matchId' | 'parkId' | 'enterpriseId' | 'counterpartKind' | 'counterpartId' | 'consultationIds' | 'kind' | 'title' | 'valueFen' | 'signedOn' | 'registrationNumber'
> &
  Pick<z.infer<typeof ContractSchema>, 'counterpartExpertId'>
export type ContractPatch = z.infer<typeof ContractPatchSchema>
/** Every field a change may write: the terms before completion, the outcomes at completion and in revisions. */
export type ContractFields = ContractPatch & Partial<ContractOutcomes>
export type ContractListQuery = z.infer<typeof ContractListQuerySchema>

type Stored<T extends { createdAt: string }> = Omit<T, 'createdAt'> & { createdAt: Date }
export type RevisionRow = Stored<z.infer<typeof ContractRevisionSchema>>
export type ReviewRow = Stored<z.infer<typeof ContractReviewSchema>> & { id: number }

/**
 * The contract as a client reads it: the counterpart's expert under its own name, the value also
 * in 万元, the outcomes once completed.
 */
export const toContractResponse = (row: ContractRow) =>
  toResponse(ContractSchema, {
    ...row,
    counterpartExpertId: row.expertId,
    valueText: formatMoney(row.valueFen),
    outcomes:
      row.status === 'completed'
        ? {
            newProducts: row.newProducts ?? 0,
            addedRevenueFen: row.addedRevenueFen ?? 0,
            patentsFiled: row.patentsFiled ?? 0,
            patentsGranted: row.patentsGranted ?? 0,
            jobsCreated: row.jobsCreated ?? 0,
            evidence: row.evidence,
          }
        : null,
  })

/** A contract's history as a client reads it: where it stands, then every revision and review. */
export const toContractHistoryResponse = ({ contract, revisions, reviews }: { contract: ContractRow; revisions: RevisionRow[]; reviews: ReviewRow[] }) => ({
  contractId: contract.id,
  status: contract.status,
  reviewStatus: contract.reviewStatus,
  revision: contract.revision,
  revisions: revisions.map((revision) => toResponse(ContractRevisionSchema, revision)),
  reviews: reviews.map((review) => toResponse(ContractReviewSchema, review)),
})
