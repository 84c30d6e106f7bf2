import { type RouteConfig, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type AppRouteHandler, type Caller, type OperationText, type RouteContext, inDocumentOrder } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { negotiate } from '../../../../platform/http/negotiate.js'
import { authErrorResponses, commonErrorResponses } from '../../../../platform/http/problem.js'
import type { AppBindings } from '../../../../platform/http/types.js'
import type { AssociationReportSchema, Chart, StatsPeriod, StatsQuerySchema, StatsReport, StatsReportSchema } from '../model.js'
import { resolvePeriod } from '../service.js'
import { statsChart } from './stats-chart.js'
import { statsCsv } from './stats-csv.js'

// A report is one document in three representations: JSON, CSV (a spreadsheet) and an SVG chart.

const csv = z.string().openapi({
  description:
    'UTF-8 with BOM, CRLF, RFC 4180 quoting; header `section,key,label,metric,value,display`, one figure per row (sections: period, funnel, summary, answeredBy, contracts, contractsByKind, contractsByIndustry, outcomes, topSocieties, topWorkstations, topExperts, pairing, events; association-wide also parks, experts, expertsByTitle, expertsByField, expertsByRegion, expertsByOrganisationKind, expertFlows). `value` is the machine figure to sum and chart: money in integer fen, ratios 0–1, period bounds as dates. `display` is the same figure as a person reads it (展示列): money in 万元 (元 under 1 万元), ratios as percentages, hours, period bounds in 北京时间.',
  example:
    '\uFEFFsection,key,label,metric,value,display\r\nperiod,from,起始日期,date,2026-01-01,2026-01-01 00:00 (北京时间)\r\nfunnel,posted,发布需求,count,12,12\r\nsummary,acceptedShare,获得接受对接的需求占比,ratio,0.7083333333333334,70.8%\r\ncontracts,total,签订技术合同,valueFen,2557200000,"2,557.2 万元"\r\n',
})
const svg = z.string().openapi({
  description:
    'A standalone SVG bar chart with Chinese labels and a value axis: `chart=funnel` (needs per stage) or `chart=value-by-industry` (signed contract value per industry, axis and labels in 万元). The title (chart, park, period) fits the 720 px width: one line, else two, shrinking to 14 px; a park name too long even then is cut short with …, and the full title is the chart\'s <title> (tooltip).',
  example: '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg">…</svg>',
})
const representations = <S extends typeof StatsReportSchema | typeof AssociationReportSchema>(schema: S) => ({
  'application/json': { schema },
  'text/csv': { schema: csv },
  'image/svg+xml': { schema: svg },
})
export const negotiation = 'Pick the representation with `Accept`: `application/json` (default), `text/csv` (the report as flat rows) or `image/svg+xml` (the chart named by `chart`).'

/** `GET` a report: its query (and a park's id), answered in the representation `Accept` picks. */
export function reportOperation<R extends { query: typeof StatsQuerySchema }, S extends typeof StatsReportSchema | typeof AssociationReportSchema, E extends RouteConfig['responses']>(
  path: string,
  text: OperationText,
  request: R,
  schema: S,
  extraResponses: E,
) {
  return createRoute({
    method: 'get',
    path,
    ...inDocumentOrder(text),
    request,
    responses: { 200: { description: '统计报告 · The report', content: representations(schema) }, ...commonErrorResponses, ...authErrorResponses, ...extraResponses },
  })
}

const offers = ['application/json', 'text/csv', 'image/svg+xml'] as const

/** CSV and SVG are text bodies of their own media type; JSON (null here) goes through c.json like every route. */
export function renderReport(c: Context<AppBindings>, report: StatsReport, chart: Chart, filename: string) {
  const type = negotiate(c.req.header('accept'), offers)
  const vary = { vary: 'Accept' }
  if (type === 'text/csv') {
    return c.body(statsCsv(report), 200, { ...vary, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}.csv"` })
  }
  if (type === 'image/svg+xml') {
    const headers = { ...vary, 'content-type': 'image/svg+xml; charset=utf-8', 'content-disposition': `inline; filename="${filename}-${chart}.svg"` }
    return c.body(statsChart(report, chart), 200, headers)
  }
  return null
}

/**
 * A report's handler: the period the query names (in the report time zone), the report `build`
 * makes of it, in the representation `Accept` picks; its files are named `<file>-<from>-<to>`.
 */
export function reportHandler<R extends RouteConfig>(_route: R, build: (caller: Caller<R>, period: StatsPeriod) => Promise<StatsReport>, file: string): AppRouteHandler<R> {
  return (async (c: RouteContext<R>) => {
    const query = (c.req.valid as (target: 'query') => z.infer<typeof StatsQuerySchema>)('query')
    const report = await build({ sql: c.get('sql'), actor: actorOf(c), c }, resolvePeriod(query, c.get('deps').config.REPORT_TIME_ZONE))
    return renderReport(c, report, query.chart, `${file}-${report.period.from}-${report.period.to}`) ?? c.json(report, 200, { vary: 'Accept' })
  }) as unknown as AppRouteHandler<R>
}
