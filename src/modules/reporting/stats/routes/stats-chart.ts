import { barChart } from '../../../../platform/http/svg-chart.js'
import type { Chart, StatsReport } from '../model.js'

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
