import { actionOperation, objectResponse, tags, transitionHandler } from '../../../../platform/http/kit.js'
import { ContractSchema, toContractResponse } from '../model.js'
import { startContract } from '../service.js'
import { race } from './race.js'

export const route = actionOperation('/v1/contracts/{id}/start', {
  operationId: 'startContract', tags: [tags.contracts], summary: '开始履行合同 · Start performance (either party)',
  description: `合同双方：已签订的合同开始履行。\n\nsigned → in_progress. ${race}`,
}, objectResponse(ContractSchema, '履行中 · In progress'))

export const handler = transitionHandler(route, ({ sql, actor }, id) => startContract(sql, actor, id), toContractResponse)
