import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { AssociationReportSchema, StatsQuerySchema } from '../model.js'
import { associationStats, resolvePeriod } from '../service.js'
import { negotiation, renderReport, reportOperation } from './report.js'

export const route = reportOperation(
  '/v1/stats',
  {
    operationId: 'getAssociationStats',
    summary: '全局统计与科技工作者状况 · KPIs across all parks, per park, and the state of sci-tech workers (admins)',
    description: `仅管理员可查（其他角色 403）：跨园区汇总、各园区统计及科技工作者状况，可选 JSON、CSV 或 SVG 图表。\n\nAdmins only (others 403). ${negotiation}`,
    tags: [tags.admin],
  },
  { query: StatsQuerySchema },
  AssociationReportSchema,
  {},
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const query = c.req.valid('query')
  const report = await associationStats(c.var.sql, c.var.principal, resolvePeriod(query, c.var.deps.config.REPORT_TIME_ZONE))
  const other = renderReport(c, report, query.chart, `stats-${report.period.from}-${report.period.to}`)
  return other ?? c.json(report, 200, { vary: 'Accept' })
}
