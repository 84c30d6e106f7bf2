import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../../src/modules/reporting/stats/service.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createEnterprise, createKey, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, completion, newExpert, post } from '../../helpers/flow.js'
import { type BodyOf, readJson, readProblem } from '../../helpers/http.js'
import type { OpenApiDocument } from '../../helpers/openapi-arbitraries.js'
import { validateAgainstSchema } from '../../helpers/openapi-validate.js'

/*
 * A small varied dataset is built through the API from the specs below; every KPI is then
 * computed again here, in plain TypeScript, from the same specs, and compared with the reports.
 */

type Ent = 'A' | 'K1' | 'K2' | 'K3' | 'B'
type Partner = 'e1' | 'e2' | 'S' | 'W'
type ContractEnd = 'draft' | 'signed' | 'in_progress' | 'pending' | 'verified' | 'rejected' | 'terminated_unsigned' | 'terminated_signed'
interface Outcomes { newProducts: number; addedRevenueFen: number; patentsFiled: number; patentsGranted: number; jobsCreated: number }
interface ContractSpec { kind: 'development' | 'assignment' | 'licence' | 'consulting' | 'service'; valueFen: number; end: ContractEnd; signedOn?: 'today' | 'old'; outcomes?: Outcomes }
interface NeedSpec {
  name: string
  ent: Ent
  industry: string
  draft?: boolean
  /** Posted before the period. */
  old?: boolean
  match?: { partner: Partner; accepted: boolean; hours?: number }
  consultations?: ('completed' | 'scheduled' | 'cancelled')[]
  contracts?: ContractSpec[]
}

const o = (newProducts: number, addedRevenueFen: number, patentsFiled: number, patentsGranted: number, jobsCreated: number): Outcomes => ({ newProducts, addedRevenueFen, patentsFiled, patentsGranted, jobsCreated })

const needs: NeedSpec[] = [
  { name: 'N1', ent: 'A', industry: 'new_materials', match: { partner: 'e1', accepted: true, hours: 2 }, consultations: ['completed', 'cancelled'],
    contracts: [{ kind: 'development', valueFen: 80_000_000, end: 'verified', outcomes: o(2, 1_250_000_000, 3, 1, 12) }] },
  { name: 'N2', ent: 'A', industry: 'hydrogen', match: { partner: 'S', accepted: true, hours: 10 }, consultations: ['completed', 'completed'],
    contracts: [{ kind: 'licence', valueFen: 30_000_000, end: 'signed' }, { kind: 'development', valueFen: 45_000_001, end: 'verified', outcomes: o(1, 300_000_000, 0, 2, 4) }] },
  { name: 'N3', ent: 'K1', industry: 'modern_coal_chemical', match: { partner: 'W', accepted: true, hours: 5 }, consultations: ['completed', 'scheduled'],
    contracts: [{ kind: 'service', valueFen: 5_000_000, end: 'terminated_signed' }, { kind: 'service', valueFen: 7_500_000, end: 'in_progress' }] },
  { name: 'N4', ent: 'K1', industry: 'new_materials', match: { partner: 'e2', accepted: false } },
  { name: 'N5', ent: 'A', industry: 'new_materials' },
  { name: 'N6', ent: 'A', industry: 'new_materials', draft: true },
  { name: 'N7', ent: 'K2', industry: 'energy_storage', match: { partner: 'e2', accepted: true, hours: 30 },
    contracts: [{ kind: 'assignment', valueFen: 120_000_000, end: 'rejected', outcomes: o(5, 9_000_000_000, 7, 0, 40) }, { kind: 'consulting', valueFen: 2_000_000, end: 'draft' }] },
  { name: 'N8', ent: 'K1', industry: 'hydrogen', match: { partner: 'S', accepted: true, hours: 7 },
    contracts: [{ kind: 'licence', valueFen: 15_000_000, end: 'pending', outcomes: o(0, 0, 1, 0, 0) }, { kind: 'consulting', valueFen: 1_000_000, end: 'signed', signedOn: 'old' }] },
  { name: 'N9', ent: 'A', industry: 'energy_storage', old: true, match: { partner: 'e1', accepted: true, hours: 1 }, consultations: ['completed'],
    contracts: [{ kind: 'development', valueFen: 60_000_000, end: 'signed' }, { kind: 'service', valueFen: 9_000_000, end: 'terminated_unsigned' }] },
  { name: 'B1', ent: 'B', industry: 'new_materials', match: { partner: 'e1', accepted: true, hours: 4 }, consultations: ['completed'],
    contracts: [{ kind: 'development', valueFen: 50_000_000, end: 'verified', outcomes: o(1, 100_000_000, 1, 1, 3) }] },
  { name: 'B2', ent: 'B', industry: 'hydrogen', match: { partner: 'e2', accepted: false } },
]

