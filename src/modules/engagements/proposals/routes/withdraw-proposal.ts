import { byNeedId, concealEnterprise } from '../../../needs/index.js'
import { actionOperation, objectResponse, tags, transitionHandler } from '../../../../platform/http/kit.js'
import { ProposalSchema, toProposalResponse } from '../model.js'
import { withdrawProposal } from '../service.js'

export const route = actionOperation('/v1/proposals/{id}/withdraw', {
  operationId: 'withdrawProposal', tags: [tags.proposals], summary: '撤回揭榜方案 · Withdraw a proposal (the proposer)',
  description: '揭榜方在企业作出决定前撤回方案；撤回后可重新提交。已入围也可撤回，已采纳或未采纳的返回 409。\n\nThe proposer takes back an undecided (submitted or shortlisted) proposal and may propose again later; a decided one is a 409.',
}, objectResponse(ProposalSchema, '已撤回 · Withdrawn'))

export const handler = transitionHandler(route, async ({ sql, actor }, id) => concealEnterprise(sql, actor.principal, await withdrawProposal(sql, actor, id), byNeedId), toProposalResponse)
