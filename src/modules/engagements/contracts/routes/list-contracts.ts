import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { ContractListQuerySchema, ContractPageSchema, toContractResponse } from '../model.js'
import { listContracts } from '../service.js'

export const route = listOperation('/v1/contracts', {
  operationId: 'listContracts', tags: [tags.contractReview, tags.contracts], summary: '技术合同列表（含待核验） · Contracts this key may see',
  description: '合同双方看自己的合同，园区工作人员看本园区的，管理员看全部。园区工作人员按 reviewStatus=pending 筛选即得待核验队列。\n\nFilter by `reviewStatus=pending` for the contracts awaiting park review. The two parties see their own; park staff their park\'s; admins all.',
}, ContractListQuerySchema, ContractPageSchema, '一页技术合同 · A page of contracts')

export const handler = listHandler(route, ({ sql, actor, c }) => listContracts(sql, actor.principal, c.req.valid('query')), toContractResponse)
