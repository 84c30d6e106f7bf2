import { actionOperation, jsonResponse } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { MatchSchema, toMatchResponse } from '../model.js'
import { withdrawMatch } from '../service.js'

export const route = actionOperation(
  '/v1/matches/{id}/withdraw',
  {
    operationId: 'withdrawMatch',
    summary: '撤回邀请 · Withdraw an unanswered invitation (the need\'s side)',
    description:
      '需求方（需求所属企业、本园区工作人员或管理员）撤回一条待答复的邀请；能看到该邀请的其他密钥 403，已答复的邀请 409。\n\n' +
      'The need\'s side (its enterprise, its park staff or admins) withdraws a proposed invitation; other keys that see it get 403, an answered one 409.',
    tags: [tags.candidates],
  },
  jsonResponse(MatchSchema, '已撤回 · Withdrawn'),
)

export const handler: AppRouteHandler<typeof route> = async (c) =>
  c.json(toMatchResponse(await withdrawMatch(c.var.sql, actorOf(c), c.req.valid('param').id)), 200)
