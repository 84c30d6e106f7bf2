import { jsonResponse, tags, transitionOperation } from '../../../../platform/http/kit.js'
import { MatchDeclineSchema, MatchSchema } from '../model.js'
import { declineMatch } from '../service.js'
import { invitationHandler } from './invitation.js'

export const route = transitionOperation('/v1/matches/{id}/decline', {
  operationId: 'declineMatch', tags: [tags.invitations], summary: '婉拒邀请 · Decline an invitation with a reason (the invited expert)',
  description: '被邀请的专家填写理由，婉拒一条待答复的邀请；能看到该邀请的其他密钥 403，已答复的邀请 409。邀请设了自动顺延（autoNext）时，随即邀请下一位候选。\n\nThe invited expert declines a proposed invitation, giving a reason; other keys that see it get 403, an answered one 409. With `autoNext` the next-best candidate is invited.',
}, { schema: MatchDeclineSchema, description: '理由 · The reason' }, jsonResponse(MatchSchema, '已婉拒 · Declined'))

// Auto-next ranks candidates: the decline takes the retrievers and the logger beside the database.
export const handler = invitationHandler(route, ({ sql, actor, c }, id) =>
  declineMatch({ sql, logger: c.get('logger'), ...c.get('deps').retrievers(sql) }, c.get('deps').config, actor, id, c.req.valid('json').reason),
)
