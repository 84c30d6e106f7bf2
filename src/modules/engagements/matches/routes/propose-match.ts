import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import { IdParamSchema, IdempotencyHeaderSchema, jsonBody, jsonResponse } from '../../../../platform/http/operations.js'
import { authErrorResponses, commonErrorResponses, conflictResponse, idempotencyResponses, notFoundResponse } from '../../../../platform/http/problem.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { MatchCreateSchema, MatchSchema, toMatchResponse } from '../model.js'
import { proposeMatch } from '../service.js'

// A create under the need: a conflict with the need's state or the candidate (409) says more than a retried key's.
export const route = createRoute({
  method: 'post',
  path: '/v1/needs/{id}/matches',
  operationId: 'proposeMatch',
  summary: '发出对接邀请 · Invite a candidate to a need',
  description:
    '需求所属企业、本园区工作人员或管理员：向一位候选专家、学会或工作站发出对接邀请。需求须为开放或进行中且尚有名额；有利益冲突、不可用、已满负荷或已邀请过的候选返回 409。\n\n' +
    'The need\'s enterprise, its park staff or admins. The need must be open or in progress with a partner slot left (else 409 with `currentState`); a conflicted, unavailable or fully booked candidate (409 with `rule`), or one already invited, is a 409.',
  tags: [tags.candidates],
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(MatchCreateSchema, '对接邀请 · The invitation') },
  responses: { 201: jsonResponse(MatchSchema, '已发出 · Sent'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...idempotencyResponses, ...conflictResponse },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const match = await proposeMatch(c.var.sql, c.var.deps.config, actorOf(c), c.req.valid('param').id, body)
    return c.json(toMatchResponse(match), 201, { location: `/v1/matches/${match.id}` })
  })
}
