import { jsonResponse, readResponseOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { MatchSchema, toMatchResponse } from '../model.js'
import { getMatch } from '../service.js'

export const route = readResponseOperation(
  '/v1/matches/{id}',
  {
    operationId: 'getMatch',
    summary: '查看一条邀请 · Read one invitation',
    description:
      '能在邀请列表中看到该邀请的密钥均可查看（双方、本园区工作人员、管理员）；看不到的邀请返回 404。\n\n' +
      'An invitation this key may see in the list (the two parties, the need\'s park staff, admins); any other key gets 404.',
    tags: [tags.invitations],
  },
  jsonResponse(MatchSchema, '对接邀请 · The invitation'),
)

export const handler: AppRouteHandler<typeof route> = async (c) =>
  c.json(toMatchResponse(await getMatch(c.var.sql, c.var.principal, c.req.valid('param').id)), 200)
