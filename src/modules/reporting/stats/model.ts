import { z } from '@hono/zod-openapi'
import { contractKinds } from '../../engagements/index.js'
import type { CandidateKind } from '../../../core/vocabulary.js'
import { businessDate, uuid } from '../../../core/schemas.js'

/** The stages of the matchmaking funnel, in order. */
export const funnelStages = ['posted', 'proposed', 'accepted', 'consulted', 'signed', 'verified'] as const
export type FunnelStage = (typeof funnelStages)[number]

/** The charts a report draws as SVG. */
export const charts = ['funnel', 'value-by-industry'] as const
export type Chart = (typeof charts)[number]

const int = (description: string, example: number) => z.number().int().openapi({ description, example })
const fen = (description: string, example: number) => z.number().int().openapi({ description: `${description}, integer fen`, example })
const share = (description: string, example: number) => z.number().nullable().openapi({ description: `${description}; null when there is nothing to divide by`, example })
const date = (description: string, example: string) => businessDate(description, example)

// Text for people beside each machine figure, named after the figure without its unit (valueFen → valueText).
const moneyText = (zh: string, en: string, example: string) =>
  z.string().openapi({
    description: `${zh}，供阅读：1 万元起以万元计（至多两位小数，千分位分隔），不足 1 万元以元计；计算请用同级的整数分字段 · ${en} for people: 万元 from 1 万元 up (at most 2 decimals, thousands separators), 元 below; compute with the integer fen beside it`,
    example,
  })
const percentText = (zh: string, en: string, example: string) =>
  z.string().nullable().openapi({
    description: `${zh}，百分比，至多一位小数（既非 0 也非 1 的占比写作 <0.1% 或 >99.9%）；无分母时为 null · ${en} as a percentage, at most one decimal (a share strictly between 0 and 1 never reads 0% or 100%); null when the share is null`,
    example,
  })
const beijingText = (zh: string, en: string, example: string) =>
  z.string().openapi({ description: `${zh}，北京时间（UTC+8），格式 \`YYYY-MM-DD HH:mm (北京时间)\` · ${en}, in China Standard Time (UTC+8)`, example })

export const StatsQuerySchema = z.object({
  from: date('报告期第一天（含当天），按报告时区（REPORT_TIME_ZONE，未配置时为 Asia/Shanghai）计；默认为 `to` 之前 364 天。First day of the period, inclusive, in the report time zone (REPORT_TIME_ZONE, Asia/Shanghai unless configured); default: 364 days before `to`', '2026-01-01').optional(),
  to: date('报告期最后一天（含当天），按报告时区计；默认为该时区的今天。Last day of the period, inclusive, in the report time zone; default: today there', '2026-12-31').optional(),
  chart: z.enum(charts).default('funnel').openapi({ description: 'With `Accept: image/svg+xml`: funnel 对接漏斗 or value-by-industry 合同金额按行业', example: 'funnel' }),
})

