import { z } from '@hono/zod-openapi'
import { contractKinds } from '../../domain/contracts.js'
import { charts, funnelStages } from '../../domain/stats.js'
import { businessDate, uuid } from '../../lib/schemas.js'

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
  from: date('First day of the period, inclusive, in the report time zone (REPORT_TIME_ZONE, Asia/Shanghai unless configured); default: 364 days before `to`', '2026-01-01').optional(),
  to: date('Last day of the period, inclusive, in the report time zone; default: today there', '2026-12-31').optional(),
  chart: z.enum(charts).default('funnel').openapi({ description: 'With `Accept: image/svg+xml`: funnel 对接漏斗 or value-by-industry 合同金额按行业', example: 'funnel' }),
})

const partner = z
  .object({
    id: uuid('Society, workstation or expert id', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    name: z.string().openapi({ description: 'Its name', example: '山西省化工学会' }),
    completedConsultations: int('Consultations completed in the period on invitations to it', 6),
    verifiedValueFen: fen('Value of its verified contracts completed in the period', 120_000_000),
    verifiedValueText: moneyText('核验通过的合同金额', 'Its verified value', '120 万元'),
  })
  .openapi('PartnerFigure', { description: 'A partner\'s figures' })

const countRow = z.object({
  key: z.string().openapi({ description: 'The value counted (title, field, region code or `unknown`)', example: '教授' }),
  count: int('How many experts', 42),
})

export const StatsReportSchema = z
  .object({
    parkId: uuid('The park; null for all parks', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f').nullable(),
    parkName: z.string().nullable().openapi({ description: 'The park\'s name; null for all parks', example: '长治高新技术产业开发区' }),
    period: z
      .object({
        from: date('First day', '2026-01-01'),
        to: date('Last day', '2026-12-31'),
        timeZone: z.string().openapi({ description: 'The IANA time zone whose midnights bound its days and months', example: 'Asia/Shanghai' }),
        fromText: beijingText('报告期起始时刻（`from` 当日零时）', "The period's first instant (midnight starting `from` in `timeZone`)", '2026-01-01 00:00 (北京时间)'),
        toText: beijingText(
          '报告期截止时刻（不含），即截至 `to` 当日 24 时',
          "The period's end, exclusive: the midnight ending `to` in `timeZone`, written as 24:00 of `to` when it falls on a Beijing midnight",
          '2026-12-31 24:00 (北京时间)',
        ),
      })
      .openapi({
        description: 'The period reported',
        example: { from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Shanghai', fromText: '2026-01-01 00:00 (北京时间)', toText: '2026-12-31 24:00 (北京时间)' },
      }),
    funnel: z
      .array(
        z.object({
          stage: z.enum(funnelStages).openapi({ description: 'posted → proposed → accepted → consulted → signed → verified', example: 'accepted' }),
          label: z.string().openapi({ description: 'The stage in Chinese', example: '专家接受对接' }),
          count: int('Needs of the cohort that reached the stage', 12),
        }),
      )
      .openapi({ description: 'Needs posted (published) in the period, followed to today: how many reached each stage (a contract may exist without an invitation, so a stage can exceed the one before)' }),
    acceptedShare: share('Share of posted needs with an accepted invitation', 0.42),
    acceptedShareText: percentText('获得接受对接的需求占比', 'acceptedShare', '42%'),
    medianHoursToFirstAcceptance: z.number().nullable().openapi({ description: 'Median hours from a need\'s posting to its first accepted invitation, over the cohort\'s accepted needs; null when none', example: 30.5 }),
    medianHoursToFirstAcceptanceText: z.string().nullable().openapi({
      description: '发布至首次接受对接的中位时长，供阅读：至多一位小数的小时，不足 1 小时按分钟；无数据时为 null · medianHoursToFirstAcceptance for people: hours with one decimal at most, minutes under an hour; null when none',
      example: '30.5 小时',
    }),
    contracts: z
      .object({
        count: int('Contracts signed in the period (by signing date), not terminated', 8),
        valueFen: fen('Their total value', 560_000_000),
        valueText: moneyText('签订技术合同总金额', 'Their total value', '560 万元'),
        byKind: z.array(
          z.object({
            kind: z.enum(contractKinds).openapi({ description: 'Contract type', example: 'development' }),
            label: z.string().openapi({ description: 'Type in Chinese', example: '技术开发' }),
            count: int('Contracts', 3),
            valueFen: fen('Value', 300_000_000),
            valueText: moneyText('该类型合同金额', 'Value', '300 万元'),
          }),
        ),
        byIndustry: z.array(
          z.object({
            industryCode: z.string().openapi({ description: 'The need\'s industry', example: 'modern_coal_chemical' }),
            industryName: z.string().openapi({ description: 'Its name', example: '现代煤化工' }),
            count: int('Contracts', 3),
            valueFen: fen('Value', 300_000_000),
            valueText: moneyText('该行业合同金额', 'Value', '300 万元'),
          }),
        ),
      })
      .openapi({
        description: 'Signed contracts by type and by industry',
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
        contracts: int('Verified contracts completed in the period', 4),
        valueFen: fen('Their value', 260_000_000),
        valueText: moneyText('通过核验的合同金额', 'Their value', '260 万元'),
        newProducts: int('新产品', 5),
        addedRevenueFen: fen('新增销售收入', 3_800_000_000),
        addedRevenueText: moneyText('新增销售收入', 'Added revenue', '3,800 万元'),
        patentsFiled: int('专利申请', 7),
        patentsGranted: int('专利授权', 2),
        jobsCreated: int('新增就业', 36),
      })
      .openapi({
        description: 'Outcome totals of verified contracts completed in the period',
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
        description: 'Top 5 of each kind by completed consultations, then verified value',
        example: {
          societies: [{ id: '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b', name: '山西省化工学会', completedConsultations: 6, verifiedValueFen: 120_000_000, verifiedValueText: '120 万元' }],
          workstations: [],
          experts: [],
        },
      }),
    pairing: z
      .object({
        keyEnterprises: int('Key enterprises (enterprises.isKey) registered by the end of the period', 10),
        withSociety: int('…with an accepted invitation to a society', 6),
        withWorkstation: int('…with an accepted invitation to a workstation, or hosting one', 5),
        paired: int('…with both (一会一企一智库)', 4),
        coverage: share('paired / keyEnterprises', 0.4),
        coverageText: percentText('一会一企一智库结对覆盖率', 'coverage', '40%'),
      })
      .openapi({
        description: '一会一企一智库 pairing coverage at the end of the period',
        example: { keyEnterprises: 10, withSociety: 6, withWorkstation: 5, paired: 4, coverage: 0.4, coverageText: '40%' },
      }),
  })
  .openapi('StatsReport', { description: 'KPIs of a park (or of all parks) over a period' })

export const AssociationReportSchema = StatsReportSchema.extend({
  parks: z
    .array(
      z.object({
        parkId: uuid('Park', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
        parkName: z.string().openapi({ description: 'Its name', example: '长治高新技术产业开发区' }),
        posted: int('Needs posted in the period', 20),
        accepted: int('…with an accepted invitation', 9),
        signed: int('…with a signed contract', 4),
        verified: int('…with a verified contract', 2),
        contractCount: int('Contracts signed in the period', 5),
        contractValueFen: fen('Their value', 400_000_000),
        contractValueText: moneyText('该园区签订合同金额', 'Their value', '400 万元'),
      }),
    )
    .openapi({ description: 'Per park' }),
  experts: z
    .object({
      total: int('Experts registered by the end of the period and not unavailable', 330),
      byTitle: z.array(countRow).openapi({ description: 'By 职称 (empty: 未填写)' }),
      byField: z.array(countRow).openapi({ description: 'By field; an expert counts in each of its fields' }),
      byRegion: z.array(countRow).openapi({ description: 'By region code (`unknown` when not given)' }),
      byOrganisationKind: z
        .array(countRow.extend({ label: z.string().openapi({ description: 'Kind in Chinese', example: '高等院校' }) }))
        .openapi({ description: 'By organisation kind, read from the organisation\'s name: enterprise (employed by an enterprise, or 公司/集团/厂), university (大学, or 学院 unless 科学院), institute (研究院/研究所/科学院/研究中心/实验室), hospital (医院), other' }),
      monthly: z
        .array(
          z.object({
            month: z.string().openapi({ description: 'YYYY-MM in the report time zone', example: '2026-11' }),
            inflow: int('Experts registered that month', 12),
            outflow: int('Experts who became unavailable that month', 2),
          }),
        )
        .openapi({ description: 'Every month of the period' }),
    })
    .openapi({ description: '科技工作者状况: the expert pool and its monthly inflow and outflow' }),
}).openapi('AssociationReport', { description: 'KPIs across all parks, per park, and the expert pool' })
