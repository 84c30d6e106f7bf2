import { type AppRouteHandler, actionOperation, tags } from '../../../platform/http/kit.js'
import { actorOf } from '../../../platform/http/actor.js'
import { jsonResponse } from '../../../platform/http/operations.js'
import { AgendaSchema } from '../agenda-model.js'
import { getAgenda } from '../agenda.js'
import { solveEvent } from '../solve.js'

export const route = actionOperation('/v1/events/{id}/assignment', {
  operationId: 'solveEvent', tags: [tags.events], summary: '求解洽谈安排与日程 · Solve the assignment and the timetable',
  description: '按匹配把握（与候选列表同一计算）求总分最高的一对一洽谈安排（混合整数规划，HiGHS 求解）：先让尽可能多的需求各有一场合适洽谈，再尽量满足各需求的最少场次，然后总分最高；不超过专家的场次上限与可出席时段、需求的最多场次，利益冲突、暂停对接、已满负荷和被排除的配对不参与。再为每场洽谈安排时段和洽谈桌，同一专家、同一企业同一时段只有一场。园区指定但规则不允许的配对在 solution.refused 中列出；指定配对无法同时满足时返回 409。\n\nMaximises the total match confidence (as the candidate list computes it) with a MILP solved by HiGHS, lexicographically: first the most needs with one good meeting, then the fewest meetings short of each need\'s minimum, then the total score (a small penalty on a need\'s third meeting spreads meetings). Respects experts\' caps and slots and needs\' maxima; conflicted, unavailable, fully booked and forbidden pairs are left out. Then a timetable: a slot and a table per meeting, nobody in two places at once. Pinned pairs the rules refuse are listed in `solution.refused`; pins that cannot all be met are a 409.',
}, jsonResponse(AgendaSchema, '洽谈安排 · The agenda'))

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const id = c.req.valid('param').id
  const actor = actorOf(c)
  await solveEvent({ sql: c.get('sql'), logger: c.get('logger'), ...c.get('deps').retrievers(c.get('sql')) }, actor, id)
  const { title: _title, date: _date, ...agenda } = await getAgenda(c.get('sql'), actor.principal, id)
  return c.json(agenda, 200)
}
