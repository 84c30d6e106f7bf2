import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from '../../../../platform/http/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, IfMatchHeaderSchema, etagHeader, jsonBody } from '../../../../platform/http/operations.js'
import {
  ContractCompleteSchema,
  ContractCreateSchema,
  ContractHistorySchema,
  ContractListQuerySchema,
  ContractPageSchema,
  ContractPatchSchema,
  ContractRejectSchema,
  ContractRevisionCreateSchema,
  ContractSchema,
  ContractSignSchema,
  ContractTerminateSchema,
  ContractVerifySchema,
} from '../model.js'

const contractResponse = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: ContractSchema } } })
const transitionErrors = { ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse }
const race = 'Of two racing transitions of one contract exactly one wins; the other gets 409 naming `currentState` and `wantedState`.'

export const createContract = createRoute({
  method: 'post',
  path: '/v1/contracts',
  operationId: 'createContract',
  summary: '登记技术合同（草稿） · Record a technology contract, in draft',
  description:
    '需求所属企业、应邀的专家方或管理员：在已接受的邀请上登记技术合同，初始为草稿。园区工作人员负责核验，不能登记（403）。\n\n' +
    'A contract follows an engagement: it is recorded on an accepted invitation of the need (`matchId`), whose candidate becomes the counterpart, by the need\'s enterprise, the invitation\'s answering expert or an admin. An invitation that is not accepted is 409; a counterpart that has since become the enterprise\'s own (its employee) is 409 `conflict_of_interest`. Park staff review contracts and may not record them (403).',
  tags: [tags.contracts],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(ContractCreateSchema, '技术合同 · The contract') },
  responses: { 201: contractResponse('已登记 · Recorded'), ...transitionErrors, ...idempotencyResponses },
})

export const listContracts = createRoute({
  method: 'get',
  path: '/v1/contracts',
  operationId: 'listContracts',
  summary: '技术合同列表（含待核验） · Contracts this key may see',
  description:
    '合同双方看自己的合同，园区工作人员看本园区的，管理员看全部。园区工作人员按 reviewStatus=pending 筛选即得待核验队列。\n\n' +
    'Filter by `reviewStatus=pending` for the contracts awaiting park review. The two parties see their own; park staff their park\'s; admins all.',
  tags: [tags.contractReview, tags.contracts],
  request: { query: ContractListQuerySchema },
  responses: { 200: { description: '一页技术合同 · A page of contracts', content: { 'application/json': { schema: ContractPageSchema } } }, ...commonErrorResponses, ...authErrorResponses },
})

export const getContract = createRoute({
  method: 'get',
  path: '/v1/contracts/{id}',
  operationId: 'getContract',
  summary: '查看一份合同 · Read one contract',
  description:
    '可看到该合同的各方（双方、本园区工作人员、管理员）：合同条款、状态、成果与核验结果，以及修改时 If-Match 要用的 ETag；看不到的合同返回 404。\n\n' +
    'The two parties, the need\'s park staff and admins read it, with its ETag for the If-Match of a change; any other key gets 404.',
  tags: [tags.contracts],
  request: { params: IdParamSchema },
  responses: { 200: contractResponse('技术合同 · The contract'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})

export const updateContract = createRoute({
  method: 'patch',
  path: '/v1/contracts/{id}',
  operationId: 'updateContract',
  summary: '修改合同条款 · Change a contract\'s terms before completion (either party)',
  description:
    '合同双方：完成前修改合同条款，需带 If-Match（缺少 428，过期 412）。已完成的合同已冻结（409），请提交修订。\n\n' +
    'Requires If-Match (missing 428, stale 412). A completed contract — pending review, rejected or verified — is frozen (409): correct it with a revision.',
  tags: [tags.contracts],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ContractPatchSchema, '要修改的条款 · Terms to change') },
  responses: { 200: contractResponse('已修改 · Changed'), ...transitionErrors, ...preconditionResponses },
})

export const signContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/sign',
  operationId: 'signContract',
  summary: '合同签订 · Mark a draft signed (either party)',
  description: `合同双方：将草稿标记为已签订，须填写签订日期（已有则可省略）。\n\ndraft → signed; the signing date is required unless already set. ${race}`,
  tags: [tags.contracts],
  request: { params: IdParamSchema, body: jsonBody(ContractSignSchema, '签订日期与登记编号 · Signing date and registration number') },
  responses: { 200: contractResponse('已签订 · Signed'), ...transitionErrors },
})