interface ExpertSpec { ref: string; name: string; title: string; organisation: string; fields: string[]; regionCode?: string; orgKind: string; leaves?: boolean }
const expertSpecs: ExpertSpec[] = [
  { ref: 'e1', name: '李明', title: '教授', organisation: '太原理工大学', fields: ['碳纤维', '复合材料'], regionCode: '140100', orgKind: 'university' },
  { ref: 'e2', name: '王芳', title: '研究员', organisation: '中国科学院山西煤炭化学研究所', fields: ['煤化工', '碳纤维'], regionCode: '140100', orgKind: 'institute' },
  { ref: 'e3', name: '赵强', title: '高级工程师', organisation: '山西焦化集团有限公司', fields: ['煤化工'], regionCode: '140400', orgKind: 'enterprise' },
  { ref: 'e4', name: '陈静', title: '主任医师', organisation: '长治市人民医院', fields: ['生物医药'], orgKind: 'hospital' },
  { ref: 'e5', name: '周立', title: '研究员', organisation: '长治市科技咨询服务中心', fields: ['储能'], regionCode: '140400', orgKind: 'other', leaves: true },
]

// Reports count calendar days in China Standard Time (REPORT_TIME_ZONE's default).
const today = localDate(new Date(), 'Asia/Shanghai')
const from = localDate(new Date(Date.now() - 40 * 86_400_000), 'Asia/Shanghai')
const signedOnOf = (c: ContractSpec) => (c.signedOn === 'old' ? '2020-06-01' : today)
const isSigned = (c: ContractSpec) => !['draft', 'terminated_unsigned'].includes(c.end)
const countedAsSigned = (c: ContractSpec) => isSigned(c) && c.end !== 'terminated_signed' && c.signedOn !== 'old'
const median = (values: number[]) => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(cell), (cell = '')
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    else cell += ch
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF')
  return rows
}

/** A money text ("2,557.2 万元", "9,999.99 元") as fen, with how far its rounding may lie from the figure. */
function fenOf(text: string): { fen: number; tolerance: number } {
  const match = /^(-?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?) (万元|元)$/.exec(text)
  if (!match) throw new Error(`not a money text: ${JSON.stringify(text)}`)
  const number = Number(match[1]!.replaceAll(',', ''))
  return match[2] === '万元' ? { fen: number * 1_000_000, tolerance: 5_000 } : { fen: number * 100, tolerance: 0.5 }
}

function expectMoneyText(text: string, fen: number) {
  const back = fenOf(text)
  expect(Math.abs(back.fen - fen), `${text} for ${fen} fen`).toBeLessThanOrEqual(back.tolerance)
  expect(text.endsWith(fen >= 1_000_000 ? ' 万元' : ' 元'), text).toBe(true)
}

function expectPercentText(text: string | null, share: number | null) {
  if (share === null) return expect(text).toBeNull()
  const match = /^([<>]?)(\d+(?:\.\d)?)%$/.exec(text ?? '')
  expect(match, String(text)).not.toBeNull()
  expect(Math.abs(Number(match![2]) - share * 100), `${text} for ${share}`).toBeLessThanOrEqual(match![1] ? 0.1 : 0.05 + 1e-9)
}

/**
 * Every `…Text` in a report agrees with the machine figure beside it, and every money figure and
 * share has its text. Returns how many texts were checked.
 */
function checkTexts(node: unknown, path = '$'): number {
  if (Array.isArray(node)) return node.reduce((n: number, item, i) => n + checkTexts(item, `${path}[${i}]`), 0)
  if (typeof node !== 'object' || node === null) return 0
  const object = node as Record<string, any>
  let checked = 0
  for (const [key, value] of Object.entries(object)) {
    if (key.endsWith('Fen') || ['acceptedShare', 'coverage', 'medianHoursToFirstAcceptance'].includes(key)) {
      expect(object, `${path}.${key} has no text`).toHaveProperty(`${key.replace(/Fen$/, '')}Text`)
    }
    if (!key.endsWith('Text')) {
      checked += checkTexts(value, `${path}.${key}`)
      continue
    }
    const base = key.slice(0, -'Text'.length)
    checked++
    if (`${base}Fen` in object) expectMoneyText(value, object[`${base}Fen`])
    else if (base === 'from') expect(value).toBe(`${object.from} 00:00 (北京时间)`) // reports count China Standard Time days
    else if (base === 'to') expect(value).toBe(`${object.to} 24:00 (北京时间)`)
    else if (base === 'medianHoursToFirstAcceptance') {
      if (object[base] === null) expect(value).toBeNull()
      else expect(Math.abs(Number(/^([\d,.]+) 小时$/.exec(value)![1]!.replaceAll(',', '')) - object[base])).toBeLessThanOrEqual(0.05 + 1e-9)
    } else if (base in object) expectPercentText(value, object[base])
    else throw new Error(`${path}.${key}: no machine figure beside it`)
  }
  return checked
}

/** The machine figures alone, for comparing with figures computed from the dataset. */
const machine = (value: unknown): any => JSON.parse(JSON.stringify(value, (key, v) => (key.endsWith('Text') ? undefined : v)))

/** Estimated rendered width: CJK glyphs about one em, others about 0.6 em. */
const estimatedWidth = (text: string, fontSize: number) => [...text].reduce((w, ch) => w + (/[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2026]/u.test(ch) ? 1 : 0.6) * fontSize, 0)
const unescapeXml = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!)

