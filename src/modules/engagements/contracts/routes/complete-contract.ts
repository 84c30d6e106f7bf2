import { objectResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ContractCompleteSchema, ContractSchema, toContractResponse } from '../model.js'
import { completeContract } from '../service.js'
import { race } from './race.js'

export const route = transitionOperation(
  '/v1/contracts/{id}/complete',
  {
    operationId: 'completeContract',
    summary: '合同完成并提交成果 · Complete with outcomes (either party)',
    description: `合同双方：履行中的合同登记成果后完成，成果记为第 1 版，进入园区核验（待审核）。\n\nin_progress → completed; the outcomes become revision 1 and go to park review (pending). ${race}`,
    tags: [tags.contracts],
  },
  { schema: ContractCompleteSchema, description: '合同成果 · The outcomes' },
  objectResponse(ContractSchema, '已完成，待园区核验 · Completed, pending review'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await completeContract(c.var.sql, actorOf(c), c.req.valid('param').id, c.req.valid('json').outcomes)
  return c.json(toContractResponse(row), 200, { etag: etagOf(row) })
}
