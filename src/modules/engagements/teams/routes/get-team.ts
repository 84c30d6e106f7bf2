import { type AppRouteHandler, jsonResponse, readResponseOperation, tags } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { TeamSchema, toTeamResponse } from '../model.js'
import { readTeam } from '../service.js'

export const route = readResponseOperation('/v1/teams/{id}', {
  operationId: 'getTeam', tags: [tags.candidates], summary: '查看一个受邀团队 · Read a team',
  description: '需求所属企业、本园区工作人员与管理员可查看团队各成员的邀请及其状态；团队成员（答复其中一份邀请的专家）可查看队友是谁、各自答复到哪一步，但看不到队友的婉拒原因；其他密钥返回 404。保密需求的企业名称按各邀请的规则隐去。\n\nThe need\'s enterprise, its park staff and admins read each member\'s invitation; a member (the expert answering one of them) reads who its teammates are and where each stands, without a teammate\'s decline reason; any other key gets 404. A confidential need\'s enterprise is concealed as on each invitation.',
}, jsonResponse(TeamSchema, '团队 · The team'))

// Read like an invitation: no ETag (a team changes only through its members' invitations).
export const handler: AppRouteHandler<typeof route> = async (c) => {
  const team = await readTeam(c.get('sql'), actorOf(c).principal, c.req.valid('param').id)
  return c.json(toTeamResponse(team), 200)
}