export const startContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/start',
  operationId: 'startContract',
  summary: '开始履行合同 · Start performance (either party)',
  description: `合同双方：已签订的合同开始履行。\n\nsigned → in_progress. ${race}`,
  tags: [tags.contracts],
  request: { params: IdParamSchema },
  responses: { 200: contractResponse('履行中 · In progress'), ...transitionErrors },
})

export const completeContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/complete',
  operationId: 'completeContract',
  summary: '合同完成并提交成果 · Complete with outcomes (either party)',
  description: `合同双方：履行中的合同登记成果后完成，成果记为第 1 版，进入园区核验（待审核）。\n\nin_progress → completed; the outcomes become revision 1 and go to park review (pending). ${race}`,
  tags: [tags.contracts],
  request: { params: IdParamSchema, body: jsonBody(ContractCompleteSchema, '合同成果 · The outcomes') },
  responses: { 200: contractResponse('已完成，待园区核验 · Completed, pending review'), ...transitionErrors },
})

export const terminateContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/terminate',
  operationId: 'terminateContract',
  summary: '终止合同 · Terminate a contract (either party)',
  description: `合同双方：填写理由，终止草稿、已签订或履行中的合同。\n\ndraft, signed or in_progress → terminated, with a reason. ${race}`,
  tags: [tags.contracts],
  request: { params: IdParamSchema, body: jsonBody(ContractTerminateSchema, '理由 · The reason') },
  responses: { 200: contractResponse('已终止 · Terminated'), ...transitionErrors },
})

export const verifyContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/verify',
  operationId: 'verifyContract',
  summary: '核验合同成果 · Verify a contract\'s outcomes',
  description: `需求所在园区的工作人员或管理员：核验通过一份待审核的已完成合同，可附核验意见；核验后合同冻结，更正须提交修订。\n\nPark staff of the need's park, or admins. A completed contract pending review → verified; it is then frozen. ${race}`,
  tags: [tags.contractReview],
  request: { params: IdParamSchema, body: jsonBody(ContractVerifySchema, '核验意见（可选，由您填写） · A comment') },
  responses: { 200: contractResponse('已核验 · Verified'), ...transitionErrors },
})

export const rejectContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/reject',
  operationId: 'rejectContract',
  summary: '退回合同成果 · Reject a contract\'s outcomes',
  description: `需求所在园区的工作人员或管理员：退回一份待审核的已完成合同，须写明需更正的内容；双方提交修订后重新进入核验。\n\nPark staff of the need's park, or admins. A completed contract pending review → rejected, saying what to correct; a revision resubmits it. ${race}`,
  tags: [tags.contractReview],
  request: { params: IdParamSchema, body: jsonBody(ContractRejectSchema, '需更正之处（必填，由您填写） · What to correct') },
  responses: { 200: contractResponse('已退回 · Rejected'), ...transitionErrors },
})

export const reviseContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/revisions',
  operationId: 'reviseContract',
  summary: '修订已完成合同 · Correct a completed contract (either party); it goes back to review',
  description:
    '合同双方：更正已完成的合同（待审核、已退回或已核验），改动连同原值记为新的一版，重新进入园区核验。完成前请用 PATCH（此处 409）。\n\n' +
    'For a completed contract (pending, rejected or verified): applies the changed fields, records them with their old values as the next revision, and sets the review to pending. Before completion use PATCH (409 here).',
  tags: [tags.contracts],
  request: { params: IdParamSchema, body: jsonBody(ContractRevisionCreateSchema, '更正内容 · The correction') },
  responses: { 201: contractResponse('已修订，待园区核验 · Revised, pending review'), ...transitionErrors },
})

export const getContractHistory = createRoute({
  method: 'get',
  path: '/v1/contracts/{id}/revisions',
  operationId: 'getContractHistory',
  summary: '合同修订与核验记录 · Every revision and review of a contract',
  description:
    '可看到该合同的各方（含本园区工作人员、管理员）：合同的每一版修订（改了哪些字段、原因、由谁）及每次核验或退回的意见，按时间先后。\n\n' +
    'Every revision (the fields changed, why, by which role) and every review (verified or rejected, with its comment), oldest first, for the keys that may read the contract; any other key gets 404.',
  tags: [tags.contractReview],
  request: { params: IdParamSchema },
  responses: { 200: { description: '修订与核验记录 · The history', content: { 'application/json': { schema: ContractHistorySchema } } }, ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})
