import { tags } from '../../../../platform/http/kit.js'
import { StatsQuerySchema, StatsReportSchema } from '../model.js'
import { ownParkStats } from '../service.js'
import { negotiation, reportHandler, reportOperation } from './report.js'

export const route = reportOperation('/v1/parks/me/stats', {
  operationId: 'getOwnParkStats', tags: [tags.parkStats], summary: '本园区统计 KPI · My park\'s KPIs, without looking up its id',
  description: `园区工作人员查看本园区统计（对接漏斗、合同金额、成果、合作方排行），无需先查园区 id；可选 JSON、CSV（Excel 直接打开）或 SVG 图表。其他角色 403（管理员请用按园区 id 查询的接口）。\n\nThe park staff key's own park: the same report as \`GET /v1/parks/{id}/stats\` (other roles 403: admins name the park there). ${negotiation}`,
}, { query: StatsQuerySchema }, StatsReportSchema, {})

export const handler = reportHandler(route, ({ sql, actor }, period) => ownParkStats(sql, actor.principal, period), 'park-stats')
