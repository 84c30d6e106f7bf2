import type { Queryable } from '../../../platform/db/client.js'
import type { ContractKind } from '../../engagements/contracts/queries.js'
import { findPark } from '../../registry/parks/queries.js'
import * as statsDb from './queries.js'
import { DomainError } from '../../../core/errors.js'
import { type CsvCell, toCsv } from '../../../platform/http/csv.js'
import { formatBeijingTime, formatCount, formatHours, formatMoney, formatPercent, nextDay, startOfDay } from '../../../core/human-units.js'
import { barChart } from '../../../platform/http/svg-chart.js'
import { canReadParkStats, notFound, requireRole } from '../../../core/access.js'
import { contractKindLabels } from '../../engagements/contracts/service.js'
import type { Principal } from '../../../core/principal.js'

export const funnelStages = ['posted', 'proposed', 'accepted', 'consulted', 'signed', 'verified'] as const
export type FunnelStage = (typeof funnelStages)[number]

export const funnelStageLabels: Record<FunnelStage, string> = {
  posted: '发布需求',
  proposed: '发出对接邀请',
  accepted: '专家接受对接',
  consulted: '完成技术咨询',
  signed: '签订技术合同',
  verified: '成果通过核验',
}

export const organisationKindLabels: Record<string, string> = {
  university: '高等院校',
  institute: '科研院所',
  enterprise: '企业',
  hospital: '医疗机构',
  other: '其他',
}

export const charts = ['funnel', 'value-by-industry'] as const
export type Chart = (typeof charts)[number]

const topLimit = 5
const maxPeriodDays = 3660

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}

/** [from, to] in whole days of `timeZone`; defaults to the year ending today there. */
export function resolvePeriod(query: { from?: string | undefined; to?: string | undefined }, timeZone: string, now = new Date()): statsDb.StatsPeriod {
  const to = query.to ?? localDate(now, timeZone)
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10)
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
  if (days < 0) throw new DomainError('validation_failed', 'query.to: must not be before from', { errors: [{ path: 'query.to', message: 'must not be before from' }] })
  if (days > maxPeriodDays) throw new DomainError('validation_failed', 'query.from: the period is at most 10 years', { errors: [{ path: 'query.from', message: 'the period is at most 10 years' }] })
  return { from, to, timeZone }
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)

/*
 * Beside a machine figure, the text a person reads, named after the figure without its unit
 * (valueFen → valueText, acceptedShare → acceptedShareText): money in 万元, shares as
 * percentages, the period's bounds in Beijing time. The machine figures stay as they are.
 */

export interface PartnerFigure {
  id: string
  name: string
  completedConsultations: number
  verifiedValueFen: number
  verifiedValueText: string
}

export interface ReportPeriod extends statsDb.StatsPeriod {
  /** The first instant, "2026-01-01 00:00 (北京时间)". */
  fromText: string
  /** The end (exclusive), "2026-12-31 24:00 (北京时间)". */
  toText: string
}

/** The period's bounds as instants in Beijing time: from's first midnight to the midnight ending `to`, in the report's zone. */
export function periodTexts(period: statsDb.StatsPeriod): ReportPeriod {
  return {
    ...period,
    fromText: formatBeijingTime(startOfDay(period.from, period.timeZone))!,
    toText: formatBeijingTime(startOfDay(nextDay(period.to), period.timeZone), { endOfDay: true })!,
  }
}

export interface StatsReport {
  parkId: string | null
  parkName: string | null
  period: ReportPeriod
  funnel: { stage: FunnelStage; label: string; count: number }[]
  acceptedShare: number | null
  acceptedShareText: string | null
  medianHoursToFirstAcceptance: number | null
  medianHoursToFirstAcceptanceText: string | null
  contracts: {
    count: number
    valueFen: number
    valueText: string
    byKind: { kind: ContractKind; label: string; count: number; valueFen: number; valueText: string }[]
    byIndustry: { industryCode: string; industryName: string; count: number; valueFen: number; valueText: string }[]
  }
  outcomes: statsDb.OutcomeTotalsRow & { valueText: string; addedRevenueText: string }
  topPartners: { societies: PartnerFigure[]; workstations: PartnerFigure[]; experts: PartnerFigure[] }
  pairing: statsDb.PairingRow & { coverage: number | null; coverageText: string | null }
}

