import { createRoute, z } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import { authErrorResponses, commonErrorResponses, notFoundResponse } from '../../../../platform/http/problem.js'
import { IdParamSchema } from '../../../../platform/http/operations.js'
import { AssociationReportSchema, StatsQuerySchema, StatsReportSchema } from '../model.js'

const csv = z.string().openapi({
  description:
    'UTF-8 with BOM, CRLF, RFC 4180 quoting; header `section,key,label,metric,value,display`, one figure per row (sections: period, funnel, summary, contracts, contractsByKind, contractsByIndustry, outcomes, topSocieties, topWorkstations, topExperts, pairing; association-wide also parks, experts, expertsByTitle, expertsByField, expertsByRegion, expertsByOrganisationKind, expertFlows). `value` is the machine figure to sum and chart: money in integer fen, ratios 0–1, period bounds as dates. `display` is the same figure as a person reads it (展示列): money in 万元 (元 under 1 万元), ratios as percentages, hours, period bounds in 北京时间.',
  example:
    '\uFEFFsection,key,label,metric,value,display\r\nperiod,from,起始日期,date,2026-01-01,2026-01-01 00:00 (北京时间)\r\nfunnel,posted,发布需求,count,12,12\r\nsummary,acceptedShare,获得接受对接的需求占比,ratio,0.7083333333333334,70.8%\r\ncontracts,total,签订技术合同,valueFen,2557200000,"2,557.2 万元"\r\n',
})
const svg = z.string().openapi({
  description:
    'A standalone SVG bar chart with Chinese labels and a value axis: `chart=funnel` (needs per stage) or `chart=value-by-industry` (signed contract value per industry, axis and labels in 万元). The title (chart, park, period) fits the 720 px width: one line, else two, shrinking to 14 px; a park name too long even then is cut short with …, and the full title is the chart\'s <title> (tooltip).',
  example: '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg">…</svg>',
})
const representations = (schema: typeof StatsReportSchema | typeof AssociationReportSchema) => ({
  'application/json': { schema },
  'text/csv': { schema: csv },
  'image/svg+xml': { schema: svg },
})
const negotiation = 'Pick the representation with `Accept`: `application/json` (default), `text/csv` (the report as flat rows) or `image/svg+xml` (the chart named by `chart`).'

export const getParkStats = createRoute({
  method: 'get',
  path: '/v1/parks/{id}/stats',
  operationId: 'getParkStats',
  summary: '园区统计 KPI · A park\'s KPIs: funnel, contracts, outcomes, top partners, pairing',
  description: `该园区的工作人员和管理员可查（其他角色 403）：指定园区的对接漏斗、合同金额、成果、合作方排行与结对情况，可选 JSON、CSV（Excel 直接打开）或 SVG 图表。\n\nThe park's staff and admins (others 403). ${negotiation}`,
  tags: [tags.parkStats],
  request: { params: IdParamSchema, query: StatsQuerySchema },
  responses: {
    200: { description: '统计报告 · The report', content: representations(StatsReportSchema) },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})

export const getOwnParkStats = createRoute({
  method: 'get',
  path: '/v1/parks/me/stats',
  operationId: 'getOwnParkStats',
  summary: '本园区统计 KPI · My park\'s KPIs, without looking up its id',
  description: `园区工作人员查看本园区统计（对接漏斗、合同金额、成果、合作方排行），无需先查园区 id；可选 JSON、CSV（Excel 直接打开）或 SVG 图表。其他角色 403（管理员请用按园区 id 查询的接口）。\n\nThe park staff key's own park: the same report as \`GET /v1/parks/{id}/stats\` (other roles 403: admins name the park there). ${negotiation}`,
  tags: [tags.parkStats],
  request: { query: StatsQuerySchema },
  responses: {
    200: { description: '统计报告 · The report', content: representations(StatsReportSchema) },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const getAssociationStats = createRoute({
  method: 'get',
  path: '/v1/stats',
  operationId: 'getAssociationStats',
  summary: '全局统计与科技工作者状况 · KPIs across all parks, per park, and the state of sci-tech workers (admins)',
  description: `仅管理员可查（其他角色 403）：跨园区汇总、各园区统计及科技工作者状况，可选 JSON、CSV 或 SVG 图表。\n\nAdmins only (others 403). ${negotiation}`,
  tags: [tags.admin],
  request: { query: StatsQuerySchema },
  responses: {
    200: { description: '统计报告 · The report', content: representations(AssociationReportSchema) },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})
