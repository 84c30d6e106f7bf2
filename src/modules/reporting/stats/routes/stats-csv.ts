import { formatCount, formatHours, formatMoney, formatPercent } from '../../../../core/human-units.js'
import { type CsvCell, toCsv } from '../../../../platform/http/csv.js'
import type { AssociationReport, StatsReport } from '../model.js'

/**
 * The CSV layout: one figure per row, `section,key,label,metric,value,display`. `section` groups
 * rows (period, funnel, summary, contracts, contractsByKind, contractsByIndustry, outcomes,
 * topSocieties, topWorkstations, topExperts, pairing, events; association-wide also parks, expertsByTitle,
 * expertsByField, expertsByRegion, expertsByOrganisationKind, expertFlows); `key` is the machine
 * name or id; `label` its Chinese name; `metric` what `value` counts (count, valueFen, ratio,
 * hours, date, …). `value` is the machine figure, for sums and formulas: money in integer fen,
 * ratios 0–1, an unknown value empty. `display` is the same figure as a person reads it (2,557.2
 * 万元, 70.8%, 6.3 小时, 2026-01-01 00:00 (北京时间)): a column of its own, so a spreadsheet still
 * adds up `value` while a printout shows `display`.
 */
const csvHeader = ['section', 'key', 'label', 'metric', 'value', 'display'] as const

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
    ['answeredBy', 'invitation', '经邀请获得接受', 'count', report.answeredBy.invitation],
    ['answeredBy', 'proposal', '经揭榜方案被采纳', 'count', report.answeredBy.proposal],
    ['answeredBy', 'needsWithProposals', '收到揭榜方案的需求', 'count', report.answeredBy.needsWithProposals],
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
    ['events', 'held', '举办产需对接会', 'count', report.events.held],
    ['events', 'meetings', '对接会洽谈场次', 'count', report.events.meetings],
    ['events', 'invitations', '对接会发出邀请', 'count', report.events.invitations],
    ['events', 'accepted', '对接会邀请获接受', 'count', report.events.accepted],
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