export interface AssociationReport extends StatsReport {
  parks: {
    parkId: string
    parkName: string
    posted: number
    accepted: number
    signed: number
    verified: number
    contractCount: number
    contractValueFen: number
    contractValueText: string
  }[]
  experts: {
    total: number
    byTitle: statsDb.CountRow[]
    byField: statsDb.CountRow[]
    byRegion: statsDb.CountRow[]
    byOrganisationKind: (statsDb.CountRow & { label: string })[]
    monthly: statsDb.ExpertFlowRow[]
  }
}

async function buildReport(sql: Queryable, park: { id: string; name: string } | null, period: statsDb.StatsPeriod): Promise<StatsReport> {
  const parkId = park?.id ?? null
  const [funnelRow] = await statsDb.needFunnel(sql, parkId, period)
  const funnel = funnelRow!
  const signed = await statsDb.signedContracts(sql, parkId, period)
  const outcomes = await statsDb.verifiedOutcomes(sql, parkId, period)
  const partners = await statsDb.topPartners(sql, parkId, period, topLimit)
  const pairing = await statsDb.pairingCoverage(sql, parkId, period)
  const partnersOf = (kind: statsDb.TopPartnerRow['kind']) =>
    partners
      .filter((row) => row.kind === kind)
      .map(({ id, name, completedConsultations, verifiedValueFen }) => ({ id, name, completedConsultations, verifiedValueFen, verifiedValueText: formatMoney(verifiedValueFen) }))
  const acceptedShare = ratio(funnel.accepted, funnel.posted)
  const coverage = ratio(pairing.paired, pairing.keyEnterprises)
  const valueFen = signed.byKind.reduce((sum, row) => sum + row.valueFen, 0)
  return {
    parkId,
    parkName: park?.name ?? null,
    period: periodTexts(period),
    funnel: funnelStages.map((stage) => ({ stage, label: funnelStageLabels[stage], count: funnel[stage] })),
    acceptedShare,
    acceptedShareText: formatPercent(acceptedShare),
    medianHoursToFirstAcceptance: funnel.medianHoursToFirstAcceptance,
    medianHoursToFirstAcceptanceText: formatHours(funnel.medianHoursToFirstAcceptance),
    contracts: {
      count: signed.byKind.reduce((sum, row) => sum + row.count, 0),
      valueFen,
      valueText: formatMoney(valueFen),
      byKind: signed.byKind.map((row) => ({
        kind: row.key as ContractKind,
        label: contractKindLabels[row.key as ContractKind],
        count: row.count,
        valueFen: row.valueFen,
        valueText: formatMoney(row.valueFen),
      })),
      byIndustry: signed.byIndustry.map((row) => ({ industryCode: row.key, industryName: row.name, count: row.count, valueFen: row.valueFen, valueText: formatMoney(row.valueFen) })),
    },
    outcomes: { ...outcomes, valueText: formatMoney(outcomes.valueFen), addedRevenueText: formatMoney(outcomes.addedRevenueFen) },
    topPartners: { societies: partnersOf('society'), workstations: partnersOf('workstation'), experts: partnersOf('expert') },
    pairing: { ...pairing, coverage, coverageText: formatPercent(coverage) },
  }
}

/** A park's report: its park staff and admins (parks are public, so others get 403). */
export async function parkStats(sql: Queryable, principal: Principal, parkId: string, period: statsDb.StatsPeriod): Promise<StatsReport> {
  const park = await findPark(sql, parkId)
  if (!park) throw notFound('park', parkId)
  if (!canReadParkStats(principal, parkId)) throw new DomainError('forbidden', 'Only this park\'s staff and admins read its statistics')
  return buildReport(sql, park, period)
}

/** A park staff key's own park's report: the park a person works for, without its id. */
export async function ownParkStats(sql: Queryable, principal: Principal, period: statsDb.StatsPeriod): Promise<StatsReport> {
  if (principal.role !== 'park_staff') {
    throw new DomainError('forbidden', `只有园区工作人员有本园区 (only a park staff key has a park of its own); a ${principal.role} key names the park: GET /v1/parks/{id}/stats`)
  }
  return parkStats(sql, principal, principal.parkId, period)
}

