import { byNeedId, concealPage } from '../../../needs/index.js'
import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { ProposalListQuerySchema, ProposalPageSchema, toProposalResponse } from '../model.js'
import { listProposals } from '../service.js'

export const route = listOperation('/v1/proposals', {
  operationId: 'listProposals', tags: [tags.proposals], summary: '揭榜方案列表 · Proposals this key may see',
  description: '企业看本企业需求收到的方案，园区工作人员看本园区的，专家看自己提交（或代学会、工作站提交）的，管理员看全部。按 needId 查看一项需求的全部方案，与候选列表对照。\n\nEnterprises see the proposals to their needs; park staff their park\'s; experts those they submitted (for themselves or a society or workstation); admins all. Filter by `needId` to read a need\'s proposals beside its candidates.',
}, ProposalListQuerySchema, ProposalPageSchema, '一页揭榜方案 · A page of proposals')

export const handler = listHandler(route, async ({ sql, actor, c }) =>
  concealPage(sql, actor.principal, await listProposals({ sql, logger: c.get('logger'), ...c.get('deps').retrievers(sql) }, actor.principal, c.req.valid('query')), byNeedId), toProposalResponse)
