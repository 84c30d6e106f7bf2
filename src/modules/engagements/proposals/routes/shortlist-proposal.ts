import { actionOperation, objectResponse, tags, transitionHandler } from '../../../../platform/http/kit.js'
import { ProposalSchema, toProposalResponse } from '../model.js'
import { shortlistProposal } from '../service.js'

export const route = actionOperation('/v1/proposals/{id}/shortlist', {
  operationId: 'shortlistProposal', tags: [tags.proposals], summary: '方案入围 · Shortlist a proposal (the need\'s side)',
  description: '需求所属企业、本园区工作人员或管理员：将已提交的方案列入入围名单，揭榜方会收到通知。其他状态返回 409。\n\nThe need\'s enterprise, its park staff or admins shortlist a submitted proposal; the proposer is told. Any other state is a 409.',
}, objectResponse(ProposalSchema, '已入围 · Shortlisted'))

export const handler = transitionHandler(route, ({ sql, actor }, id) => shortlistProposal(sql, actor, id), toProposalResponse)
