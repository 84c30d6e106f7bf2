import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ContractRejectSchema, ContractSchema, toContractResponse } from '../model.js'
import { reviewContract } from '../review.js'
import { race } from './race.js'

export const route = transitionOperation('/v1/contracts/{id}/reject', {
  operationId: 'rejectContract', tags: [tags.contractReview], summary: '退回合同成果 · Reject a contract\'s outcomes',
  description: `需求所在园区的工作人员或管理员：退回一份待审核的已完成合同，须写明需更正的内容；双方提交修订后重新进入核验。\n\nPark staff of the need's park, or admins. A completed contract pending review → rejected, saying what to correct; a revision resubmits it. ${race}`,
}, { schema: ContractRejectSchema, description: '需更正之处（必填，由您填写） · What to correct' }, objectResponse(ContractSchema, '已退回 · Rejected'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => reviewContract(sql, actor, id, 'rejected', c.req.valid('json').comment), toContractResponse)
