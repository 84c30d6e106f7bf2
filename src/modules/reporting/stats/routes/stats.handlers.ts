import type { Context } from 'hono'
import * as stats from '../service.js'
import { negotiate } from '../../../../platform/http/negotiate.js'
import type { AppBindings, AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './stats.routes.js'

const offers = ['application/json', 'text/csv', 'image/svg+xml'] as const

/** CSV and SVG are text bodies of their own media type; JSON goes through c.json like every route. */
function render(c: Context<AppBindings>, report: stats.StatsReport, chart: stats.Chart, filename: string) {
  const type = negotiate(c.req.header('accept'), offers)
  const vary = { vary: 'Accept' }
  if (type === 'text/csv') {
    return c.body(stats.statsCsv(report), 200, { ...vary, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}.csv"` })
  }
  if (type === 'image/svg+xml') {
    const headers = { ...vary, 'content-type': 'image/svg+xml; charset=utf-8', 'content-disposition': `inline; filename="${filename}-${chart}.svg"` }
    return c.body(stats.statsChart(report, chart), 200, headers)
  }
  return null
}

export const getParkStats: AppRouteHandler<typeof routes.getParkStats> = async (c) => {
  const query = c.req.valid('query')
  const report = await stats.parkStats(c.var.sql, c.var.principal, c.req.valid('param').id, stats.resolvePeriod(query, c.var.deps.config.REPORT_TIME_ZONE))
  const other = render(c, report, query.chart, `park-stats-${report.period.from}-${report.period.to}`)
  return other ?? c.json(report, 200, { vary: 'Accept' })
}

export const getOwnParkStats: AppRouteHandler<typeof routes.getOwnParkStats> = async (c) => {
  const query = c.req.valid('query')
  const report = await stats.ownParkStats(c.var.sql, c.var.principal, stats.resolvePeriod(query, c.var.deps.config.REPORT_TIME_ZONE))
  const other = render(c, report, query.chart, `park-stats-${report.period.from}-${report.period.to}`)
  return other ?? c.json(report, 200, { vary: 'Accept' })
}

export const getAssociationStats: AppRouteHandler<typeof routes.getAssociationStats> = async (c) => {
  const query = c.req.valid('query')
  const report = await stats.associationStats(c.var.sql, c.var.principal, stats.resolvePeriod(query, c.var.deps.config.REPORT_TIME_ZONE))
  const other = render(c, report, query.chart, `stats-${report.period.from}-${report.period.to}`)
  return other ?? c.json(report, 200, { vary: 'Accept' })
}
