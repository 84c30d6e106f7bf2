import { createRoute } from '@hono/zod-openapi'
import { IdempotencyHeaderSchema, createHandler, jsonBody, objectResponse, tags, transitionErrors } from '../../../../platform/http/kit.js'
import { idempotencyResponses } from '../../../../platform/http/problem.js'
import { ContractCreateSchema, ContractSchema, toContractResponse } from '../model.js'
import { createContract } from '../service.js'

// A create that may not find the need or invitation (404) and meets their state (409): transitionErrors, then the key's 409.
export const route = createRoute({
  method: 'post', path: '/v1/contracts',
  operationId: 'createContract', summary: '登记技术合同（草稿） · Record a technology contract, in draft',
  description: '需求所属企业、应邀的专家方或管理员：在已接受的邀请上登记技术合同，初始为草稿。园区工作人员负责核验，不能登记（403）。\n\nA contract follows an engagement: it is recorded on an accepted invitation of the need (`matchId`), whose candidate becomes the counterpart, by the need\'s enterprise, the invitation\'s answering expert or an admin. An invitation that is not accepted is 409; a counterpart that has since become the enterprise\'s own (its employee) is 409 `conflict_of_interest`. Park staff review contracts and may not record them (403).',
  tags: [tags.contracts],
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(ContractCreateSchema, '技术合同 · The contract') },
  responses: { 201: objectResponse(ContractSchema, '已登记 · Recorded'), ...transitionErrors, ...idempotencyResponses },
})

export const handler = createHandler(route, ({ sql, actor, c }) => createContract(sql, actor, c.req.valid('json')), toContractResponse, (contract) => `/v1/contracts/${contract.id}`)
