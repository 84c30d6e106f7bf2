import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ContractCompleteSchema, ContractSchema, toContractResponse } from '../model.js'
import { completeContract } from '../service.js'
import { race } from './race.js'

export const route = transitionOperation('/v1/contracts/{id}/complete', {
  operationId: 'completeContract', tags: [tags.contracts], summary: '合同完成并提交成果 · Complete with outcomes (either party)',
  description: `合同双方：履行中的合同登记成果后完成，成果记为第 1 版，进入园区核验（待审核）。\n\nin_progress → completed; the outcomes become revision 1 and go to park review (pending). ${race}`,
}, { schema: ContractCompleteSchema, description: '合同成果 · The outcomes' }, objectResponse(ContractSchema, '已完成，待园区核验 · Completed, pending review'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => completeContract(sql, actor, id, c.req.valid('json').outcomes), toContractResponse)
