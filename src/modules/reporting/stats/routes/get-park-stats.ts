import { IdParamSchema, tags } from '../../../../platform/http/kit.js'
import { notFoundResponse } from '../../../../platform/http/problem.js'
import { StatsQuerySchema, StatsReportSchema } from '../model.js'
import { parkStats } from '../service.js'
import { negotiation, reportHandler, reportOperation } from './report.js'

export const route = reportOperation('/v1/parks/{id}/stats', {
  operationId: 'getParkStats', tags: [tags.parkStats], summary: '园区统计 KPI · A park\'s KPIs: funnel, contracts, outcomes, top partners, pairing',
  description: `该园区的工作人员和管理员可查（其他角色 403）：指定园区的对接漏斗、合同金额、成果、合作方排行与结对情况，可选 JSON、CSV（Excel 直接打开）或 SVG 图表。\n\nThe park's staff and admins (others 403). ${negotiation}`,
}, { params: IdParamSchema, query: StatsQuerySchema }, StatsReportSchema, notFoundResponse)

export const handler = reportHandler(route, ({ sql, actor, c }, period) => parkStats(sql, actor.principal, c.req.valid('param').id, period), 'park-stats')
