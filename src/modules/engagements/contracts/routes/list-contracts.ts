import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ContractListQuerySchema, ContractPageSchema, toContractResponse } from '../model.js'
import { listContracts } from '../service.js'

export const route = listOperation(
  '/v1/contracts',
  {
    operationId: 'listContracts',
    summary: '技术合同列表（含待核验） · Contracts this key may see',
    description:
      '合同双方看自己的合同，园区工作人员看本园区的，管理员看全部。园区工作人员按 reviewStatus=pending 筛选即得待核验队列。\n\n' +
      'Filter by `reviewStatus=pending` for the contracts awaiting park review. The two parties see their own; park staff their park\'s; admins all.',
    tags: [tags.contractReview, tags.contracts],
  },
  ContractListQuerySchema,
  ContractPageSchema,
  '一页技术合同 · A page of contracts',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listContracts(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toContractResponse) }, 200)
}
