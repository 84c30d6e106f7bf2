import { actionOperation, objectResponse, tags, transitionHandler } from '../../../../platform/http/kit.js'
import { ProposalSchema, toProposalResponse } from '../model.js'
import { acceptProposal } from '../service.js'

export const route = actionOperation('/v1/proposals/{id}/accept', {
  operationId: 'acceptProposal', tags: [tags.proposals], summary: '采纳揭榜方案 · Accept a proposal (the need\'s side)',
  description: '需求所属企业、本园区工作人员或管理员：采纳方案，随即生成一条已接受的对接（matchId），之后据此预约咨询、登记合同。采纳与专家接受邀请适用同一套规则：需求尚有名额、揭榜专家未满负荷、可对接且无利益冲突，否则 409；最后一个名额被占用时，其余待答复的邀请撤回、未决定的方案自动不采纳。\n\nThe need\'s enterprise, its park staff or admins accept an undecided proposal: it becomes an accepted match (`matchId`) that consultations and contracts follow. The rules are those of an invitation\'s accept: a partner slot left, the proposer below capacity, available and free of conflicts, else 409. Taking the last slot withdraws the need\'s unanswered invitations and declines its undecided proposals.',
}, objectResponse(ProposalSchema, '已采纳 · Accepted'))

export const handler = transitionHandler(route, ({ sql, actor }, id) => acceptProposal(sql, actor, id), toProposalResponse)