const partner = z
  .object({
    id: uuid('学会、院士专家工作站或专家的 ID。Society, workstation or expert id', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    name: z.string().openapi({ description: '名称。Its name', example: '山西省化工学会' }),
    completedConsultations: int('报告期内经向其发出的对接邀请完成的技术咨询次数。Consultations completed in the period on invitations to it', 6),
    verifiedValueFen: fen('其报告期内完成并通过核验的技术合同金额（单位：分，整数）。Value of its verified contracts completed in the period', 120_000_000),
    verifiedValueText: moneyText('核验通过的合同金额', 'Its verified value', '120 万元'),
  })
  .openapi('PartnerFigure', { description: '合作方（学会、工作站或专家）的业绩数据。A partner\'s figures' })

const countRow = z.object({
  key: z.string().openapi({ description: '所计数的取值（职称、领域、行政区划代码，或 `unknown`）。The value counted (title, field, region code or `unknown`)', example: '教授' }),
  count: int('专家人数。How many experts', 42),
})

export const StatsReportSchema = z
  .object({
    parkId: uuid('园区 ID；统计全部园区时为 null。The park; null for all parks', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f').nullable(),
    parkName: z.string().nullable().openapi({ description: '园区名称；统计全部园区时为 null。The park\'s name; null for all parks', example: '长治高新技术产业开发区' }),
    period: z
      .object({
        from: date('报告期第一天。First day', '2026-01-01'),
        to: date('报告期最后一天。Last day', '2026-12-31'),
        timeZone: z.string().openapi({ description: '划分日、月界限（以该时区零时为界）的 IANA 时区。The IANA time zone whose midnights bound its days and months', example: 'Asia/Shanghai' }),
        fromText: beijingText('报告期起始时刻（`from` 当日零时）', "The period's first instant (midnight starting `from` in `timeZone`)", '2026-01-01 00:00 (北京时间)'),
        toText: beijingText(
          '报告期截止时刻（不含），即截至 `to` 当日 24 时',
          "The period's end, exclusive: the midnight ending `to` in `timeZone`, written as 24:00 of `to` when it falls on a Beijing midnight",
          '2026-12-31 24:00 (北京时间)',
        ),
      })
      .openapi({
        description: '报告期。The period reported',
        example: { from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Shanghai', fromText: '2026-01-01 00:00 (北京时间)', toText: '2026-12-31 24:00 (北京时间)' },
      }),
    funnel: z
      .array(
        z.object({
          stage: z.enum(funnelStages).openapi({ description: '阶段：发布需求 → 发出对接邀请 → 专家接受对接 → 完成技术咨询 → 签订技术合同 → 成果通过核验。posted → proposed → accepted → consulted → signed → verified', example: 'accepted' }),
          label: z.string().openapi({ description: '阶段的中文名称。The stage in Chinese', example: '专家接受对接' }),
          count: int('这批需求中到达该阶段的数量。Needs of the cohort that reached the stage', 12),
        }),
      )
      .openapi({ description: '对接漏斗：报告期内发布的技术需求，跟踪至今，各阶段达到的数量（技术合同可以不经对接邀请签订，所以某阶段可能多于上一阶段）。Needs posted (published) in the period, followed to today: how many reached each stage (a contract may exist without an invitation, so a stage can exceed the one before)' }),
    acceptedShare: share('已发布需求中获得接受的对接邀请的占比；无分母时为 null。Share of posted needs with an accepted invitation', 0.42),
    acceptedShareText: percentText('获得接受对接的需求占比', 'acceptedShare', '42%'),
    answeredBy: z
      .object({
        invitation: int('这批需求中经对接邀请获得接受的数量。Needs of the cohort with an accepted invitation', 9),
        proposal: int('这批需求中经揭榜方案被采纳的数量。Needs of the cohort with an accepted proposal (揭榜)', 3),
        needsWithProposals: int('这批需求中收到过揭榜方案的数量。Needs of the cohort that received at least one proposal', 5),
      })
      .openapi({ example: { invitation: 9, proposal: 3, needsWithProposals: 5 }, description: '需求如何找到合作方：企业发出邀请被接受，或专家揭榜方案被采纳（一项需求两者都有时各计一次）。How needs found partners: an invitation accepted, or a proposal (揭榜) accepted; a need with both counts in both' }),
    medianHoursToFirstAcceptance: z.number().nullable().openapi({ description: '从需求发布到首次接受对接邀请的中位小时数，按这批需求中已获接受者计算；无数据时为 null。Median hours from a need\'s posting to its first accepted invitation, over the cohort\'s accepted needs; null when none', example: 30.5 }),
    medianHoursToFirstAcceptanceText: z.string().nullable().openapi({
      description: '发布至首次接受对接的中位时长，供阅读：至多一位小数的小时，不足 1 小时按分钟；无数据时为 null · medianHoursToFirstAcceptance for people: hours with one decimal at most, minutes under an hour; null when none',
      example: '30.5 小时',
    }),
    contracts: z
      .object({
        count: int('报告期内签订（按签订日期）且未终止的技术合同数。Contracts signed in the period (by signing date), not terminated', 8),
        valueFen: fen('这些合同的总金额（单位：分，整数）。Their total value', 560_000_000),
        valueText: moneyText('签订技术合同总金额', 'Their total value', '560 万元'),
        byKind: z.array(
          z.object({
            kind: z.enum(contractKinds).openapi({ description: '合同类型。Contract type', example: 'development' }),
            label: z.string().openapi({ description: '合同类型的中文名称。Type in Chinese', example: '技术开发' }),
            count: int('合同数。Contracts', 3),
            valueFen: fen('合同金额（单位：分，整数）。Value', 300_000_000),
            valueText: moneyText('该类型合同金额', 'Value', '300 万元'),
          }),
        ),
        byIndustry: z.array(
          z.object({
            industryCode: z.string().openapi({ description: '技术需求所属行业代码。The need\'s industry', example: 'modern_coal_chemical' }),
            industryName: z.string().openapi({ description: '行业名称。Its name', example: '现代煤化工' }),
            count: int('合同数。Contracts', 3),
            valueFen: fen('合同金额（单位：分，整数）。Value', 300_000_000),
            valueText: moneyText('该行业合同金额', 'Value', '300 万元'),
          }),
        ),
      })
      .openapi({
        description: '签订的技术合同，按合同类型和行业分列。Signed contracts by type and by industry',
        example: {
          count: 2,
          valueFen: 110_000_000,
          valueText: '110 万元',
          byKind: [{ kind: 'development', label: '技术开发', count: 2, valueFen: 110_000_000, valueText: '110 万元' }],
          byIndustry: [{ industryCode: 'modern_coal_chemical', industryName: '现代煤化工', count: 2, valueFen: 110_000_000, valueText: '110 万元' }],
        },
      }),
    outcomes: z
      .object({
        contracts: int('报告期内完成并通过核验的技术合同数。Verified contracts completed in the period', 4),
        valueFen: fen('这些合同的金额（单位：分，整数）。Their value', 260_000_000),
        valueText: moneyText('通过核验的合同金额', 'Their value', '260 万元'),
        newProducts: int('新产品', 5),
        addedRevenueFen: fen('新增销售收入', 3_800_000_000),
        addedRevenueText: moneyText('新增销售收入', 'Added revenue', '3,800 万元'),
        patentsFiled: int('专利申请', 7),
        patentsGranted: int('专利授权', 2),
        jobsCreated: int('新增就业', 36),
      })
      .openapi({
        description: '报告期内完成并通过核验的技术合同的成果合计。Outcome totals of verified contracts completed in the period',
        example: {
          contracts: 4,
          valueFen: 260_000_000,
          valueText: '260 万元',
          newProducts: 5,
          addedRevenueFen: 3_800_000_000,
          addedRevenueText: '3,800 万元',
          patentsFiled: 7,
          patentsGranted: 2,
          jobsCreated: 36,
        },
      }),
    topPartners: z
      .object({ societies: z.array(partner), workstations: z.array(partner), experts: z.array(partner) })
      .openapi({
        description: '学会、工作站、专家各取前 5 名：先按完成的技术咨询次数，再按核验通过的合同金额排序。Top 5 of each kind by completed consultations, then verified value',
        example: {
          societies: [{ id: '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b', name: '山西省化工学会', completedConsultations: 6, verifiedValueFen: 120_000_000, verifiedValueText: '120 万元' }],
          workstations: [],
          experts: [],
        },
      }),
    pairing: z
      .object({
        keyEnterprises: int('报告期末已登记的重点企业数（enterprises.isKey）。Key enterprises (enterprises.isKey) registered by the end of the period', 10),
        withSociety: int('其中与学会有已接受的对接邀请的。…with an accepted invitation to a society', 6),
        withWorkstation: int('其中与院士专家工作站有已接受的对接邀请，或本身是工作站依托企业的。…with an accepted invitation to a workstation, or hosting one', 5),
        paired: int('…with both (一会一企一智库)', 4),
        coverage: share('结对覆盖率 = paired / keyEnterprises；无分母时为 null。paired / keyEnterprises', 0.4),
        coverageText: percentText('一会一企一智库结对覆盖率', 'coverage', '40%'),
      })
      .openapi({
        description: '一会一企一智库 pairing coverage at the end of the period',
        example: { keyEnterprises: 10, withSociety: 6, withWorkstation: 5, paired: 4, coverage: 0.4, coverageText: '40%' },
      }),
    events: z
      .object({
        held: int('报告期内举办（按举办日期）并已发布的产需对接会场数。Matchmaking events held in the period (by their date) and published', 2),
        meetings: int('这些对接会安排的一对一洽谈场次。The one-to-one meetings they timetabled', 46),
        invitations: int('其中发出的对接邀请数。Invitations they made', 44),
        accepted: int('其中已被专家接受的邀请数。Of those, invitations the expert accepted', 17),
      })
      .openapi({ description: '产需对接会：举办场数、洽谈场次及由此发出、被接受的对接邀请。Matchmaking events (产需对接会): held, meetings, and the invitations they made and had accepted', example: { held: 2, meetings: 46, invitations: 44, accepted: 17 } }),
  })
  .openapi('StatsReport', { description: '某个园区（或全部园区）在报告期内的指标。KPIs of a park (or of all parks) over a period' })

export const AssociationReportSchema = StatsReportSchema.extend({
  parks: z
    .array(
      z.object({
        parkId: uuid('园区 ID。Park', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
        parkName: z.string().openapi({ description: '园区名称。Its name', example: '长治高新技术产业开发区' }),
        posted: int('报告期内发布的技术需求数。Needs posted in the period', 20),
        accepted: int('其中获得接受的对接邀请的。…with an accepted invitation', 9),
        signed: int('其中已签订技术合同的。…with a signed contract', 4),
        verified: int('其中技术合同已通过核验的。…with a verified contract', 2),
        contractCount: int('报告期内签订的技术合同数。Contracts signed in the period', 5),
        contractValueFen: fen('这些合同的金额（单位：分，整数）。Their value', 400_000_000),
        contractValueText: moneyText('该园区签订合同金额', 'Their value', '400 万元'),
      }),
    )
    .openapi({ description: '各园区分列。Per park' }),
  experts: z
    .object({
      total: int('报告期末已登记且未设为暂不接受对接的专家数。Experts registered by the end of the period and not unavailable', 330),
      byTitle: z.array(countRow).openapi({ description: 'By 职称 (empty: 未填写)' }),
      byField: z.array(countRow).openapi({ description: '按领域统计；一位专家在其每个领域各计一次。By field; an expert counts in each of its fields' }),
      byRegion: z.array(countRow).openapi({ description: '按行政区划代码统计（未填写时为 `unknown`）。By region code (`unknown` when not given)' }),
      byOrganisationKind: z
        .array(countRow.extend({ label: z.string().openapi({ description: '单位类型的中文名称。Kind in Chinese', example: '高等院校' }) }))
        .openapi({ description: 'By organisation kind, read from the organisation\'s name: enterprise (employed by an enterprise, or 公司/集团/厂), university (大学, or 学院 unless 科学院), institute (研究院/研究所/科学院/研究中心/实验室), hospital (医院), other' }),
      monthly: z
        .array(
          z.object({
            month: z.string().openapi({ description: '月份（YYYY-MM），按报告时区计。YYYY-MM in the report time zone', example: '2026-11' }),
            inflow: int('当月新登记的专家数。Experts registered that month', 12),
            outflow: int('当月转为暂不接受对接的专家数。Experts who became unavailable that month', 2),
          }),
        )
        .openapi({ description: '报告期内逐月统计。Every month of the period' }),
    })
    .openapi({ description: '科技工作者状况: the expert pool and its monthly inflow and outflow' }),
}).openapi('AssociationReport', { description: '全部园区合计、各园区分列及专家队伍的指标。KPIs across all parks, per park, and the expert pool' })

export type StatsReport = z.infer<typeof StatsReportSchema>
export type AssociationReport = z.infer<typeof AssociationReportSchema>
export type ReportPeriod = StatsReport['period']
/** A report's period: whole days [from, to] (YYYY-MM-DD, inclusive) in the IANA zone whose midnights bound them. */
export type StatsPeriod = Omit<ReportPeriod, 'fromText' | 'toText'>
export type PartnerFigure = z.infer<typeof partner>

/** The aggregates the queries read: the report's figures without the text beside them. */
export type FunnelRow = Record<FunnelStage, number> & Pick<StatsReport, 'medianHoursToFirstAcceptance'> & StatsReport['answeredBy'] & { parkId: string | null }
export type OutcomeTotalsRow = Omit<StatsReport['outcomes'], 'valueText' | 'addedRevenueText'>
export type PairingRow = Omit<StatsReport['pairing'], 'coverage' | 'coverageText'>
export type EventFiguresRow = StatsReport['events']
export type TopPartnerRow = Omit<PartnerFigure, 'verifiedValueText'> & { kind: CandidateKind }
export type CountRow = z.infer<typeof countRow>
export type ExpertFlowRow = AssociationReport['experts']['monthly'][number]
