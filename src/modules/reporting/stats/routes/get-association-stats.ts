import { tags } from '../../../../platform/http/kit.js'
import { AssociationReportSchema, StatsQuerySchema } from '../model.js'
import { associationStats } from '../service.js'
import { negotiation, reportHandler, reportOperation } from './report.js'

export const route = reportOperation('/v1/stats', {
  operationId: 'getAssociationStats', tags: [tags.admin], summary: '全局统计与科技工作者状况 · KPIs across all parks, per park, and the state of sci-tech workers (admins)',
  description: `仅管理员可查（其他角色 403）：跨园区汇总、各园区统计及科技工作者状况，可选 JSON、CSV 或 SVG 图表。\n\nAdmins only (others 403). ${negotiation}`,
}, { query: StatsQuerySchema }, AssociationReportSchema, {})

export const handler = reportHandler(route, ({ sql, actor }, period) => associationStats(sql, actor.principal, period), 'stats')
