import { objectResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ContractSchema, ContractSignSchema, toContractResponse } from '../model.js'
import { signContract } from '../service.js'
import { race } from './race.js'

export const route = transitionOperation(
  '/v1/contracts/{id}/sign',
  {
    operationId: 'signContract',
    summary: '合同签订 · Mark a draft signed (either party)',
    description: `合同双方：将草稿标记为已签订，须填写签订日期（已有则可省略）。\n\ndraft → signed; the signing date is required unless already set. ${race}`,
    tags: [tags.contracts],
  },
  { schema: ContractSignSchema, description: '签订日期与登记编号 · Signing date and registration number' },
  objectResponse(ContractSchema, '已签订 · Signed'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await signContract(c.var.sql, actorOf(c), c.req.valid('param').id, c.req.valid('json'))
  return c.json(toContractResponse(row), 200, { etag: etagOf(row) })
}
