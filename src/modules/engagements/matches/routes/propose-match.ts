import { type AppRouteHandler, createUnderOperation, jsonResponse, tags } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import { conflictResponse } from '../../../../platform/http/problem.js'
import { MatchCreateSchema, MatchSchema, toMatchResponse } from '../model.js'
import { proposeMatch } from '../service.js'

// A conflict with the need's state or the candidate (409) says more than a retried key's.
export const route = createUnderOperation('/v1/needs/{id}/matches', {
  operationId: 'proposeMatch', tags: [tags.candidates], summary: '发出对接邀请 · Invite a candidate to a need',
  description: '需求所属企业、本园区工作人员或管理员：向一位候选专家、学会或工作站发出对接邀请。需求须为开放或进行中且尚有名额；有利益冲突、不可用、已满负荷或已邀请过的候选返回 409。\n\nThe need\'s enterprise, its park staff or admins. The need must be open or in progress with a partner slot left (else 409 with `currentState`); a conflicted, unavailable or fully booked candidate (409 with `rule`), or one already invited, is a 409.',
}, { schema: MatchCreateSchema, description: '对接邀请 · The invitation' }, jsonResponse(MatchSchema, '已发出 · Sent'), conflictResponse)

// An invitation answers without an ETag, so not createHandler.
export const handler: AppRouteHandler<typeof route> = async (c) => {
  const invitation = c.req.valid('json')
  return withIdempotency(c, invitation, async () => {
    const match = await proposeMatch(c.get('sql'), c.get('deps').config, actorOf(c), c.req.valid('param').id, invitation)
    return c.json(toMatchResponse(match), 201, { location: `/v1/matches/${match.id}` })
  })
}
