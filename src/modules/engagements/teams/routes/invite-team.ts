import { type AppRouteHandler, createUnderOperation, jsonResponse, tags } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import { conflictResponse } from '../../../../platform/http/problem.js'
import { TeamInvitationCreateSchema, TeamSchema, toTeamResponse } from '../model.js'
import { inviteTeam } from '../service.js'

export const route = createUnderOperation('/v1/needs/{id}/team-invitations', {
  operationId: 'inviteTeam', tags: [tags.candidates], summary: '邀请一个团队 · Invite a team to a need',
  description: '需求所属企业、本园区工作人员或管理员：一次邀请 2–4 位候选（通常取自 GET /v1/needs/{id}/teams 的一个组合），每位成员一份对接邀请，规则与单独邀请相同，在同一事务中全部发出或全部不发：任一成员被拒（利益冲突、不可用、已满负荷、已邀请、需求无名额等），返回该成员被拒的原因（`rule` 或 `currentState` 与单独邀请相同，另以 `member` 指明是哪位），其余成员也不邀请。countsAsOneEngagement 为 true 时，该团队成员的接受在需求名额中只算一个。\n\nThe need\'s enterprise, its park staff or admins invite two to four candidates together: one invitation each, under the rules of a single invitation, all in one transaction. One member refused (a conflict, unavailable, fully booked, already invited, the need full) and none is invited: the answer is that member\'s refusal as a single invitation gives it (the same `rule` or `currentState`), with `member` naming it. With countsAsOneEngagement the team\'s accepts take one partner slot together.',
}, { schema: TeamInvitationCreateSchema, description: '要邀请的团队 · The team' }, jsonResponse(TeamSchema, '已发出 · Sent'), conflictResponse)

// Created under its need (its path), answered without an ETag like a single invitation.
export const handler: AppRouteHandler<typeof route> = async (c) => {
  const team = c.req.valid('json')
  return withIdempotency(c, team, async () => {
    const invited = await inviteTeam(c.get('sql'), c.get('deps').config, actorOf(c), c.req.valid('param').id, team)
    return c.json(toTeamResponse(invited), 201)
  })
}
