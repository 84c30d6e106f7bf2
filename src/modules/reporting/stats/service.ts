import type { Queryable } from '../../../platform/db/client.js'
import type { ContractKind } from '../../engagements/index.js'
import { findPark } from '../../registry/index.js'
import * as statsDb from './queries.js'
import { DomainError } from '../../../core/errors.js'
import { formatBeijingTime, formatHours, formatMoney, formatPercent, nextDay, startOfDay } from '../../../core/human-units.js'
import { canReadParkStats, notFound, requireRole } from '../../../core/access.js'
import { contractKindLabels } from '../../engagements/index.js'
import type { Principal } from '../../../core/principal.js'
import { type AssociationReport, type FunnelStage, type ReportPeriod, type StatsReport, funnelStages } from './model.js'

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

/** The period's bounds as instants in Beijing time: from's first midnight to the midnight ending `to`, in the report's zone. */
export function periodTexts(period: statsDb.StatsPeriod): ReportPeriod {
  return {
    ...period,
    fromText: formatBeijingTime(startOfDay(period.from, period.timeZone))!,
    toText: formatBeijingTime(startOfDay(nextDay(period.to), period.timeZone), { endOfDay: true })!,
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
  const events = await statsDb.eventFigures(sql, parkId, period)
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
    answeredBy: { invitation: funnel.invitation, proposal: funnel.proposal, needsWithProposals: funnel.needsWithProposals },
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
    events,
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
