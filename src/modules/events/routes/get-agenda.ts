import { createRoute, z } from '@hono/zod-openapi'
import { type AppRouteHandler, IdParamSchema, inDocumentOrder, tags } from '../../../platform/http/kit.js'
import { actorOf } from '../../../platform/http/actor.js'
import { negotiate } from '../../../platform/http/negotiate.js'
import { authErrorResponses, commonErrorResponses, notFoundResponse } from '../../../platform/http/problem.js'
import { AgendaQuerySchema, AgendaSchema } from '../agenda-model.js'
import { agendaCsv, getAgenda } from '../agenda.js'

const csv = z.string().openapi({
  description: 'UTF-8 带 BOM、CRLF 换行的 CSV（Excel 直接打开），每行一场洽谈，按时段、洽谈桌排序。UTF-8 with BOM, CRLF, RFC 4180 quoting; one meeting a row, by slot and table',
  example: '\uFEFF日期 date,时段 slot,开始 start,结束 end,洽谈桌 table,需求 need,企业 enterprise,专家 expert,匹配把握 confidence,园区指定 pinned,邀请 matchId,备注 note\r\n2026-12-18,1,09:00,09:20,A 桌,煤焦油加氢催化剂失活快,潞安化工集团有限公司,王建国,0.74,,,\r\n',
})

export const route = createRoute({
  method: 'get',
  path: '/v1/events/{id}/assignment',
  ...inDocumentOrder({
    operationId: 'getEventAgenda', tags: [tags.events], summary: '洽谈日程（全体或个人）· The agenda, whole or one person\'s',
    description: '最近一次求解的洽谈安排；按 expertId 或 enterpriseId 取一位专家或一家企业的个人日程。`Accept: text/csv` 时返回 CSV（带 BOM，Excel 直接打开）。\n\nThe last solve\'s meetings; `expertId` or `enterpriseId` gives one person\'s schedule. With `Accept: text/csv` the agenda is a CSV with BOM.',
  }),
  request: { params: IdParamSchema, query: AgendaQuerySchema },
  responses: {
    200: { description: '洽谈日程 · The agenda', content: { 'application/json': { schema: AgendaSchema }, 'text/csv': { schema: csv } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const id = c.req.valid('param').id
  const { title: _title, ...agenda } = await getAgenda(c.get('sql'), actorOf(c).principal, id, c.req.valid('query'))
  if (negotiate(c.req.header('accept'), ['application/json', 'text/csv'] as const) === 'text/csv') {
    return c.body(agendaCsv(agenda), 200, { vary: 'Accept', 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="event-${id}-agenda.csv"` })
  }
  const { date: _date, ...body } = agenda
  return c.json(body, 200, { vary: 'Accept' })
}
