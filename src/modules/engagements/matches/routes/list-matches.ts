import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { MatchListQuerySchema, MatchPageSchema, toMatchResponse } from '../model.js'
import { listMatches } from '../service.js'

export const route = listOperation(
  '/v1/matches',
  {
    operationId: 'listMatches',
    summary: '对接邀请列表 · Invitations this key may see',
    description:
      '专家看自己收到的邀请，企业看为本企业需求发出的邀请，园区工作人员看本园区的，管理员看全部。\n\n' +
      'Experts see the invitations they answer; enterprises those for their needs; park staff their park\'s; admins all.',
    tags: [tags.invitations],
  },
  MatchListQuerySchema,
  MatchPageSchema,
  '一页对接邀请 · A page of invitations',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listMatches(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toMatchResponse) }, 200)
}