/** The association's report across parks, with per-park figures and 科技工作者状况 (admins). */
export async function associationStats(sql: Queryable, principal: Principal, period: statsDb.StatsPeriod): Promise<AssociationReport> {
  requireRole(principal, ['admin'], 'read the association\'s statistics')
  const report = await buildReport(sql, null, period)
  const [parks, funnels, values, profile, monthly] = [
    await statsDb.parkNames(sql),
    await statsDb.needFunnel(sql, null, period, true),
    await statsDb.signedValueByPark(sql, period),
    await statsDb.expertProfile(sql, period),
    await statsDb.expertFlows(sql, period),
  ]
  return {
    ...report,
    parks: parks.map((park) => {
      const funnel = funnels.find((row) => row.parkId === park.id)
      const value = values.find((row) => row.parkId === park.id)
      const contractValueFen = value?.valueFen ?? 0
      return {
        parkId: park.id,
        parkName: park.name,
        posted: funnel?.posted ?? 0,
        accepted: funnel?.accepted ?? 0,
        signed: funnel?.signed ?? 0,
        verified: funnel?.verified ?? 0,
        contractCount: value?.count ?? 0,
        contractValueFen,
        contractValueText: formatMoney(contractValueFen),
      }
    }),
    experts: {
      ...profile,
      byOrganisationKind: profile.byOrganisationKind.map((row) => ({ ...row, label: organisationKindLabels[row.key] ?? row.key })),
      monthly,
    },
  }
}

// Rendering ----------------------------------------------------------------------------------------

/**
 * The CSV layout: one figure per row, `section,key,label,metric,value,display`. `section` groups
 * rows (period, funnel, summary, contracts, contractsByKind, contractsByIndustry, outcomes,
 * topSocieties, topWorkstations, topExperts, pairing; association-wide also parks, expertsByTitle,
 * expertsByField, expertsByRegion, expertsByOrganisationKind, expertFlows); `key` is the machine
 * name or id; `label` its Chinese name; `metric` what `value` counts (count, valueFen, ratio,
 * hours, date, …). `value` is the machine figure, for sums and formulas: money in integer fen,
 * ratios 0–1, an unknown value empty. `display` is the same figure as a person reads it (2,557.2
 * 万元, 70.8%, 6.3 小时, 2026-01-01 00:00 (北京时间)): a column of its own, so a spreadsheet still
 * adds up `value` while a printout shows `display`.
 */
export const csvHeader = ['section', 'key', 'label', 'metric', 'value', 'display'] as const

/** The display text of a row's value, by its metric. */
function displayOf(metric: string, value: CsvCell): string {
  if (value === null || value === '') return ''
  if (typeof value !== 'number') return value
  if (metric.endsWith('Fen')) return formatMoney(value)
  if (metric === 'ratio') return formatPercent(value) ?? ''
  if (metric === 'hours') return formatHours(value) ?? ''
  return formatCount(value)
}

