import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema, IfMatchHeaderSchema, jsonBody, objectResponse, tags, transitionErrors, updateHandler } from '../../../../platform/http/kit.js'
import { preconditionResponses } from '../../../../platform/http/problem.js'
import { ContractPatchSchema, ContractSchema, toContractResponse } from '../model.js'
import { updateContract } from '../service.js'

// updateOperation's shape, but the body is described as the contract's terms.
export const route = createRoute({
  method: 'patch', path: '/v1/contracts/{id}',
  operationId: 'updateContract', summary: '修改合同条款 · Change a contract\'s terms before completion (either party)',
  description: '合同双方：完成前修改合同条款，需带 If-Match（缺少 428，过期 412）。已完成的合同已冻结（409），请提交修订。\n\nRequires If-Match (missing 428, stale 412). A completed contract — pending review, rejected or verified — is frozen (409): correct it with a revision.',
  tags: [tags.contracts],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ContractPatchSchema, '要修改的条款 · Terms to change') },
  responses: { 200: objectResponse(ContractSchema, '已修改 · Changed'), ...transitionErrors, ...preconditionResponses },
})

export const handler = updateHandler(route, ({ sql, actor, c }, id, checkVersion) => updateContract(sql, actor, id, checkVersion, c.req.valid('json')), toContractResponse)
