import { createRoute } from '@hono/zod-openapi'
import { type AppRouteHandler, IdParamSchema, jsonBody, objectResponse, tags, transitionErrors } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import { ContractRevisionCreateSchema, ContractSchema, toContractResponse } from '../model.js'
import { reviseContract } from '../review.js'

// A transition that creates a revision, so 201.
export const route = createRoute({
  method: 'post', path: '/v1/contracts/{id}/revisions',
  operationId: 'reviseContract', summary: '修订已完成合同 · Correct a completed contract (either party); it goes back to review',
  description: '合同双方：更正已完成的合同（待审核、已退回或已核验），改动连同原值记为新的一版，重新进入园区核验。完成前请用 PATCH（此处 409）。\n\nFor a completed contract (pending, rejected or verified): applies the changed fields, records them with their old values as the next revision, and sets the review to pending. Before completion use PATCH (409 here).',
  tags: [tags.contracts],
  request: { params: IdParamSchema, body: jsonBody(ContractRevisionCreateSchema, '更正内容 · The correction') },
  responses: { 201: objectResponse(ContractSchema, '已修订，待园区核验 · Revised, pending review'), ...transitionErrors },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { reason, changes: { outcomes, ...terms } } = c.req.valid('json')
  const row = await reviseContract(c.get('sql'), actorOf(c), c.req.valid('param').id, { reason, changes: { ...terms, ...outcomes } })
  return c.json(toContractResponse(row), 201, { etag: etagOf(row), location: `/v1/contracts/${row.id}/revisions` })
}
