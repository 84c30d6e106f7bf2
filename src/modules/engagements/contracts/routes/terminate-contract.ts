import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ContractSchema, ContractTerminateSchema, toContractResponse } from '../model.js'
import { terminateContract } from '../service.js'
import { race } from './race.js'

export const route = transitionOperation('/v1/contracts/{id}/terminate', {
  operationId: 'terminateContract', tags: [tags.contracts], summary: '终止合同 · Terminate a contract (either party)',
  description: `合同双方：填写理由，终止草稿、已签订或履行中的合同。\n\ndraft, signed or in_progress → terminated, with a reason. ${race}`,
}, { schema: ContractTerminateSchema, description: '理由 · The reason' }, objectResponse(ContractSchema, '已终止 · Terminated'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => terminateContract(sql, actor, id, c.req.valid('json').reason), toContractResponse)
