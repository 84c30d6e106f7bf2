import { actionOperation, jsonResponse, tags } from '../../../../platform/http/kit.js'
import { MatchSchema } from '../model.js'
import { withdrawMatch } from '../service.js'
import { invitationHandler } from './invitation.js'

export const route = actionOperation('/v1/matches/{id}/withdraw', {
  operationId: 'withdrawMatch', tags: [tags.candidates], summary: '撤回邀请 · Withdraw an unanswered invitation (the need\'s side)',
  description: '需求方（需求所属企业、本园区工作人员或管理员）撤回一条待答复的邀请；能看到该邀请的其他密钥 403，已答复的邀请 409。\n\nThe need\'s side (its enterprise, its park staff or admins) withdraws a proposed invitation; other keys that see it get 403, an answered one 409.',
}, jsonResponse(MatchSchema, '已撤回 · Withdrawn'))

export const handler = invitationHandler(route, ({ sql, actor }, id) => withdrawMatch(sql, actor, id))
