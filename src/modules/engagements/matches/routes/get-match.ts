import { jsonResponse, readResponseOperation, tags } from '../../../../platform/http/kit.js'
import { MatchSchema } from '../model.js'
import { getMatch } from '../service.js'
import { invitationHandler } from './invitation.js'

export const route = readResponseOperation('/v1/matches/{id}', {
  operationId: 'getMatch', tags: [tags.invitations], summary: '查看一条邀请 · Read one invitation',
  description: '能在邀请列表中看到该邀请的密钥均可查看（双方、本园区工作人员、管理员）；看不到的邀请返回 404。\n\nAn invitation this key may see in the list (the two parties, the need\'s park staff, admins); any other key gets 404.',
}, jsonResponse(MatchSchema, '对接邀请 · The invitation'))

export const handler = invitationHandler(route, ({ sql, actor }, id) => getMatch(sql, actor.principal, id))
