import { objectResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ContractRejectSchema, ContractSchema, toContractResponse } from '../model.js'
import { reviewContract } from '../review.js'
import { race } from './race.js'

export const route = transitionOperation(
  '/v1/contracts/{id}/reject',
  {
    operationId: 'rejectContract',
    summary: '退回合同成果 · Reject a contract\'s outcomes',
    description: `需求所在园区的工作人员或管理员：退回一份待审核的已完成合同，须写明需更正的内容；双方提交修订后重新进入核验。\n\nPark staff of the need's park, or admins. A completed contract pending review → rejected, saying what to correct; a revision resubmits it. ${race}`,
    tags: [tags.contractReview],
  },
  { schema: ContractRejectSchema, description: '需更正之处（必填，由您填写） · What to correct' },
  objectResponse(ContractSchema, '已退回 · Rejected'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await reviewContract(c.var.sql, actorOf(c), c.req.valid('param').id, 'rejected', c.req.valid('json').comment)
  return c.json(toContractResponse(row), 200, { etag: etagOf(row) })
}
