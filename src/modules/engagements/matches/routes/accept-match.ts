import { actionOperation, jsonResponse, tags } from '../../../../platform/http/kit.js'
import { MatchSchema } from '../model.js'
import { acceptMatch } from '../service.js'
import { invitationHandler } from './invitation.js'

export const route = actionOperation('/v1/matches/{id}/accept', {
  operationId: 'acceptMatch', tags: [tags.invitations], summary: '接受邀请 · Accept an invitation (the invited expert)',
  description: '被邀请的专家在邀请有效期内接受邀请；接受时再次检查需求名额、专家容量、可用状态与利益冲突，不满足返回 409。\n\nOnly a proposed, unexpired invitation, by its answering expert; the need must still be open or in progress with a partner slot left, the expert below its capacity, available, and free of any conflict of interest (the same rules as the invitation, checked again). Of two accepts racing for one slot, or for an expert\'s last capacity, exactly one wins; the other gets 409. An accept that fills the need\'s last slot withdraws its other unanswered invitations.',
}, jsonResponse(MatchSchema, '已接受 · Accepted'))

export const handler = invitationHandler(route, ({ sql, actor }, id) => acceptMatch(sql, actor, id))
