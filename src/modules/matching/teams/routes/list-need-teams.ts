import { createRoute } from '@hono/zod-openapi'
import { type AppRouteHandler, IdParamSchema, jsonResponse, readResponseOperation, tags } from '../../../../platform/http/kit.js'
import { chargedRankingDeps } from '../../embedding-budget.js'
import { TeamAnswerSchema, TeamQuerySchema } from '../model.js'
import { toTeamAnswer } from '../respond.js'
import { rankTeams } from '../service.js'

const read = readResponseOperation('/v1/needs/{id}/teams', {
  operationId: 'listNeedTeams', tags: [tags.candidates], summary: '为多方面需求推荐候选团队 · Teams of candidates for a many-sided need',
  description: "把需求的技术难题按句号、分号与编号拆成单独陈述的难题（最多 4 个，相互重叠的合并），每个难题以其文本用与候选列表相同的检索与规则找候选（利益冲突、暂停对接、已满额者排除），再对各难题前 5 位候选的并集穷举 2–4 人组合，选出共同覆盖最多难题的团队，并说明每位成员负责哪个难题及依据。只有比最佳单个候选覆盖更多难题的团队才列出；需求只有一个难题时给出说明。需求所属企业、其园区工作人员与管理员可查看。\n\nThe need's problem is cut into the difficulties it states (at sentence ends, semicolons and item numbers; at most four, overlapping ones merged); each is searched with its own text by the candidate list's retrievers and rules (conflicted, unavailable and fully booked candidates excluded); every team of two to four from the top five per aspect is scored by the aspects it covers and how well, and each member is shown with the aspect it covers and why. Only teams covering more aspects than the best single candidate are listed; a need with one aspect gets a notice. The need's enterprise, its park staff and admins may ask.",
}, jsonResponse(TeamAnswerSchema, '候选团队 · Candidate teams'))
export const route = createRoute({ ...read, request: { params: IdParamSchema, query: TeamQuerySchema } })

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { id } = c.req.valid('param')
  const answer = await rankTeams(chargedRankingDeps(c.var), c.get('principal'), { needId: id, ...c.req.valid('query') })
  return c.json(toTeamAnswer(id, answer), 200)
}
