import { actionOperation, objectResponse } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ContractSchema, toContractResponse } from '../model.js'
import { startContract } from '../service.js'
import { race } from './race.js'

export const route = actionOperation(
  '/v1/contracts/{id}/start',
  {
    operationId: 'startContract',
    summary: '开始履行合同 · Start performance (either party)',
    description: `合同双方：已签订的合同开始履行。\n\nsigned → in_progress. ${race}`,
    tags: [tags.contracts],
  },
  objectResponse(ContractSchema, '履行中 · In progress'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await startContract(c.var.sql, actorOf(c), c.req.valid('param').id)
  return c.json(toContractResponse(row), 200, { etag: etagOf(row) })
}
