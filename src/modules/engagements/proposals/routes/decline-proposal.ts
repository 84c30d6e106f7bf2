import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ProposalDeclineSchema, ProposalSchema, toProposalResponse } from '../model.js'
import { declineProposal } from '../service.js'

export const route = transitionOperation('/v1/proposals/{id}/decline', {
  operationId: 'declineProposal', tags: [tags.proposals], summary: '不采纳揭榜方案 · Decline a proposal with a reason (the need\'s side)',
  description: '需求所属企业、本园区工作人员或管理员：填写理由，不采纳一份未决定的方案；理由会告知揭榜方。已采纳、已撤回的返回 409。\n\nThe need\'s enterprise, its park staff or admins decline an undecided proposal, giving a reason the proposer is told. An accepted or withdrawn one is a 409.',
}, { schema: ProposalDeclineSchema, description: '理由 · The reason' }, objectResponse(ProposalSchema, '已不采纳 · Declined'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => declineProposal(sql, actor, id, c.req.valid('json').reason), toProposalResponse)
