import { jsonResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { MatchDeclineSchema, MatchSchema, toMatchResponse } from '../model.js'
import { declineMatch } from '../service.js'

export const route = transitionOperation(
  '/v1/matches/{id}/decline',
  {
    operationId: 'declineMatch',
    summary: '婉拒邀请 · Decline an invitation with a reason (the invited expert)',
    description:
      '被邀请的专家填写理由，婉拒一条待答复的邀请；能看到该邀请的其他密钥 403，已答复的邀请 409。邀请设了自动顺延（autoNext）时，随即邀请下一位候选。\n\n' +
      'The invited expert declines a proposed invitation, giving a reason; other keys that see it get 403, an answered one 409. With `autoNext` the next-best candidate is invited.',
    tags: [tags.invitations],
  },
  { schema: MatchDeclineSchema, description: '理由 · The reason' },
  jsonResponse(MatchSchema, '已婉拒 · Declined'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const deps = { sql: c.var.sql, logger: c.var.logger, ...c.var.deps.retrievers(c.var.sql) }
  const match = await declineMatch(deps, c.var.deps.config, actorOf(c), c.req.valid('param').id, c.req.valid('json').reason)
  return c.json(toMatchResponse(match), 200)
}
