import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ContractSchema, ContractVerifySchema, toContractResponse } from '../model.js'
import { reviewContract } from '../review.js'
import { race } from './race.js'

export const route = transitionOperation('/v1/contracts/{id}/verify', {
  operationId: 'verifyContract', tags: [tags.contractReview], summary: '核验合同成果 · Verify a contract\'s outcomes',
  description: `需求所在园区的工作人员或管理员：核验通过一份待审核的已完成合同，可附核验意见；核验后合同冻结，更正须提交修订。\n\nPark staff of the need's park, or admins. A completed contract pending review → verified; it is then frozen. ${race}`,
}, { schema: ContractVerifySchema, description: '核验意见（可选，由您填写） · A comment' }, objectResponse(ContractSchema, '已核验 · Verified'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => reviewContract(sql, actor, id, 'verified', c.req.valid('json').comment ?? ''), toContractResponse)
