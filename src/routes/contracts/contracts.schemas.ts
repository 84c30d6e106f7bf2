import { z } from '@hono/zod-openapi'
import { contractKinds, contractStatuses, reviewStatuses } from '../../domain/contracts.js'
import { pageSchema, paginationQuery } from '../../lib/pagination.js'
import { amountFen, businessDate, requiredText, text, timestamp, uuid } from '../../lib/schemas.js'

const kind = z.enum(contractKinds).openapi({
  description: '合同类型: development 技术开发 · assignment 技术转让 · licence 技术许可 · consulting 技术咨询 · service 技术服务',
  example: 'development',
})
const status = z.enum(contractStatuses).openapi({
  description: 'draft 草稿 → signed 已签订 → in_progress 履行中 → completed 已完成; terminated 已终止 (from draft, signed or in_progress)',
  example: 'signed',
})
const reviewStatus = z.enum(reviewStatuses).openapi({
  description: 'Park review of a completed contract: pending 待审核 → verified 已核验 / rejected 已退回; a revision makes it pending again',
  example: 'pending',
})
const counterpartKind = z.enum(['expert', 'society', 'workstation']).openapi({ description: 'The counterpart: expert 专家 · society 学会 · workstation 工作站', example: 'expert' })
/** Integer fen as a JSON number: at most 2^53 − 1, so every value is exact in JSON and JavaScript. */
const fen = (description: string, example: number) => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).openapi({ description, example })
const count = (description: string, example: number) => z.number().int().min(0).max(1_000_000).openapi({ description, example })
const signedOn = businessDate('签订日期 (YYYY-MM-DD)', '2026-12-15')
const registrationNumber = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .openapi({ description: '技术合同登记号, once registered', example: '2026140400000123' })
const evidenceItem = z
  .string()
  .trim()
  .regex(/^(https?:\/\/\S{1,490}|[^\s]{1,100})$/, 'an http(s) URL or a document number without spaces')
  .openapi({ description: 'A URL or a document number (证书号, 发票号, 专利申请号)', example: 'CN202610123456.7' })

export const OutcomesSchema = z
  .object({
    newProducts: count('新产品 developed', 2),
    addedRevenueFen: amountFen('新增销售收入', 1_250_000_000),
    patentsFiled: count('专利申请 filed', 3),
    patentsGranted: count('专利授权 granted', 1),
    jobsCreated: count('新增就业 jobs created', 12),
    evidence: z.array(evidenceItem).max(20).openapi({ description: 'Supporting documents: URLs or document numbers (at most 20)', example: ['CN202610123456.7', 'https://docs.example.cn/acceptance/2026-031.pdf'] }),
  })
  .strict()
  .openapi('ContractOutcomes', { description: '成果: what the completed contract produced' })

