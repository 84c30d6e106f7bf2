import { objectResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ContractSchema, ContractTerminateSchema, toContractResponse } from '../model.js'
import { terminateContract } from '../service.js'
import { race } from './race.js'

export const route = transitionOperation(
  '/v1/contracts/{id}/terminate',
  {
    operationId: 'terminateContract',
    summary: '终止合同 · Terminate a contract (either party)',
    description: `合同双方：填写理由，终止草稿、已签订或履行中的合同。\n\ndraft, signed or in_progress → terminated, with a reason. ${race}`,
    tags: [tags.contracts],
  },
  { schema: ContractTerminateSchema, description: '理由 · The reason' },
  objectResponse(ContractSchema, '已终止 · Terminated'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await terminateContract(c.var.sql, actorOf(c), c.req.valid('param').id, c.req.valid('json').reason)
  return c.json(toContractResponse(row), 200, { etag: etagOf(row) })
}
