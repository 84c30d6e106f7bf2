import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import { IdParamSchema, IfMatchHeaderSchema, jsonBody, objectResponse, transitionErrors } from '../../../../platform/http/operations.js'
import { preconditionResponses } from '../../../../platform/http/problem.js'
import { ContractPatchSchema, ContractSchema, toContractResponse } from '../model.js'
import { updateContract } from '../service.js'

// updateOperation's shape, but the body is described as the contract's terms.
export const route = createRoute({
  method: 'patch',
  path: '/v1/contracts/{id}',
  operationId: 'updateContract',
  summary: '修改合同条款 · Change a contract\'s terms before completion (either party)',
  description:
    '合同双方：完成前修改合同条款，需带 If-Match（缺少 428，过期 412）。已完成的合同已冻结（409），请提交修订。\n\n' +
    'Requires If-Match (missing 428, stale 412). A completed contract — pending review, rejected or verified — is frozen (409): correct it with a revision.',
  tags: [tags.contracts],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ContractPatchSchema, '要修改的条款 · Terms to change') },
  responses: { 200: objectResponse(ContractSchema, '已修改 · Changed'), ...transitionErrors, ...preconditionResponses },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const row = await updateContract(c.var.sql, actorOf(c), c.req.valid('param').id, (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toContractResponse(row), 200, { etag: etagOf(row) })
}
