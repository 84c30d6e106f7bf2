import { byNeedId, concealEnterprise } from '../../../needs/index.js'
import { tags, updateHandler, updateOperation } from '../../../../platform/http/kit.js'
import { ProposalPatchSchema, ProposalSchema, toProposalResponse } from '../model.js'
import { updateProposal } from '../service.js'

export const route = updateOperation('/v1/proposals/{id}', {
  operationId: 'updateProposal', tags: [tags.proposals], summary: '修改揭榜方案 · Edit a proposal (the proposer, before the closing time)',
  description: '揭榜方在截止前、企业作出决定前修改方案；需带 If-Match（当前 ETag）。截止后或已有决定返回 409，团队与报价的检查同提交时。\n\nThe proposer, before the need\'s closing time and before a decision; requires If-Match. After either, 409; team and price are checked as on submission.',
}, ProposalPatchSchema, ProposalSchema, '已修改 · Edited')

export const handler = updateHandler(route, async ({ sql, actor, c }, id, checkVersion) =>
  concealEnterprise(sql, actor.principal, await updateProposal(sql, actor, id, checkVersion, c.req.valid('json')), byNeedId), toProposalResponse)