/** A strict-enough XML well-formedness check: balanced tags, quoted attributes, only known entities. */
function assertWellFormedXml(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '')
  const stack: string[] = []
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g
  let match: RegExpExecArray | null
  while ((match = token.exec(body))) {
    const [, closing, name, attributes, selfClosing, text, stray] = match
    if (stray) throw new Error(`stray < at ${match.index}`)
    const checkEntities = (s: string) => {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(s)) throw new Error(`bare & in ${s}`)
    }
    if (text !== undefined) {
      checkEntities(text)
      if (stack.length === 0 && text.trim()) throw new Error('text outside the root')
      continue
    }
    checkEntities(attributes ?? '')
    if (closing) {
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`)
    } else if (!selfClosing) stack.push(name!)
  }
  expect(stack).toEqual([])
}

describe('KPIs and reports', () => {
  let t: TestApp
  let w: World
  const experts: Record<string, FlowExpert> = {}
  const ent: Record<Ent, { id: string; headers: Record<string, string> }> = {} as never
  const partnerIds: Record<Partner, { kind: 'expert' | 'society' | 'workstation'; id: string; responder: string; name: string }> = {} as never
  const societyName = '山西省"新材料",学会'

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    const admin = w.keys.admin.headers
    expect((await t.app.request('/v1/industries', json('POST', { code: 'energy_storage', name: '储能&"电池"<材料>' }, admin))).status).toBe(201)
    for (const spec of expertSpecs) {
      experts[spec.ref] = await newExpert(t, admin, spec.name, { title: spec.title, organisation: spec.organisation, fields: spec.fields, regionCode: spec.regionCode })
    }
    ent.A = { id: w.enterpriseA.id, headers: w.keys.enterpriseA.headers }
    ent.B = { id: w.enterpriseB.id, headers: w.keys.enterpriseB.headers }
    for (const name of ['K1', 'K2', 'K3'] as const) {
      const row = await createEnterprise(t.db.sql, w.parkA.id, { isKey: true, name: `重点企业${name}有限公司` })
      ent[name] = { id: row.id, headers: (await createKey(t.db.sql, 'enterprise', { enterpriseId: row.id })).headers }
    }
    const society = await readJson(await t.app.request('/v1/societies', json('POST', { name: societyName, level: 'provincial', contactExpertId: experts.e3!.id }, admin)), 'createSociety')
    const workstation = await readJson(await t.app.request('/v1/workstations', json('POST', { name: '碳材料专家工作站', kind: 'expert_station', hostEnterpriseId: ent.K2.id, leadExpertId: experts.e4!.id }, admin)), 'createWorkstation')
    expect(society.id && workstation.id).toBeTruthy()
    partnerIds.e1 = { kind: 'expert', id: experts.e1!.id, responder: 'e1', name: '李明' }
    partnerIds.e2 = { kind: 'expert', id: experts.e2!.id, responder: 'e2', name: '王芳' }
    partnerIds.S = { kind: 'society', id: society.id, responder: 'e3', name: societyName }
    partnerIds.W = { kind: 'workstation', id: workstation.id, responder: 'e4', name: '碳材料专家工作站' }

    for (const spec of needs) {
      const enterprise = ent[spec.ent]
      const res = await t.app.request('/v1/needs', json('POST', {
        title: `${spec.name}需求`, industryCode: spec.industry, kind: 'breakthrough', status: spec.draft ? 'draft' : 'open', problem: '关键工艺指标不达标。',
      }, enterprise.headers))
      expect(res.status).toBe(201)
      const needId = (await readJson(res, 'createNeed')).id as string
      if (!spec.match) continue
      const partner = partnerIds[spec.match.partner]
      const responder = experts[partner.responder]!
      const match = await readJson(await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: partner.kind, candidateId: partner.id }, enterprise.headers)), 'proposeMatch')
      expect(match.status).toBe('proposed')
      if (spec.match.accepted) expect((await post(t, `/v1/matches/${match.id}/accept`, responder.key.headers)).status).toBe(200)
      for (const end of spec.consultations ?? []) {
        const consultation = await readJson(await t.app.request(`/v1/matches/${match.id}/consultations`, json('POST', { mode: 'online', scheduledAt: new Date().toISOString() }, enterprise.headers)), 'scheduleConsultation')
        if (end === 'completed') expect((await post(t, `/v1/consultations/${consultation.id}/complete`, responder.key.headers, completion())).status).toBe(200)
        if (end === 'cancelled') expect((await post(t, `/v1/consultations/${consultation.id}/cancel`, enterprise.headers, { reason: '改期' })).status).toBe(200)
      }
      for (const c of spec.contracts ?? []) {
        const created = await t.app.request('/v1/contracts', json('POST', { needId, matchId: match.id, kind: c.kind, title: `${spec.name}${c.kind}合同`, valueFen: c.valueFen }, enterprise.headers))
        expect(created.status).toBe(201)
        const id = (await readJson(created, 'createContract')).id
        const go = async (path: string, body?: unknown, headers = enterprise.headers) => expect((await post(t, `/v1/contracts/${id}/${path}`, headers, body)).status).toBe(200)
        if (c.end === 'terminated_unsigned') await go('terminate', { reason: '未签约' })
        if (!isSigned(c)) continue
        await go('sign', { signedOn: signedOnOf(c) })
        if (c.end === 'terminated_signed') await go('terminate', { reason: '协商终止' })
        if (['in_progress', 'pending', 'verified', 'rejected'].includes(c.end)) await go('start')
        if (['pending', 'verified', 'rejected'].includes(c.end)) await go('complete', { outcomes: { ...c.outcomes!, evidence: [] } })
        const reviewer = spec.ent === 'B' ? w.keys.staffB.headers : w.keys.staffA.headers
        if (c.end === 'verified') await go('verify', { comment: '核验通过' }, reviewer)
        if (c.end === 'rejected') await go('reject', { comment: '材料不全' }, reviewer)
      }
      // Deterministic posting and acceptance times, so the median is known.
      const created = spec.old ? sql`'2020-01-01T00:00:00Z'::timestamptz` : sql`now() - interval '3 days'`
      await t.db.sql`update needs set created_at = ${created} where id = ${needId}`
      if (spec.match.accepted) {
        await t.db.sql`update matches m set responded_at = n.created_at + make_interval(hours => ${spec.match.hours!}) from needs n where n.id = m.need_id and m.id = ${match.id}`
      }
    }
    const leaver = expertSpecs.find((spec) => spec.leaves)!
    const etag = (await t.app.request(`/v1/experts/${experts[leaver.ref]!.id}`, { headers: admin })).headers.get('etag')!
    expect((await t.app.request(`/v1/experts/${experts[leaver.ref]!.id}`, json('PATCH', { availability: 'unavailable' }, { ...admin, 'if-match': etag }))).status).toBe(200)
  }, 120_000)
  afterAll(() => t.close())

  const sql = (...args: Parameters<TestApp['db']['sql']>) => t.db.sql(...args)

  /** The report every KPI is checked against, computed from the specs alone. */
  function expected(parkEnts: Ent[]) {
    const inScope = needs.filter((n) => parkEnts.includes(n.ent))
    const cohort = inScope.filter((n) => !n.draft && !n.old)
    const contracts = inScope.flatMap((n) => (n.contracts ?? []).map((c) => ({ ...c, need: n })))
    const counted = contracts.filter(countedAsSigned)
    const verified = contracts.filter((c) => c.end === 'verified')
    const funnel = {
      posted: cohort.length,
      proposed: cohort.filter((n) => n.match).length,
      accepted: cohort.filter((n) => n.match?.accepted).length,
      consulted: cohort.filter((n) => n.consultations?.includes('completed')).length,
      signed: cohort.filter((n) => n.contracts?.some(isSigned)).length,
      verified: cohort.filter((n) => n.contracts?.some((c) => c.end === 'verified')).length,
    }
    const group = <K extends string>(key: (c: (typeof counted)[number]) => K) => {
      const out = new Map<K, { count: number; valueFen: number }>()
      for (const c of counted) {
        const g = out.get(key(c)) ?? { count: 0, valueFen: 0 }
        out.set(key(c), { count: g.count + 1, valueFen: g.valueFen + c.valueFen })
      }
      return out
    }
    const partnerOf = (c: (typeof contracts)[number]): Partner => c.need.match!.partner
    const top = (kind: 'expert' | 'society' | 'workstation') =>
      (Object.keys(partnerIds) as Partner[])
        .filter((p) => partnerIds[p].kind === kind)
        .map((p) => ({
          id: partnerIds[p].id,
          name: partnerIds[p].name,
          completedConsultations: sum(inScope.filter((n) => n.match?.partner === p).map((n) => (n.consultations ?? []).filter((c) => c === 'completed').length)),
          verifiedValueFen: sum(verified.filter((c) => partnerOf(c) === p).map((c) => c.valueFen)),
        }))
        .filter((p) => p.completedConsultations > 0 || p.verifiedValueFen > 0)
        .sort((a, b) => b.completedConsultations - a.completedConsultations || b.verifiedValueFen - a.verifiedValueFen || (a.id < b.id ? -1 : 1))
    const keyEnts = (['K1', 'K2', 'K3'] as const).filter((k) => parkEnts.includes(k))
    const accepted = (k: Ent, kind: Partner[]) => needs.some((n) => n.ent === k && n.match?.accepted && kind.includes(n.match.partner))
    const withSociety = keyEnts.filter((k) => accepted(k, ['S']))
    const withWorkstation = keyEnts.filter((k) => accepted(k, ['W']) || k === 'K2') // K2 hosts the workstation
    const outcomeSum = (field: keyof Outcomes) => sum(verified.map((c) => c.outcomes![field]))
    return {
      funnel,
      acceptedShare: funnel.posted ? funnel.accepted / funnel.posted : null,
      median: median(cohort.filter((n) => n.match?.accepted).map((n) => n.match!.hours!)),
      contracts: { count: counted.length, valueFen: sum(counted.map((c) => c.valueFen)), byKind: group((c) => c.kind), byIndustry: group((c) => c.need.industry) },
      outcomes: {
        contracts: verified.length, valueFen: sum(verified.map((c) => c.valueFen)), newProducts: outcomeSum('newProducts'), addedRevenueFen: outcomeSum('addedRevenueFen'),
        patentsFiled: outcomeSum('patentsFiled'), patentsGranted: outcomeSum('patentsGranted'), jobsCreated: outcomeSum('jobsCreated'),
      },
      top: { experts: top('expert'), societies: top('society'), workstations: top('workstation') },
      pairing: {
        keyEnterprises: keyEnts.length, withSociety: withSociety.length, withWorkstation: withWorkstation.length,
        paired: withSociety.filter((k) => withWorkstation.includes(k)).length,
      },
    }
  }

  function compare(report: BodyOf<'getParkStats'> | BodyOf<'getAssociationStats'>, want: ReturnType<typeof expected>) {
    expect(Object.fromEntries(report.funnel.map((s: { stage: string; count: number }) => [s.stage, s.count]))).toEqual(want.funnel)
    expect(report.funnel.map((s: { label: string }) => s.label)).toEqual(['发布需求', '发出对接邀请', '专家接受对接', '完成技术咨询', '签订技术合同', '成果通过核验'])
    expect(report.acceptedShare).toBeCloseTo(want.acceptedShare!, 10)
    expect(report.medianHoursToFirstAcceptance).toBeCloseTo(want.median!, 6)
    expect(report.contracts.count).toBe(want.contracts.count)
    expect(report.contracts.valueFen).toBe(want.contracts.valueFen)
    expect(Object.fromEntries(report.contracts.byKind.map((r) => [r.kind, { count: r.count, valueFen: r.valueFen }]))).toEqual(Object.fromEntries(want.contracts.byKind))
    expect(Object.fromEntries(report.contracts.byIndustry.map((r) => [r.industryCode, { count: r.count, valueFen: r.valueFen }]))).toEqual(Object.fromEntries(want.contracts.byIndustry))
    expect(machine(report.outcomes)).toEqual(want.outcomes)
    expect(machine(report.topPartners)).toEqual(want.top)
    expect(machine(report.pairing)).toEqual({ ...want.pairing, coverage: want.pairing.keyEnterprises ? want.pairing.paired / want.pairing.keyEnterprises : null })
    // Beside each figure, its text for people: 万元, percentages, hours, Beijing time.
    expect(checkTexts(report)).toBeGreaterThanOrEqual(10)
  }

  const parkStats = (headers: Record<string, string>, query = `from=${from}&to=${today}`, parkId = w.parkA.id) =>
    t.app.request(`/v1/parks/${parkId}/stats?${query}`, { headers })

  it('park A: every KPI equals the figure computed from the dataset', async () => {
    const res = await parkStats(w.keys.staffA.headers)
    expect(res.status).toBe(200)
    const report = await readJson(res, 'getParkStats')
    expect(report).toMatchObject({ parkId: w.parkA.id, parkName: w.parkA.name, period: { from, to: today } })
    const want = expected(['A', 'K1', 'K2', 'K3'])
    compare(report, want)
    // Sanity: the dataset exercises what it should.
    expect(want.funnel).toEqual({ posted: 7, proposed: 6, accepted: 5, consulted: 3, signed: 5, verified: 2 })
    // 5 of 7 posted needs accepted; contracts of 80,000,000 + 30,000,000 + 45,000,001 + 7,500,000 + 120,000,000 + 15,000,000 + 60,000,000 fen.
    expect(report.acceptedShareText).toBe('71.4%')
    expect(report.contracts).toMatchObject({ valueFen: 357_500_001, valueText: '357.5 万元' })
    expect(report.period).toMatchObject({ fromText: `${from} 00:00 (北京时间)`, toText: `${today} 24:00 (北京时间)` })
    const doc = (await readJson(await t.app.request('/openapi.json'))) as OpenApiDocument
    expect(validateAgainstSchema(doc, { $ref: '#/components/schemas/StatsReport' }, report)).toEqual([])
    expect(report.contracts.byKind.find((r: { kind: string }) => r.kind === 'development')!.label).toBe('技术开发')
    expect(report.contracts.byIndustry.find((r: { industryCode: string }) => r.industryCode === 'energy_storage')!.industryName).toBe('储能&"电池"<材料>')
  })

  it('park B and the whole association agree with the dataset too; the period excludes what lies outside it', async () => {
    compare(await readJson(await parkStats(w.keys.admin.headers, `from=${from}&to=${today}`, w.parkB.id), 'getParkStats'), expected(['B']))
    const all = await readJson(await t.app.request(`/v1/stats?from=${from}&to=${today}`, { headers: w.keys.admin.headers }), 'getAssociationStats')
    compare(all, expected(['A', 'K1', 'K2', 'K3', 'B']))
    expect(all.parkId).toBeNull()
    const perPark = (parkEnts: Ent[]) => {
      const want = expected(parkEnts)
      return { posted: want.funnel.posted, accepted: want.funnel.accepted, signed: want.funnel.signed, verified: want.funnel.verified, contractCount: want.contracts.count, contractValueFen: want.contracts.valueFen }
    }
    expect(all.parks.find((p: { parkId: string }) => p.parkId === w.parkA.id)).toMatchObject(perPark(['A', 'K1', 'K2', 'K3']))
    expect(all.parks.find((p: { parkId: string }) => p.parkId === w.parkB.id)).toMatchObject(perPark(['B']))

    // A period before everything: no cohort, no contracts except the one signed in 2020.
    const past = await readJson(await parkStats(w.keys.staffA.headers, 'from=2020-01-01&to=2020-12-31'), 'getParkStats')
    expect(past.funnel.map((s: { count: number }) => s.count)).toEqual([1, 1, 1, 1, 1, 0]) // N9, posted 2020-01-01
    expect(past.acceptedShare).toBe(1)
    expect(past.contracts).toMatchObject({ count: 1, valueFen: 1_000_000 })
    expect(past.outcomes.contracts).toBe(0)
  })

  it('科技工作者状况: experts by title, field, region, organisation kind; monthly inflow and outflow', async () => {
    const all = await readJson(await t.app.request(`/v1/stats?from=${from}&to=${today}`, { headers: w.keys.admin.headers }), 'getAssociationStats')
    // The world's two fixture experts: 教授 at 太原理工大学, no fields, no region.
    const pool = [
      ...expertSpecs.filter((e) => !e.leaves),
      { title: '教授', fields: [] as string[], regionCode: undefined, orgKind: 'university' },
      { title: '教授', fields: [] as string[], regionCode: undefined, orgKind: 'university' },
    ]
    const tally = (keys: string[]) => Object.fromEntries([...new Set(keys)].map((k) => [k, keys.filter((x) => x === k).length]))
    const asMap = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]))
    expect(all.experts.total).toBe(pool.length)
    expect(asMap(all.experts.byTitle)).toEqual(tally(pool.map((e) => e.title)))
    expect(asMap(all.experts.byField)).toEqual(tally(pool.flatMap((e) => e.fields)))
    expect(asMap(all.experts.byRegion)).toEqual(tally(pool.map((e) => e.regionCode ?? 'unknown')))
    expect(asMap(all.experts.byOrganisationKind)).toEqual(tally(pool.map((e) => e.orgKind)))
    expect(all.experts.byOrganisationKind.find((r: { key: string }) => r.key === 'institute')!.label).toBe('科研院所')

    const months: string[] = []
    for (let m = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); m <= new Date(`${today}T00:00:00Z`); m.setUTCMonth(m.getUTCMonth() + 1)) months.push(m.toISOString().slice(0, 7))
    const thisMonth = today.slice(0, 7)
    expect(all.experts.monthly).toEqual(months.map((month) => ({
      month,
      inflow: month === thisMonth ? expertSpecs.length + 2 : 0,
      outflow: month === thisMonth ? expertSpecs.filter((e) => e.leaves).length : 0,
    })))
  })

  it('CSV: BOM, header, RFC 4180 quoting, and the same numbers as the JSON', async () => {
    const json = await readJson(await parkStats(w.keys.staffA.headers), 'getParkStats')
    const res = await parkStats({ ...w.keys.staffA.headers, accept: 'text/csv' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const rows = parseCsv(text.slice(1))
    expect(rows[0]).toEqual(['section', 'key', 'label', 'metric', 'value', 'display'])
    expect(rows.every((r) => r.length === 6)).toBe(true)
    const value = (section: string, key: string, metric: string) => rows.find((r) => r[0] === section && r[1] === key && r[3] === metric)?.[4]
    for (const stage of json.funnel) expect(value('funnel', stage.stage, 'count')).toBe(String(stage.count))
    expect(Number(value('summary', 'acceptedShare', 'ratio'))).toBeCloseTo(json.acceptedShare!, 10)
    expect(Number(value('summary', 'medianHoursToFirstAcceptance', 'hours'))).toBeCloseTo(json.medianHoursToFirstAcceptance!, 6)
    expect(value('contracts', 'total', 'valueFen')).toBe(String(json.contracts.valueFen))
    for (const row of json.contracts.byIndustry) expect(value('contractsByIndustry', row.industryCode, 'valueFen')).toBe(String(row.valueFen))
    for (const [field, n] of Object.entries(machine(json.outcomes))) expect(Number(value('outcomes', field, field.endsWith('Fen') ? 'valueFen' : 'count'))).toBe(n)
    const society = json.topPartners.societies[0]
    expect(rows.find((r) => r[0] === 'topSocieties' && r[1] === society!.id)?.[2]).toBe(societyName)
    expect(text).toContain('"山西省""新材料"",学会"')
    expect(rows.find((r) => r[1] === 'energy_storage')?.[2]).toBe('储能&"电池"<材料>')
    expect(Number(value('pairing', 'coverage', 'ratio'))).toBeCloseTo(json.pairing.coverage!, 10)

    // display: the same figure as a person reads it, beside the machine value.
    const display = (section: string, key: string, metric: string) => rows.find((r) => r[0] === section && r[1] === key && r[3] === metric)?.[5]
    expect(display('period', 'from', 'date')).toBe(`${from} 00:00 (北京时间)`)
    expect(display('period', 'to', 'date')).toBe(`${today} 24:00 (北京时间)`)
    expect(display('summary', 'acceptedShare', 'ratio')).toBe(json.acceptedShareText)
    expect(display('contracts', 'total', 'valueFen')).toBe('357.5 万元')
    expect(text).toContain('contracts,total,签订技术合同,valueFen,357500001,357.5 万元\r\n')
    for (const row of rows.slice(1).filter((r) => r[3]!.endsWith('Fen'))) expectMoneyText(row[5]!, Number(row[4]))
    for (const row of rows.slice(1).filter((r) => r[3] === 'ratio')) expectPercentText(row[5] || null, row[4] ? Number(row[4]) : null)
    for (const row of rows.slice(1).filter((r) => r[3] === 'count')) expect(row[5]).toBe(Number(row[4]).toLocaleString('en-US'))

    const association = parseCsv((await (await t.app.request(`/v1/stats?from=${from}&to=${today}`, { headers: { ...w.keys.admin.headers, accept: 'text/csv' } })).text()).replace(/^\uFEFF/, ''))
    expect(association.filter((r) => r[0] === 'expertFlows' && r[3] === 'outflow').map((r) => Number(r[4])).reduce((a, b) => a + b, 0)).toBe(1)
    expect(association.find((r) => r[0] === 'parks' && r[1] === w.parkB.id && r[3] === 'posted')?.[4]).toBe('2')
    const parkBValue = association.find((r) => r[0] === 'parks' && r[1] === w.parkB.id && r[3] === 'contractValueFen')!
    expectMoneyText(parkBValue[5]!, Number(parkBValue[4]))
  })

  it('SVG: well-formed charts of the funnel and of value by industry, with Chinese labels and escaped text', async () => {
    const json = await readJson(await parkStats(w.keys.staffA.headers), 'getParkStats')
    const funnel = await parkStats({ ...w.keys.staffA.headers, accept: 'image/svg+xml' })
    expect(funnel.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    const svg = await funnel.text()
    assertWellFormedXml(svg)
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('需求对接漏斗')
    for (const stage of json.funnel) {
      expect(svg).toContain(`>${stage.label}</text>`)
      expect(svg).toContain(`<title>${stage.label}: ${stage.count}</title>`)
    }

    const value = await (await parkStats({ ...w.keys.staffA.headers, accept: 'image/svg+xml' }, `from=${from}&to=${today}&chart=value-by-industry`)).text()
    assertWellFormedXml(value)
    expect(value).toContain('技术合同金额（按行业）')
    expect(value).toContain('>储能&amp;&quot;电池&quot;&lt;材料&gt;</text>')
    expect(value).not.toContain('<材料>')
    for (const row of json.contracts.byIndustry) {
      expectMoneyText(row.valueText, row.valueFen)
      expect(value).toContain(`>${row.valueText}</text>`)
    }
    // Hydrogen: N2's 45,000,001 + 30,000,000 fen and N8's 15,000,000 (its other contract was signed in 2020): 900,000.01 元.
    expect(value).toContain('>90 万元</text>')
    expect(value).not.toMatch(/\d\.\d\d 元/)
    // The value axis is in 万元: round ticks from 0 past the largest bar.
    const axis = /<g class="value-axis"[^>]*>([\s\S]*?)<\/g>/.exec(value)![1]!
    const ticks = [...axis.matchAll(/text-anchor="middle">([\d,.]+)<\/text>/g)].map((m) => Number(m[1]!.replaceAll(',', '')))
    expect(ticks[0]).toBe(0)
    expect(ticks.at(-1)! * 1_000_000).toBeGreaterThanOrEqual(Math.max(...json.contracts.byIndustry.map((r: { valueFen: number }) => r.valueFen)))
    expect(axis).toContain('>万元</text>')
  })

  it('SVG title: a park name of 60 characters or more, up to the schema\'s 100, fits the chart width on at most two lines, the full name in <title>', async () => {
    const names = [
      '山西转型综合改革示范区长治高新技术产业开发区新材料与现代煤化工产业园（潞州片区）科技创新服务中心暨产业技术研究院管理委员会',
      'Changzhi National Hi-tech Industrial Development Zone, New Materials & Modern Coal Chemical Park',
      '山西转型综合改革示范区长治高新技术产业开发区新材料与现代煤化工产业园（潞州片区）暨国家级科技企业孵化器与众创空间联合体示范基地管理委员会科技创新服务中心暨产业技术研究院综合业务办公室（筹）驻北京联络处',
    ]
    for (const name of names) {
      expect([...name].length).toBeGreaterThanOrEqual(60)
      expect([...name].length).toBeLessThanOrEqual(100) // ParkCreate's maximum
      const created = await t.app.request('/v1/parks', json('POST', { name, regionCode: '140400' }, w.keys.admin.headers))
      expect(created.status, await created.clone().text()).toBe(201)
      const staff = await createKey(t.db.sql, 'park_staff', { parkId: (await readJson(created, 'createPark')).id })
      for (const chart of ['funnel', 'value-by-industry']) {
        const res = await t.app.request(`/v1/parks/me/stats?from=2026-01-01&to=2026-12-31&chart=${chart}`, { headers: { ...staff.headers, accept: 'image/svg+xml' } })
        expect(res.status).toBe(200)
        const svg = await res.text()
        assertWellFormedXml(svg)
        const chartWidth = Number(/<svg [^>]*width="(\d+)"/.exec(svg)![1])
        const heading = /<g class="chart-title"><title>([^<]*)<\/title>([\s\S]*?)<\/g>/.exec(svg)!
        const fullTitle = unescapeXml(heading[1]!)
        expect(fullTitle).toContain(name)
        expect(fullTitle).toContain('2026-01-01 至 2026-12-31')
        expect(unescapeXml(/aria-label="([^"]*)"/.exec(svg)![1]!)).toBe(fullTitle)
        const lines = [...heading[2]!.matchAll(/<text x="(\d+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), fontSize: Number(m[2]), text: unescapeXml(m[3]!) }))
        expect(lines.length).toBeGreaterThanOrEqual(1)
        expect(lines.length).toBeLessThanOrEqual(2)
        for (const line of lines) {
          expect(line.fontSize).toBeGreaterThanOrEqual(14)
          expect(line.x).toBe(chartWidth / 2) // centred: fits when its width does
          expect(estimatedWidth(line.text, line.fontSize), `${line.text} at ${line.fontSize}px`).toBeLessThanOrEqual(chartWidth - 16)
        }
        // Shown whole, or cut short at the end of a prefix of the name.
        const what = chart === 'funnel' ? '需求对接漏斗' : '技术合同金额（按行业）'
        const compact = (text: string) => text.replace(/[\s·]/g, '')
        const shown = compact(lines.map((line) => line.text).join(''))
        // The chart, the park and the period all stay visible.
        expect(shown.startsWith(what)).toBe(true)
        expect(shown.endsWith(compact('2026-01-01 至 2026-12-31'))).toBe(true)
        const shownName = shown.slice(what.length, -compact('2026-01-01 至 2026-12-31').length)
        if (shownName.endsWith('…')) {
          expect(compact(name).startsWith(shownName.slice(0, -1))).toBe(true)
          expect(shownName.length).toBeGreaterThanOrEqual(40)
        } else expect(shownName).toBe(compact(name))
      }
    }
  })

  it('content negotiation: JSON by default and for */*, q-values respected', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/csv;q=0.5, application/json', 'text/html']) {
      const res = await parkStats(accept ? { ...w.keys.staffA.headers, accept } : w.keys.staffA.headers)
      expect(res.headers.get('content-type'), accept).toMatch(/^application\/json/)
    }
    const csv = await parkStats({ ...w.keys.staffA.headers, accept: 'application/json;q=0.2, text/csv' })
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
  })

  it.each([
    ['staffA', 'A', 200],
    ['admin', 'A', 200],
    ['staffB', 'A', 403],
    ['enterpriseA', 'A', 403],
    ['expertA', 'A', 403],
    ['staffB', 'B', 200],
  ] as const)('park stats as %s for park %s → %i', async (key, park, status) => {
    expect((await parkStats(w.keys[key].headers, '', park === 'A' ? w.parkA.id : w.parkB.id)).status).toBe(status)
  })

  it('park staff read their own park as /v1/parks/me/stats, the same report in every representation; other roles are told to name the park', async () => {
    const own = (headers: Record<string, string>, accept = 'application/json') =>
      t.app.request(`/v1/parks/me/stats?from=${from}&to=${today}`, { headers: { ...headers, accept } })
    const mine = await own(w.keys.staffA.headers)
    expect(mine.status).toBe(200)
    expect(await readJson(mine, 'getOwnParkStats')).toEqual(await readJson(await parkStats(w.keys.staffA.headers), 'getParkStats'))
    expect(await (await own(w.keys.staffB.headers, 'text/csv')).text()).toBe(await (await t.app.request(`/v1/parks/${w.parkB.id}/stats?from=${from}&to=${today}`, { headers: { ...w.keys.staffB.headers, accept: 'text/csv' } })).text())
    for (const key of ['admin', 'enterpriseA', 'expertA'] as const) {
      const refused = await own(w.keys[key].headers)
      expect(refused.status).toBe(403)
      expect((await readProblem(refused)).detail).toContain('/v1/parks/{id}/stats')
    }
  })

  it('association stats are for admins; bad periods are 400; an unknown park is 404', async () => {
    for (const key of ['staffA', 'enterpriseA', 'expertA'] as const) {
      expect((await t.app.request('/v1/stats', { headers: w.keys[key].headers })).status).toBe(403)
    }
    expect((await t.app.request('/v1/stats', { headers: w.keys.admin.headers })).status).toBe(200)
    const backwards = await parkStats(w.keys.admin.headers, 'from=2026-12-01&to=2026-01-01')
    expect(backwards.status).toBe(400)
    expect((await readProblem(backwards)).errors![0]!.path).toBe('query.to')
    expect((await readProblem(await parkStats(w.keys.admin.headers, 'from=2026-13-01'))).errors![0]!.path).toBe('query.from')
    expect((await parkStats(w.keys.admin.headers, 'from=2000-01-01&to=2026-01-01')).status).toBe(400)
    expect((await parkStats(w.keys.admin.headers, 'chart=pie')).status).toBe(400)
    expect((await parkStats(w.keys.admin.headers, '', '00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  it('counts days in China Standard Time: a need posted at 04:00 on 1 April in 长治 (20:00 UTC on 31 March) is April\'s', async () => {
    const res = await t.app.request('/v1/needs', json('POST', { title: '清明前夜发布的需求', industryCode: 'new_materials', kind: 'consulting', status: 'open', problem: '时区边界。' }, w.keys.enterpriseA.headers))
    expect(res.status).toBe(201)
    const need = await readJson(res, 'createNeed')
    await t.db.sql`update needs set created_at = '2026-03-31T20:00:00Z' where id = ${need.id}`
    const posted = async (period: string) => {
      const report = await readJson(await parkStats(w.keys.admin.headers, period, need.parkId), 'getParkStats')
      return report.funnel.find((stage: { stage: string }) => stage.stage === 'posted')!.count
    }
    expect(await posted('from=2026-04-01&to=2026-04-01')).toBe(1)
    expect(await posted('from=2026-03-31&to=2026-03-31')).toBe(0)
    const april = await readJson(await parkStats(w.keys.admin.headers, 'from=2026-04-01&to=2026-04-30', need.parkId), 'getParkStats')
    expect(april.period).toEqual({ from: '2026-04-01', to: '2026-04-30', timeZone: 'Asia/Shanghai', fromText: '2026-04-01 00:00 (北京时间)', toText: '2026-04-30 24:00 (北京时间)' })
  })
})
