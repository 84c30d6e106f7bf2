import { byNeedId, concealEnterprise } from '../../../needs/index.js'
import { readHandler, readOperation, tags } from '../../../../platform/http/kit.js'
import { ProposalSchema, toProposalResponse } from '../model.js'
import { getProposal } from '../service.js'

export const route = readOperation('/v1/proposals/{id}', {
  operationId: 'getProposal', tags: [tags.proposals], summary: '查看一份揭榜方案 · Read one proposal',
  description: '能在列表中看到该方案的密钥均可查看，并得到修改时 If-Match 要用的 ETag；看不到的返回 404。\n\nA proposal this key may see in the list, with its ETag for the If-Match of an edit; any other key gets 404.',
}, ProposalSchema, '揭榜方案 · The proposal')

// The need's side reads the ranking's view of the proposer: the read takes the retrievers beside the database.
export const handler = readHandler(route, async ({ sql, actor, c }, id) =>
  concealEnterprise(sql, actor.principal, await getProposal({ sql, logger: c.get('logger'), ...c.get('deps').retrievers(sql) }, actor.principal, id), byNeedId), toProposalResponse)
