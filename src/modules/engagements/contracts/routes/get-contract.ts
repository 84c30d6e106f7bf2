import { readOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ContractSchema, toContractResponse } from '../model.js'
import { getContract } from '../service.js'

export const route = readOperation(
  '/v1/contracts/{id}',
  {
    operationId: 'getContract',
    summary: '查看一份合同 · Read one contract',
    description:
      '可看到该合同的各方（双方、本园区工作人员、管理员）：合同条款、状态、成果与核验结果，以及修改时 If-Match 要用的 ETag；看不到的合同返回 404。\n\n' +
      'The two parties, the need\'s park staff and admins read it, with its ETag for the If-Match of a change; any other key gets 404.',
    tags: [tags.contracts],
  },
  ContractSchema,
  '技术合同 · The contract',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await getContract(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(toContractResponse(row), 200, { etag: etagOf(row) })
}
