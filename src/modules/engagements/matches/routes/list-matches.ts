import { byNeedId, concealPage } from '../../../needs/index.js'
import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { MatchListQuerySchema, MatchPageSchema, toMatchResponse } from '../model.js'
import { listMatches } from '../service.js'

export const route = listOperation('/v1/matches', {
  operationId: 'listMatches', tags: [tags.invitations], summary: '对接邀请列表 · Invitations this key may see',
  description: '专家看自己收到的邀请，企业看为本企业需求发出的邀请，园区工作人员看本园区的，管理员看全部。\n\nExperts see the invitations they answer; enterprises those for their needs; park staff their park\'s; admins all.',
}, MatchListQuerySchema, MatchPageSchema, '一页对接邀请 · A page of invitations')

export const handler = listHandler(route, async ({ sql, actor, c }) =>
  concealPage(sql, actor.principal, await listMatches(sql, actor.principal, c.req.valid('query')), byNeedId), toMatchResponse)