export const ContractSchema = z
  .object({
    id: uuid('Contract id', '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b'),
    needId: uuid('The need it answers'),
    matchId: uuid('The accepted invitation it follows', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').nullable(),
    parkId: uuid("The need's park (whose staff review it)", 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
    enterpriseId: uuid('The enterprise party', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
    counterpartKind,
    counterpartId: uuid('The counterpart expert, society or workstation', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    counterpartExpertId: uuid('The expert who acts for the counterpart (itself, a society\'s contact, a workstation\'s lead)', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    needTitle: z.string().openapi({ description: '所属需求 · the title of the need it answers', example: '高硫煤气化废水酚氨回收工艺优化' }),
    enterpriseName: z.string().openapi({ description: '企业 · the enterprise party\'s name', example: '山西潞安煤基清洁能源有限责任公司' }),
    counterpartName: z.string().openapi({ description: '对方 · the counterpart expert\'s, society\'s or workstation\'s name', example: '王建国' }),
    consultationIds: z.array(z.uuid()).openapi({ description: 'Consultations that led to it', example: ['1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'] }),
    kind,
    title: z.string().openapi({ description: '合同名称', example: '煤焦油加氢催化剂级配优化技术开发合同' }),
    valueFen: fen('合同金额, integer fen (a JSON number, exact up to 2^53 − 1)', 80_000_000),
    signedOn: signedOn.nullable(),
    registrationNumber: registrationNumber.nullable(),
    status,
    reviewStatus: reviewStatus.nullable(),
    revision: z.number().int().openapi({ description: 'The revision under review (1 at completion, +1 per correction); 0 before completion', example: 1 }),
    // A union, not .nullable(): that would make the shared ContractOutcomes component nullable in the document.
    outcomes: z.union([OutcomesSchema, z.null()]).openapi({ description: 'The outcomes, once completed (null before)' }),
    signedAt: timestamp('When it was marked signed').nullable(),
    startedAt: timestamp('When performance started').nullable(),
    completedAt: timestamp('When it was completed').nullable(),
    terminatedAt: timestamp('When it was terminated').nullable(),
    terminationReason: z.string().nullable().openapi({ description: 'Why it was terminated', example: '企业调整产品路线，双方协商终止。' }),
    createdAt: timestamp('When it was recorded'),
    updatedAt: timestamp('When it last changed'),
  })
  .openapi('Contract', { description: '技术合同: a technology contract between the need\'s enterprise and a counterpart, its outcomes and their review' })

const terms = {
  kind,
  title: requiredText(200, '合同名称', '煤焦油加氢催化剂级配优化技术开发合同'),
  valueFen: amountFen('合同金额', 80_000_000),
  signedOn: signedOn.nullable(),
  registrationNumber: registrationNumber.nullable(),
}

export const ContractCreateSchema = z
  .object({
    needId: uuid('The need it answers'),
    matchId: uuid('The accepted invitation (对接邀请) of this need that the contract follows; its candidate becomes the counterpart', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f'),
    counterpartKind: counterpartKind.optional(),
    counterpartId: uuid('The counterpart: may be omitted; if given, it must be the invitation\'s candidate', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b').optional(),
    consultationIds: z.array(z.uuid()).max(50).optional().openapi({ description: 'Consultations of the same need that led to it', example: ['1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'] }),
    ...terms,
    signedOn: terms.signedOn.optional(),
    registrationNumber: terms.registrationNumber.optional(),
  })
  .strict()
  .openapi('ContractCreate', { description: 'A new contract, in draft. A contract follows an engagement: it is recorded on an accepted invitation of the need, by the need\'s enterprise, the invitation\'s answering expert or an admin' })

export const ContractPatchSchema = z
  .object({
    kind: terms.kind.optional(),
    title: terms.title.optional(),
    valueFen: terms.valueFen.optional(),
    signedOn: terms.signedOn.optional(),
    registrationNumber: terms.registrationNumber.optional(),
    consultationIds: z.array(z.uuid()).max(50).optional().openapi({ description: 'Consultations of the same need', example: ['1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6'] }),
  })
  .strict()
  .openapi('ContractPatch', { description: 'Terms to change before completion (JSON merge patch); a completed contract is corrected by a revision' })

export const ContractSignSchema = z
  .object({ signedOn: signedOn.optional(), registrationNumber: registrationNumber.optional() })
  .strict()
  .openapi('ContractSign', { description: 'The signing date (required unless already set) and, if registered, the 登记号' })

export const ContractCompleteSchema = z
  .object({ outcomes: OutcomesSchema })
  .strict()
  .openapi('ContractComplete', { description: 'The outcomes, recorded on completion' })

export const ContractTerminateSchema = z
  .object({ reason: requiredText(500, 'Why it ends', '企业调整产品路线，双方协商终止。') })
  .strict()
  .openapi('ContractTerminate', { description: 'A termination, with its reason' })

export const ContractVerifySchema = z
  .object({ comment: text(1000, 'The reviewer\'s comment', '成果证明材料齐全，予以核验。').optional() })
  .strict()
  .openapi('ContractVerify', { description: 'A verification' })

export const ContractRejectSchema = z
  .object({ comment: requiredText(1000, 'What must be corrected', '新增销售收入缺少发票佐证，请补充后重新提交。') })
  .strict()
  .openapi('ContractReject', { description: 'A rejection, saying what to correct' })

export const ContractRevisionCreateSchema = z
  .object({
    reason: requiredText(500, 'Why it is corrected', '补充发票号，更正新增销售收入。'),
    changes: z
      .object({
        kind: terms.kind.optional(),
        title: terms.title.optional(),
        valueFen: terms.valueFen.optional(),
        signedOn: signedOn.optional(),
        registrationNumber: terms.registrationNumber.optional(),
        outcomes: OutcomesSchema.partial().optional().openapi({ description: 'Outcome fields to correct' }),
      })
      .strict()
      .openapi({ description: 'The fields that change', example: { registrationNumber: '2026140400000999', outcomes: { addedRevenueFen: 1_500_000_000 } } }),
  })
  .strict()
  .openapi('ContractRevisionCreate', { description: 'A correction of a completed contract; it goes back to park review' })

const change = z
  .object({
    from: z.unknown().openapi({ description: 'Value before', example: 1_000_000_000 }),
    to: z.unknown().openapi({ description: 'Value after', example: 1_250_000_000 }),
  })
  .openapi('ContractFieldChange', { description: 'A field\'s old and new value' })

export const ContractHistorySchema = z
  .object({
    contractId: uuid('The contract', '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b'),
    status,
    reviewStatus: reviewStatus.nullable(),
    revision: z.number().int().openapi({ description: 'The revision now current', example: 2 }),
    revisions: z
      .array(
        z.object({
          number: z.number().int().openapi({ description: 'Revision number (1 = outcomes as first reported)', example: 2 }),
          reason: z.string().openapi({ description: 'Why', example: '补充发票号，更正新增销售收入。' }),
          changes: z.record(z.string(), change).openapi({ description: 'Each changed field (revision 1: the outcomes reported)', example: { addedRevenueFen: { from: 1_000_000_000, to: 1_250_000_000 } } }),
          createdByRole: z.string().nullable().openapi({ description: 'Role of the key that made it', example: 'enterprise' }),
          createdAt: timestamp('When'),
        }),
      )
      .openapi({ description: 'Oldest first' }),
    reviews: z
      .array(
        z.object({
          revision: z.number().int().openapi({ description: 'The revision reviewed', example: 1 }),
          decision: z.enum(['verified', 'rejected']).openapi({ description: 'verified 已核验 · rejected 已退回', example: 'rejected' }),
          comment: z.string().openapi({ description: 'The reviewer\'s comment', example: '新增销售收入缺少发票佐证，请补充后重新提交。' }),
          reviewerRole: z.string().nullable().openapi({ description: 'park_staff or admin', example: 'park_staff' }),
          createdAt: timestamp('When'),
        }),
      )
      .openapi({ description: 'Oldest first' }),
  })
  .openapi('ContractHistory', { description: 'Every revision and review of a contract' })

export const ContractListQuerySchema = z.object({
  ...paginationQuery,
  needId: uuid('Only contracts of this need').optional(),
  matchId: uuid('Only contracts following this invitation', '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f').optional(),
  status: status.optional(),
  reviewStatus: reviewStatus.optional(),
  kind: kind.optional(),
})

export const ContractPageSchema = pageSchema(ContractSchema, 'ContractPage')
