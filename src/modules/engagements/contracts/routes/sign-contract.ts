import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ContractSchema, ContractSignSchema, toContractResponse } from '../model.js'
import { signContract } from '../service.js'
import { race } from './race.js'

export const route = transitionOperation('/v1/contracts/{id}/sign', {
  operationId: 'signContract', tags: [tags.contracts], summary: '合同签订 · Mark a draft signed (either party)',
  description: `合同双方：将草稿标记为已签订，须填写签订日期（已有则可省略）。\n\ndraft → signed; the signing date is required unless already set. ${race}`,
}, { schema: ContractSignSchema, description: '签订日期与登记编号 · Signing date and registration number' }, objectResponse(ContractSchema, '已签订 · Signed'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => signContract(sql, actor, id, c.req.valid('json')), toContractResponse)
