import { tags } from '../../../../platform/http/openapi.js'
import { IdParamSchema } from '../../../../platform/http/operations.js'
import { notFoundResponse } from '../../../../platform/http/problem.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { StatsQuerySchema, StatsReportSchema } from '../model.js'
import { parkStats, resolvePeriod } from '../service.js'
import { negotiation, renderReport, reportOperation } from './report.js'

export const route = reportOperation(
  '/v1/parks/{id}/stats',
  {
    operationId: 'getParkStats',
    summary: '园区统计 KPI · A park\'s KPIs: funnel, contracts, outcomes, top partners, pairing',
    description: `该园区的工作人员和管理员可查（其他角色 403）：指定园区的对接漏斗、合同金额、成果、合作方排行与结对情况，可选 JSON、CSV（Excel 直接打开）或 SVG 图表。\n\nThe park's staff and admins (others 403). ${negotiation}`,
    tags: [tags.parkStats],
  },
  { params: IdParamSchema, query: StatsQuerySchema },
  StatsReportSchema,
  notFoundResponse,
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const query = c.req.valid('query')
  const report = await parkStats(c.var.sql, c.var.principal, c.req.valid('param').id, resolvePeriod(query, c.var.deps.config.REPORT_TIME_ZONE))
  const other = renderReport(c, report, query.chart, `park-stats-${report.period.from}-${report.period.to}`)
  return other ?? c.json(report, 200, { vary: 'Accept' })
}
