import { type AppRouteHandler, jsonResponse, readResponseOperation, tags } from '../../../../platform/http/kit.js'
import { ContractHistorySchema, toContractHistoryResponse } from '../model.js'
import { contractHistory } from '../review.js'

export const route = readResponseOperation('/v1/contracts/{id}/revisions', {
  operationId: 'getContractHistory', tags: [tags.contractReview], summary: '合同修订与核验记录 · Every revision and review of a contract',
  description: '可看到该合同的各方（含本园区工作人员、管理员）：合同的每一版修订（改了哪些字段、原因、由谁）及每次核验或退回的意见，按时间先后。\n\nEvery revision (the fields changed, why, by which role) and every review (verified or rejected, with its comment), oldest first, for the keys that may read the contract; any other key gets 404.',
}, jsonResponse(ContractHistorySchema, '修订与核验记录 · The history'))

export const handler: AppRouteHandler<typeof route> = async (c) =>
  c.json(toContractHistoryResponse(await contractHistory(c.get('sql'), c.get('principal'), c.req.valid('param').id)), 200)