export function statsCsv(report: StatsReport | AssociationReport): string {
  const figures: CsvCell[][] = [
    ...report.funnel.map((stage) => ['funnel', stage.stage, stage.label, 'count', stage.count]),
    ['summary', 'acceptedShare', '获得接受对接的需求占比', 'ratio', report.acceptedShare],
    ['summary', 'medianHoursToFirstAcceptance', '发布至首次接受的中位时长（小时）', 'hours', report.medianHoursToFirstAcceptance],
    ['contracts', 'total', '签订技术合同', 'count', report.contracts.count],
    ['contracts', 'total', '签订技术合同', 'valueFen', report.contracts.valueFen],
    ...report.contracts.byKind.flatMap((row) => [
      ['contractsByKind', row.kind, row.label, 'count', row.count],
      ['contractsByKind', row.kind, row.label, 'valueFen', row.valueFen],
    ]),
    ...report.contracts.byIndustry.flatMap((row) => [
      ['contractsByIndustry', row.industryCode, row.industryName, 'count', row.count],
      ['contractsByIndustry', row.industryCode, row.industryName, 'valueFen', row.valueFen],
    ]),
    ['outcomes', 'contracts', '通过核验的合同', 'count', report.outcomes.contracts],
    ['outcomes', 'valueFen', '通过核验的合同金额', 'valueFen', report.outcomes.valueFen],
    ['outcomes', 'newProducts', '新产品', 'count', report.outcomes.newProducts],
    ['outcomes', 'addedRevenueFen', '新增销售收入', 'valueFen', report.outcomes.addedRevenueFen],
    ['outcomes', 'patentsFiled', '专利申请', 'count', report.outcomes.patentsFiled],
    ['outcomes', 'patentsGranted', '专利授权', 'count', report.outcomes.patentsGranted],
    ['outcomes', 'jobsCreated', '新增就业', 'count', report.outcomes.jobsCreated],
    ...(['societies', 'workstations', 'experts'] as const).flatMap((kind) =>
      report.topPartners[kind].flatMap((row) => {
        const section = `top${kind[0]!.toUpperCase()}${kind.slice(1)}`
        return [
          [section, row.id, row.name, 'completedConsultations', row.completedConsultations],
          [section, row.id, row.name, 'verifiedValueFen', row.verifiedValueFen],
        ]
      }),
    ),
    ['pairing', 'keyEnterprises', '重点企业', 'count', report.pairing.keyEnterprises],
    ['pairing', 'withSociety', '已结对学会', 'count', report.pairing.withSociety],
    ['pairing', 'withWorkstation', '已结对工作站（智库）', 'count', report.pairing.withWorkstation],
    ['pairing', 'paired', '一会一企一智库结对', 'count', report.pairing.paired],
    ['pairing', 'coverage', '结对覆盖率', 'ratio', report.pairing.coverage],
  ]
  if ('experts' in report) {
    for (const park of report.parks) {
      for (const metric of ['posted', 'accepted', 'signed', 'verified', 'contractCount', 'contractValueFen'] as const) {
        figures.push(['parks', park.parkId, park.parkName, metric, park[metric]])
      }
    }
    figures.push(['experts', 'total', '专家总数', 'count', report.experts.total])
    for (const row of report.experts.byTitle) figures.push(['expertsByTitle', row.key, row.key, 'count', row.count])
    for (const row of report.experts.byField) figures.push(['expertsByField', row.key, row.key, 'count', row.count])
    for (const row of report.experts.byRegion) figures.push(['expertsByRegion', row.key, row.key, 'count', row.count])
    for (const row of report.experts.byOrganisationKind) figures.push(['expertsByOrganisationKind', row.key, row.label, 'count', row.count])
    for (const row of report.experts.monthly) {
      figures.push(['expertFlows', row.month, row.month, 'inflow', row.inflow])
      figures.push(['expertFlows', row.month, row.month, 'outflow', row.outflow])
    }
  }
  const rows: CsvCell[][] = [
    ['period', 'from', '起始日期', 'date', report.period.from, report.period.fromText],
    ['period', 'to', '截止日期', 'date', report.period.to, report.period.toText],
    ['period', 'park', report.parkName ?? '全部园区', 'parkId', report.parkId ?? '', ''],
    ...figures.map((row) => [...row, displayOf(String(row[3]), row[4]!)]),
  ]
  return toCsv(csvHeader, rows)
}

/** The chart's title: what it shows, whose, when — the park name is the part that may be cut short to fit. */
function chartTitle(what: string, report: StatsReport): string[] {
  return [what, report.parkName ?? '全部园区', `${report.period.from} 至 ${report.period.to}`]
}

export function statsChart(report: StatsReport, chart: Chart): string {
  if (chart === 'funnel') {
    return barChart(
      chartTitle('需求对接漏斗', report),
      report.funnel.map((stage) => ({ label: stage.label, value: stage.count, display: String(stage.count) })),
      { axis: { caption: '需求（项）', integer: true } },
    )
  }
  // Bars and axis in 万元, each bar's label in the report's own money text.
  return barChart(
    chartTitle('技术合同金额（按行业）', report),
    report.contracts.byIndustry.map((row) => ({ label: row.industryName, value: row.valueFen / 1_000_000, display: row.valueText })),
    { axis: { caption: '万元' } },
  )
}
