import { readHandler, readOperation, tags } from '../../../../platform/http/kit.js'
import { ContractSchema, toContractResponse } from '../model.js'
import { getContract } from '../service.js'

export const route = readOperation('/v1/contracts/{id}', {
  operationId: 'getContract', tags: [tags.contracts], summary: '查看一份合同 · Read one contract',
  description: '可看到该合同的各方（双方、本园区工作人员、管理员）：合同条款、状态、成果与核验结果，以及修改时 If-Match 要用的 ETag；看不到的合同返回 404。\n\nThe two parties, the need\'s park staff and admins read it, with its ETag for the If-Match of a change; any other key gets 404.',
}, ContractSchema, '技术合同 · The contract')

export const handler = readHandler(route, ({ sql, actor }, id) => getContract(sql, actor.principal, id), toContractResponse)
