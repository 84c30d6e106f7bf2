import type { Principal } from '../../core/principal.js'
import type { Queryable } from '../../platform/db/client.js'
import { type CsvCell, toCsv } from '../../platform/http/csv.js'
import type { Agenda, AgendaQuery } from './agenda-model.js'
import * as eventsDb from './queries.js'
import { visibleEvent } from './service.js'

/** The agenda of the last solve: every meeting, or one expert's or one enterprise's (a per-person schedule). */
export async function getAgenda(sql: Queryable, principal: Principal, id: string, query: AgendaQuery = {}): Promise<Agenda & { title: string; date: string }> {
  const event = await visibleEvent(sql, principal, id)
  const meetings = await eventsDb.listMeetings(sql, id, query)
  return { eventId: id, status: event.status, solution: event.solution, meetings, title: event.title, date: event.date }
}

const header = ['日期 date', '时段 slot', '开始 start', '结束 end', '洽谈桌 table', '需求 need', '企业 enterprise', '专家 expert', '匹配把握 confidence', '园区指定 pinned', '邀请 matchId', '备注 note'] as const

/** The agenda as a spreadsheet: one meeting a row, in slot and table order, UTF-8 with BOM. */
export function agendaCsv(agenda: Agenda & { date: string }): string {
  const rows: CsvCell[][] = agenda.meetings.map((m) => [
    agenda.date,
    m.slot === null ? null : m.slot + 1,
    m.start,
    m.end,
    m.tableName,
    m.needTitle,
    m.enterpriseName,
    m.expertName,
    Math.round(m.confidence * 100) / 100,
    m.pinned ? '是' : '',
    m.matchId,
    m.slot === null ? '未能排入时段 (not timetabled)' : (m.publishError ?? ''),
  ])
  return toCsv(header, rows)
}
