import { byNeedId, concealEnterprise } from '../../../needs/index.js'
import { type AppRouteHandler, createUnderOperation, objectResponse, tags } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import { conflictResponse } from '../../../../platform/http/problem.js'
import { ProposalCreateSchema, ProposalSchema, toProposalResponse } from '../model.js'
import { submitProposal } from '../service.js'

export const route = createUnderOperation('/v1/needs/{id}/proposals', {
  operationId: 'submitProposal', tags: [tags.proposals], summary: '揭榜：提交方案 · Submit a proposal to a need open for proposals',
  description: '专家本人，或学会的联络专家、工作站的首席专家（以学会、工作站名义）：就开放揭榜的需求提交方案，每个揭榜方每项需求一份。须在揭榜截止前、需求尚有名额；有利益冲突、暂停对接或已满负荷的揭榜方，已收到该需求邀请的候选，以及团队中有冲突的专家，均返回 409。\n\nThe expert itself, or a society\'s contact / a workstation\'s lead for it: one proposal per need and proposer, before the closing time, while the need has a partner slot. A conflicted, unavailable or fully booked proposer (409 with `rule`), one already invited to the need, or a conflicted team member is a 409; a closed or unopened need is a 409 with `currentState`.',
}, { schema: ProposalCreateSchema, description: '揭榜方案 · The proposal' }, objectResponse(ProposalSchema, '已提交 · Submitted'), conflictResponse)

// A proposal is created under its need (its path), so not createHandler, which creates at a collection.
export const handler: AppRouteHandler<typeof route> = async (c) => {
  const proposal = c.req.valid('json')
  return withIdempotency(c, proposal, async () => {
    const row = await submitProposal(c.get('sql'), actorOf(c), c.req.valid('param').id, proposal)
    return c.json(toProposalResponse(await concealEnterprise(c.get('sql'), actorOf(c).principal, row, byNeedId)), 201, { etag: etagOf(row), location: `/v1/proposals/${row.id}` })
  })
}
