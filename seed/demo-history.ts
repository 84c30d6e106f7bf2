import type {
  SeedAvailabilityChange,
  SeedConsultation,
  SeedContract,
  SeedContractReview,
  SeedContractRevision,
  SeedEnterprise,
  SeedExpert,
  SeedMatch,
  SeedNeed,
  SeedSociety,
  SeedWorkstation,
} from '../src/modules/demo/seed-writer.js'
import { sameOrganisation } from '../src/core/organisations.js'
import type { Role } from '../src/core/principal.js'
import type { Random } from './demo-data.js'
import type { Topic } from './demo-vocabulary.js'

/**
 * The demo's history: what happened to the needs after they were posted — invitations and their
 * answers, consultations, technology contracts with outcomes and park reviews, and experts'
 * availability changes — generated so that every row is one the API could have written, in the
 * order it would have written it, before the day the demo is generated for. Needs' statuses and
 * update times are set here to agree with their invitations and contracts.
 *
 * The rules kept (test/seed/demo.test.ts checks each): an invitation's responder is the expert,
 * the society's contact or the workstation's lead; no expert of the need's enterprise (or its
 * organisation under another name), no workstation it hosts, no unavailable responder; an
 * expert's accepted invitations stay within its capacity; one accepted invitation per need, and
 * only on needs in progress, resolved or closed; consultations and contracts follow an accepted
 * invitation with its parties; verified contracts are completed ones.
 */

export interface DemoHistory {
  matches: SeedMatch[]
  consultations: SeedConsultation[]
  contracts: SeedContract[]
  contractRevisions: SeedContractRevision[]
  contractReviews: SeedContractReview[]
  availabilityChanges: SeedAvailabilityChange[]
}

export interface HistoryInput {
  rng: Random
  /** 00:00 UTC of the day generated for; every event happens before it. */
  nowMs: number
  /** Rewritten in place: status and updatedAt follow the history. */
  needs: SeedNeed[]
  needTopic: (needId: string) => { key: string; industry: string; topic: Topic }
  enterprises: SeedEnterprise[]
  experts: { row: SeedExpert; topicKeys: string[] }[]
  societies: { row: SeedSociety; industries: readonly string[] }[]
  workstations: { row: SeedWorkstation; industries: readonly string[] }[]
  keyHolders: { parkId: string; enterpriseId: string; expertId: string }
}

/** The demo API keys' ids, fixed like the rest of the data set, so the demo is the same on every machine. */
export const demoKeyIds = {
  admin: 'd3e0a000-0000-4000-8000-000000000001',
  park_staff: 'd3e0a000-0000-4000-8000-000000000002',
  enterprise: 'd3e0a000-0000-4000-8000-000000000003',
  expert: 'd3e0a000-0000-4000-8000-000000000004',
} as const satisfies Record<Role, string>

const hourMs = 3_600_000
const dayMs = 24 * hourMs
/** How long an invitation waits (MATCH_EXPIRY_HOURS' default). */
const expiryMs = 72 * hourMs
const wanFen = 1_000_000

type CandidateKind = SeedMatch['candidateKind']
type ContractKind = SeedContract['kind']
type NeedKind = SeedNeed['kind']

type Review = 'revised' | 'verified' | 'rejected' | 'pending'

/** How far a need's engagement got, as planned before the calendar cuts it short. */
type Depth = 'accepted' | 'consulted' | 'contract' | 'completed' | 'terminated'

// Wording -----------------------------------------------------------------------------------------

const declineReasons = [
  '近期承担国家重点研发计划课题，档期已排满，三个月内无法开展现场对接，建议邀请团队其他老师。',
  '需求侧重工艺放大和现场调试，与本人偏基础研究的方向不完全对口，建议邀请有工程化经验的专家。',
  '企业预算与所需工作量差距较大，暂不承接，欢迎调整方案后再联系。',
  '本人正为同类企业提供技术服务，为避免利益冲突，婉拒本次邀请。',
  '需求要求长期驻厂，本人教学任务较重，无法满足现场时间要求。',
  '需求中的关键技术指标尚不明确，建议企业先完善技术参数后再发起对接。',
  '所在单位本年度横向合作项目名额已满，暂不能签约，明年可再联系。',
  '近期在外地开展项目验收，半年内不便出差，婉拒本次邀请。',
]

const invitationMessages = [
  '贵方在{field}方面的研究与我公司“{title}”需求高度契合，诚邀开展技术对接。',
  '我公司正在推进{aim}，希望就相关技术问题向您请教，方便时请回复，可先线上沟通。',
  '经园区科协推荐，诚邀您参与“{title}”的产需对接，可先线上交流再安排现场调研。',
  '久闻您在{field}领域的成果，诚邀您到企业现场指导，共同研究{aim}的可行方案。',
]

const summaryTemplates = [
  '现场查看了{object}运行情况，分析了“{issue}”的主要成因，建议从{keyword}入手优化工艺参数，分阶段开展验证试验。',
  '线上会议讨论了“{title}”的技术路线，明确了“{metric}”的目标，约定企业提供近三个月运行数据，专家团队出具初步方案。',
  '围绕“{issue}”开展技术诊断，提出三条改进建议：一是调整{keyword}相关参数；二是增设在线监测；三是完善操作规程。',
  '与企业技术中心座谈，梳理了{object}的工艺现状和瓶颈，建议先做小试验证{keyword}方案，再评估中试投入。',
  '复盘前期试验数据，确认“{issue}”与原料波动相关，建议建立原料检验标准并对{object}进行局部改造。',
]

const expertNotes = [
  '企业技术团队基础较好，数据记录完整，具备开展中试的条件。',
  '部分检测指标需委托第三方检测，建议企业尽快补充检测设备。',
  '后续可考虑以技术开发合同形式开展联合攻关。',
  '企业对技术指标的预期偏高，已说明分阶段实现的必要性。',
  '建议企业安排专人对接，每两周线上沟通一次进展。',
  '',
]

const ratingComments: Record<number, string[]> = {
  5: ['专家准备充分，建议切实可行，解决了我们的关键问题。', '现场指导非常细致，团队收获很大。', '专家经验丰富，方案针对性强，期待进一步合作。'],
  4: ['交流深入，方案有参考价值，部分建议需进一步验证。', '专家很专业，建议后续增加现场指导时间。'],
  3: ['总体有帮助，但针对性还可以加强。', '建议较为原则，需结合现场进一步细化。'],
  2: ['建议偏原则，与现场实际结合不够。'],
}

const cancelReasons: Record<'enterprise' | 'expert', string[]> = {
  enterprise: ['企业生产线停产检修，现场调研推迟，另行约定时间。', '企业内部技术方案调整，暂缓本次咨询。'],
  expert: ['专家临时出差，改期进行。', '因暴雪天气高速封闭，专家无法按期到场，另约时间。'],
}

const terminationReasons = [
  '企业调整产品路线，双方协商终止。',
  '中试结果未达到合同约定指标，经双方协商提前终止。',
  '企业资金安排变化，项目暂停，双方协商解除合同。',
]

const verifyComments = [
  '成果证明材料齐全，新增销售收入有发票佐证，予以核验。',
  '专利受理通知书与验收报告已核对，予以核验。',
  '验收报告和用户证明齐全，予以核验。',
]

const rejectComments = [
  '新增销售收入缺少发票佐证，请补充后重新提交。',
  '新产品未提供检测报告或鉴定证书，请补充。',
  '新增就业人数与社保缴纳记录不符，请核实更正。',
]

const contractKindsByNeed: Record<NeedKind, readonly (readonly [ContractKind, number])[]> = {
  breakthrough: [['development', 8], ['service', 2]],
  consulting: [['consulting', 8], ['service', 2]],
  collaboration: [['development', 6], ['service', 4]],
  transfer: [['assignment', 5], ['licence', 5]],
  commercialisation: [['licence', 4], ['assignment', 3], ['development', 3]],
  new_product: [['development', 7], ['service', 3]],
  talent: [['service', 6], ['consulting', 4]],
}

/** Contract value in 万元 by type: 技术咨询 small, 技术转让 and 技术开发 large. */
const valueRangeWan: Record<ContractKind, [number, number]> = {
  development: [30, 600],
  assignment: [50, 800],
  licence: [20, 300],
  consulting: [5, 40],
  service: [5, 150],
}

/** Days from start to completion by type. */
const performanceDays: Record<ContractKind, [number, number]> = {
  development: [40, 150],
  assignment: [15, 60],
  licence: [10, 45],
  consulting: [10, 40],
  service: [15, 90],
}

const contractTitle: Record<ContractKind, string> = {
  development: '{aim}技术开发合同',
  assignment: '{product}专利技术转让合同',
  licence: '{product}专利实施许可合同',
  consulting: '{field}技术咨询合同',
  service: '{object}技术服务合同',
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => slots[name] ?? match)
}

// Generation --------------------------------------------------------------------------------------

export function generateHistory(input: HistoryInput): DemoHistory {
  const { rng, nowMs, keyHolders } = input
  /** Nothing happens later than this: the evening before the day generated for. */
  const horizon = nowMs - 6 * hourMs
  const iso = (ms: number) => new Date(ms).toISOString()
  const hours = (min: number, max: number) => rng.int(min * 60, max * 60) * 60_000
  const days = (min: number, max: number) => rng.int(Math.round(min * 24), Math.round(max * 24)) * hourMs
  /** The first Beijing office time (09:00–16:30) at or after `ms`. */
  const officeTime = (ms: number) => {
    let day = Math.floor(ms / dayMs) * dayMs
    for (;;) {
      const slot = day + hourMs + rng.int(0, 15) * 30 * 60_000
      if (slot >= ms) return slot
      day += dayMs
    }
  }

  const enterprises = new Map(input.enterprises.map((row) => [row.id, row]))
  const experts = new Map(input.experts.map((info) => [info.row.id, info]))
  const expertsByIndustry = new Map<string, HistoryInput['experts']>()
  for (const info of input.experts) {
    for (const code of info.row.industries) expertsByIndustry.set(code, [...(expertsByIndustry.get(code) ?? []), info])
  }
  const matches: SeedMatch[] = []
  const consultations: SeedConsultation[] = []
  const contracts: SeedContract[] = []
  const contractRevisions: SeedContractRevision[] = []
  const contractReviews: SeedContractReview[] = []

  // Who may be invited -------------------------------------------------------------------------

  /** Society contacts and workstation leads answer for those; as experts they are left alone, so capacity stays simple. */
  const answersForOthers = new Set([
    ...input.societies.map((info) => info.row.contactExpertId!),
    ...input.workstations.map((info) => info.row.leadExpertId),
  ])
  /** Accepted invitations per responding expert, and whether it has any other (for the capacity rule). */
  const acceptedBy = new Map<string, number>()
  const otherBy = new Set<string>()
  const capacityLeft = (expert: SeedExpert, accepting: boolean) => {
    const accepted = acceptedBy.get(expert.id) ?? 0
    // At every proposal and accept the API counts the expert's open engagements, which never
    // exceed its accepted invitations: this bound holds whatever happened in between.
    const wanted = accepted + 1 + (accepting && otherBy.has(expert.id) ? 1 : 0)
    return wanted <= expert.capacity
  }
  const conflicts = new Map<string, boolean>()
  const conflicted = (expert: SeedExpert, enterprise: SeedEnterprise) => {
    const key = `${expert.id}:${enterprise.id}`
    let result = conflicts.get(key)
    if (result === undefined) {
      result = expert.enterpriseId === enterprise.id || sameOrganisation(expert.organisation, enterprise.name)
      conflicts.set(key, result)
    }
    return result
  }

  interface Candidate {
    kind: CandidateKind
    id: string
    responder: string
  }

  function expertCandidates(need: SeedNeed, accepting: boolean, invited: Set<string>): Array<readonly [Candidate, number]> {
    const enterprise = enterprises.get(need.enterpriseId)!
    const { key } = input.needTopic(need.id)
    const result: Array<readonly [Candidate, number]> = []
    for (const info of expertsByIndustry.get(need.industryCode) ?? []) {
      const expert = info.row
      if (expert.id === keyHolders.expertId || answersForOthers.has(expert.id) || invited.has(expert.id)) continue
      if (expert.availability === 'unavailable') continue
      if (conflicted(expert, enterprise) || !capacityLeft(expert, accepting)) continue
      const weight = (info.topicKeys.includes(key) ? 6 : 1) * (expert.availability === 'busy' ? 0.5 : 1) *
        (expert.regionCode?.startsWith('14') ? 1.5 : 1) * (expert.isAcademician ? 0.3 : 1)
      result.push([{ kind: 'expert', id: expert.id, responder: expert.id }, weight] as const)
    }
    return result
  }

  function societyCandidates(need: SeedNeed, invited: Set<string>): Array<readonly [Candidate, number]> {
    return input.societies
      .filter(({ row, industries }) => industries.includes(need.industryCode) && !invited.has(row.id))
      .filter(({ row }) => experts.get(row.contactExpertId!)!.row.availability !== 'unavailable')
      .map(({ row }) => [{ kind: 'society', id: row.id, responder: row.contactExpertId! }, row.level === 'national' ? 1 : 2] as const)
  }

  function workstationCandidates(need: SeedNeed, invited: Set<string>): Array<readonly [Candidate, number]> {
    return input.workstations
      .filter(({ row, industries }) => industries.includes(need.industryCode) && row.hostEnterpriseId !== need.enterpriseId && !invited.has(row.id))
      .filter(({ row }) => experts.get(row.leadExpertId)!.row.availability !== 'unavailable')
      .map(({ row }) => [{ kind: 'workstation', id: row.id, responder: row.leadExpertId }, row.parkId === need.parkId ? 3 : 1] as const)
  }

  // 一会一企一智库: which key enterprises already have a society and a workstation.
  const withSociety = new Set<string>()
  const withWorkstation = new Set(input.workstations.map((info) => info.row.hostEnterpriseId).filter((id): id is string => id !== null))

  function chooseCandidate(need: SeedNeed, accepting: boolean, invited: Set<string>, kind?: CandidateKind): Candidate | null {
    const enterprise = enterprises.get(need.enterpriseId)!
    const pools = {
      expert: () => expertCandidates(need, accepting, invited),
      society: () => societyCandidates(need, invited),
      workstation: () => workstationCandidates(need, invited),
    }
    let order: CandidateKind[]
    if (kind) order = [kind]
    else if (accepting && enterprise.isKey && !withSociety.has(enterprise.id) && rng.chance(0.85)) order = ['society', 'workstation', 'expert']
    else if (accepting && enterprise.isKey && !withWorkstation.has(enterprise.id) && rng.chance(0.85)) order = ['workstation', 'society', 'expert']
    else order = [rng.weighted([['expert', accepting ? 70 : 84], ['society', accepting ? 12 : 8], ['workstation', accepting ? 18 : 8]] as const)]
    if (!order.includes('expert')) order.push('expert')
    for (const poolKind of order) {
      const pool = pools[poolKind]()
      if (pool.length > 0) return rng.weighted(pool)
    }
    return null
  }

  function record(candidate: Candidate, accepted: boolean, enterpriseId: string) {
    if (candidate.kind === 'expert') {
      if (accepted) acceptedBy.set(candidate.responder, (acceptedBy.get(candidate.responder) ?? 0) + 1)
      else otherBy.add(candidate.responder)
    }
    if (accepted && candidate.kind === 'society') withSociety.add(enterpriseId)
    if (accepted && candidate.kind === 'workstation') withWorkstation.add(enterpriseId)
  }

  // Writing the rows ---------------------------------------------------------------------------

  function addMatch(need: SeedNeed, candidate: Candidate, status: SeedMatch['status'], proposedMs: number, endMs: number | null): SeedMatch {
    const { topic } = input.needTopic(need.id)
    const respondedAt = status === 'accepted' || status === 'declined' ? iso(endMs!) : null
    const match: SeedMatch = {
      id: rng.uuid(),
      needId: need.id,
      parkId: need.parkId,
      candidateKind: candidate.kind,
      candidateId: candidate.id,
      responderExpertId: candidate.responder,
      status,
      message: fill(rng.pick(invitationMessages), { field: topic.field, title: need.title, aim: rng.pick(topic.aims) }),
      declineReason: status === 'declined' ? rng.pick(declineReasons) : null,
      autoNext: rng.chance(0.2),
      teamId: null,
      // The demo enterprise invites with its demo key; other enterprises have no key in the demo.
      proposedByKeyId: need.enterpriseId === keyHolders.enterpriseId ? demoKeyIds.enterprise : null,
      expiresAt: iso(proposedMs + expiryMs),
      respondedAt,
      createdAt: iso(proposedMs),
      updatedAt: iso(endMs ?? proposedMs),
    }
    matches.push(match)
    return match
  }

  /** Invitations that came to nothing, one after another from `startMs`; returns when the last ended. */
  function failedInvitations(need: SeedNeed, count: number, startMs: number, invited: Set<string>): number {
    let t = startMs
    for (let i = 0; i < count; i++) {
      const candidate = chooseCandidate(need, false, invited)
      if (!candidate) break
      const outcome = rng.weighted([['declined', 55], ['expired', 30], ['withdrawn', 15]] as const)
      const end = outcome === 'declined' ? t + hours(2, 60) : outcome === 'expired' ? t + expiryMs + rng.int(1, 59) * 60_000 : t + hours(1, 48)
      if (end > horizon) break
      invited.add(candidate.id)
      record(candidate, false, need.enterpriseId)
      addMatch(need, candidate, outcome, t, end)
      t = end + hours(1, 72)
    }
    return t
  }

  /** A live invitation, sent in the last two days so it is still open whenever the demo is loaded that day. */
  function pendingInvitation(need: SeedNeed, afterMs: number, invited: Set<string>, candidate?: Candidate | null): boolean {
    const proposed = Math.max(afterMs, nowMs - 44 * hourMs + rng.int(0, 36) * hourMs)
    if (proposed > horizon) return false
    candidate ??= chooseCandidate(need, false, invited)
    if (!candidate) return false
    invited.add(candidate.id)
    record(candidate, false, need.enterpriseId)
    addMatch(need, candidate, 'proposed', proposed, null)
    return true
  }

  function consultationText(need: SeedNeed) {
    const { topic } = input.needTopic(need.id)
    return fill(rng.pick(summaryTemplates), {
      object: rng.pick(topic.objects),
      issue: rng.pick(topic.issues),
      keyword: rng.pick(topic.expertKeywords),
      title: need.title,
      metric: rng.pick(topic.metrics),
    })
  }

  /**
   * Consultations on an accepted invitation from `startMs`: `completed` held ones (one may be
   * cancelled before), then, when `upcoming`, one scheduled after today. Returns the completed
   * ones and when the last of them ended (null when none fitted before the horizon).
   */
  function holdConsultations(need: SeedNeed, match: SeedMatch, startMs: number, completed: number, upcoming: boolean, rateAll = false) {
    const held: SeedConsultation[] = []
    let t = startMs
    const base = {
      matchId: match.id, needId: need.id, parkId: need.parkId, enterpriseId: need.enterpriseId, expertId: match.responderExpertId,
    }
    const blank = {
      heldAt: null, hours: null, summary: '', expertNotes: '', rating: null, ratingComment: '', ratedAt: null,
      cancelReason: null, cancelledByRole: null, completedAt: null, cancelledAt: null,
    }
    let cancellations = 0
    while (held.length < completed) {
      const created = t + hours(2, 96)
      const scheduled = officeTime(created + days(2, 10))
      if (cancellations === 0 && rng.chance(0.1)) {
        cancellations++
        const cancelled = created + Math.floor((scheduled - created) * (0.3 + 0.6 * rng.int(0, 10) / 10))
        if (cancelled > horizon) break
        const by = rng.pick(['enterprise', 'expert'] as const)
        consultations.push({
          id: rng.uuid(), ...base, ...blank, mode: rng.pick(['on_site', 'online'] as const), status: 'cancelled', scheduledAt: iso(scheduled),
          cancelReason: rng.pick(cancelReasons[by]), cancelledByRole: by, cancelledAt: iso(cancelled), createdAt: iso(created), updatedAt: iso(cancelled),
        })
        t = cancelled
        continue
      }
      const spent = rng.int(2, 16) / 2
      const completedAt = scheduled + spent * hourMs + hours(1, 30)
      if (completedAt > horizon) break
      const rated = rng.chance(rateAll ? 1 : 0.85) ? completedAt + days(0.5, 6) : null
      const rating = rated !== null && rated <= horizon ? rng.weighted(rateAll ? ([[5, 1]] as const) : ([[5, 45], [4, 36], [3, 14], [2, 5]] as const)) : null
      const row: SeedConsultation = {
        id: rng.uuid(), ...base, ...blank,
        mode: rng.weighted([['on_site', 6], ['online', 3], ['phone', 1]] as const),
        status: 'completed',
        scheduledAt: iso(scheduled),
        heldAt: iso(scheduled),
        hours: spent,
        summary: consultationText(need),
        expertNotes: rng.pick(expertNotes),
        rating,
        ratingComment: rating === null ? '' : rng.pick(ratingComments[rating]!),
        ratedAt: rating === null ? null : iso(rated!),
        completedAt: iso(completedAt),
        createdAt: iso(created),
        updatedAt: iso(rating === null ? completedAt : rated!),
      }
      consultations.push(row)
      held.push(row)
      t = completedAt
    }
    if (upcoming && held.length === completed) {
      const created = Math.min(horizon, t + hours(2, 96))
      if (created > t) {
        consultations.push({
          id: rng.uuid(), ...base, ...blank, mode: rng.weighted([['on_site', 6], ['online', 3], ['phone', 1]] as const), status: 'scheduled',
          scheduledAt: iso(officeTime(nowMs + days(1, 14))), createdAt: iso(created), updatedAt: iso(created),
        })
      }
    }
    return { held, lastMs: held.length > 0 ? Date.parse(held.at(-1)!.completedAt!) : null }
  }

  function contractValueFen(need: SeedNeed, kind: ContractKind): number {
    let [low, high] = valueRangeWan[kind]
    if (need.budgetMaxFen !== null) {
      const max = need.budgetMaxFen / wanFen
      const min = need.budgetMinFen !== null ? need.budgetMinFen / wanFen : max * 0.4
      low = Math.max(5, Math.min(Math.max(low, min), 800))
      high = Math.max(low, Math.min(high, max, 800))
    }
    const wan = low + (high - low) * rng.int(0, 100) / 100
    return Math.round(wan * 10) * (wanFen / 10)
  }

  function outcomesOf(kind: ContractKind, valueFen: number, completedMs: number) {
    const year = new Date(completedMs).getUTCFullYear()
    const patentsFiled = kind === 'development' ? rng.int(1, 5) : kind === 'consulting' ? 0 : rng.int(0, 2)
    const newProducts = kind === 'consulting' ? 0 : kind === 'service' ? rng.int(0, 1) : rng.int(1, 3)
    const revenueFactor = { development: [1, 6], assignment: [2, 8], licence: [1, 8], consulting: [0, 1], service: [0, 3] }[kind] as [number, number]
    const addedRevenueFen = Math.round((valueFen * rng.int(revenueFactor[0] * 10, revenueFactor[1] * 10)) / 10 / 1_000_000) * 1_000_000
    const evidence = [`YSBG-${year}-${String(rng.int(1, 999)).padStart(3, '0')}`]
    for (let i = 0; i < patentsFiled; i++) evidence.push(`CN${year}${rng.pick(['1', '2'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}.${rng.int(0, 9)}`)
    if (addedRevenueFen > 0) evidence.push(`FP${String(rng.int(0, 99_999_999)).padStart(8, '0')}`)
    return {
      newProducts,
      addedRevenueFen,
      patentsFiled,
      patentsGranted: kind === 'assignment' || kind === 'licence' ? Math.min(patentsFiled, rng.int(0, 1)) : rng.int(0, Math.floor(patentsFiled / 2)),
      jobsCreated: kind === 'consulting' ? rng.int(0, 2) : rng.int(2, 25),
      evidence,
    }
  }

  const reviewerRole = 'park_staff' as const

  /**
   * A contract after the consultations (or the acceptance) ending at `fromMs`, taken as far as
   * `depth` asks and the calendar allows. Returns when its last step happened and how far it got.
   */
  function makeContract(need: SeedNeed, match: SeedMatch, held: SeedConsultation[], fromMs: number, depth: Depth, review?: Review) {
    const kind = rng.weighted(contractKindsByNeed[need.kind])
    const { topic } = input.needTopic(need.id)
    const created = fromMs + days(2, 15)
    if (created > horizon) return null
    const valueFen = contractValueFen(need, kind)
    const contract: SeedContract = {
      id: rng.uuid(),
      needId: need.id,
      matchId: match.id,
      parkId: need.parkId,
      enterpriseId: need.enterpriseId,
      counterpartKind: match.candidateKind,
      counterpartId: match.candidateId,
      counterpartExpertId: match.responderExpertId,
      consultationIds: held.map((row) => row.id),
      kind,
      title: fill(contractTitle[kind], { aim: rng.pick(topic.aims), product: rng.pick(topic.products), field: topic.field, object: rng.pick(topic.objects) }),
      valueFen,
      signedOn: null,
      registrationNumber: null,
      status: 'draft',
      signedAt: null, startedAt: null, completedAt: null, terminatedAt: null, terminationReason: null,
      newProducts: null, addedRevenueFen: null, patentsFiled: null, patentsGranted: null, jobsCreated: null, evidence: [],
      reviewStatus: null, reviewedAt: null, revision: 0,
      createdAt: iso(created), updatedAt: iso(created),
    }
    contracts.push(contract)
    let last = created
    const step = (ms: number) => {
      last = ms
      contract.updatedAt = iso(ms)
    }
    // Which steps to take: a draft stops here; terminated ends after signing or starting.
    const wantedSteps = { accepted: 0, consulted: 0, contract: rng.weighted([[0, 2], [1, 3], [2, 5]] as const), completed: 3, terminated: rng.int(1, 2) }[depth]
    const signed = created + days(2, 20)
    if (wantedSteps < 1 || signed > horizon) return { contract, lastMs: last }
    contract.status = 'signed'
    contract.signedAt = iso(signed)
    contract.signedOn = new Date(signed + 8 * hourMs - days(0, 2)).toISOString().slice(0, 10)
    step(signed)
    const started = signed + days(1, 10)
    if (wantedSteps >= 2 && started <= horizon) {
      contract.status = 'in_progress'
      contract.startedAt = iso(started)
      step(started)
    }
    if (depth === 'terminated') {
      const terminated = last + days(5, 60)
      if (terminated <= horizon) {
        contract.status = 'terminated'
        contract.terminatedAt = iso(terminated)
        contract.terminationReason = rng.pick(terminationReasons)
        step(terminated)
      }
      return { contract, lastMs: last }
    }
    if (wantedSteps < 3 || contract.status !== 'in_progress') return { contract, lastMs: last }
    const [minDays, maxDays] = performanceDays[kind]
    const room = (horizon - started) / dayMs - 1
    if (room < minDays) return { contract, lastMs: last }
    const completed = started + days(minDays, Math.min(maxDays, room))
    const outcomes = outcomesOf(kind, valueFen, completed)
    Object.assign(contract, outcomes, { status: 'completed', completedAt: iso(completed), reviewStatus: 'pending', revision: 1 })
    step(completed)
    const submittedBy = rng.pick(['enterprise', 'expert'] as const)
    contractRevisions.push({
      contractId: contract.id,
      number: 1,
      reason: '完成并提交成果',
      changes: Object.fromEntries(Object.entries(outcomes).map(([field, value]) => [field, { from: null, to: value }])),
      createdByRole: submittedBy,
      createdAt: iso(completed),
    })
    const reviewed = completed + days(2, 15)
    if (reviewed > horizon) return { contract, lastMs: last }
    const decision = review === 'revised' ? 'rejected' : review ?? rng.weighted([['verified', 76], ['rejected', 12], ['pending', 12]] as const)
    if (decision === 'pending') return { contract, lastMs: last }
    contract.reviewStatus = decision
    contract.reviewedAt = iso(reviewed)
    step(reviewed)
    contractReviews.push({
      contractId: contract.id, revision: 1, decision, comment: rng.pick(decision === 'verified' ? verifyComments : rejectComments), reviewerRole, createdAt: iso(reviewed),
    })
    if (review === 'revised') {
      // Corrected after the rejection (revenue with its invoices), then verified.
      const revised = reviewed + days(2, 10)
      const verified = revised + days(1, 7)
      if (verified > horizon) return { contract, lastMs: last }
      const addedRevenueFen = contract.addedRevenueFen! + valueFen
      const evidence = [...contract.evidence, `FP${String(rng.int(0, 99_999_999)).padStart(8, '0')}`]
      contractRevisions.push({
        contractId: contract.id,
        number: 2,
        reason: '补充销售发票号，更正新增销售收入。',
        changes: { addedRevenueFen: { from: contract.addedRevenueFen, to: addedRevenueFen }, evidence: { from: contract.evidence, to: evidence } },
        createdByRole: 'enterprise',
        createdAt: iso(revised),
      })
      contractReviews.push({ contractId: contract.id, revision: 2, decision: 'verified', comment: rng.pick(verifyComments), reviewerRole, createdAt: iso(verified) })
      Object.assign(contract, { addedRevenueFen, evidence, revision: 2, reviewStatus: 'verified', reviewedAt: iso(verified) })
      step(verified)
    }
    return { contract, lastMs: last }
  }

  // Each need's story ---------------------------------------------------------------------------

  interface Plan {
    accept: boolean
    depth: Depth
    failures: number
    /** For needs without an accepted invitation: a live one at the end. */
    pending: boolean
    /** The final status wished for; the calendar may leave the need earlier in its life. */
    close: boolean
    candidate?: Candidate
    upcoming?: boolean
    /**
     * The contract's review when it must not be left to chance: revised once (rejected, corrected,
     * verified), or a given decision (the demo keys' own stories, one of each kind).
     */
    review?: Review
  }

  function plan(need: SeedNeed, ageDays: number): Plan {
    const enterprise = enterprises.get(need.enterpriseId)!
    const failures = rng.weighted([[0, 55], [1, 30], [2, 15]] as const)
    switch (need.status) {
      case 'in_progress':
        return { accept: true, depth: rng.weighted([['accepted', 12], ['consulted', 26], ['contract', 36], ['completed', 22], ['terminated', 6]] as const), failures, pending: false, close: false, upcoming: rng.chance(0.5) }
      case 'resolved':
        return { accept: true, depth: rng.weighted([['completed', 8], ['consulted', 2]] as const), failures, pending: false, close: false }
      case 'closed':
        return rng.chance(0.5)
          ? { accept: true, depth: rng.weighted([['consulted', 1], ['terminated', 1]] as const), failures, pending: false, close: true }
          : { accept: false, depth: 'accepted', failures: rng.int(0, 2), pending: false, close: true }
      default: {
        const accept = ageDays >= 10 && rng.chance(enterprise.isKey ? 0.4 : 0.2)
        if (accept) return { accept, depth: rng.weighted([['accepted', 25], ['consulted', 45], ['contract', 30]] as const), failures, pending: false, close: false, upcoming: rng.chance(0.6) }
        const shape = rng.weighted([['pending', 30], ['unanswered', 45], ['none', 25]] as const)
        return { accept: false, depth: 'accepted', failures: shape === 'none' ? 0 : rng.int(shape === 'pending' ? 0 : 1, 2), pending: shape === 'pending', close: false }
      }
    }
  }

  /** The demo keys' own stories, so each key has something to look at and act on. */
  const demoExpert = experts.get(keyHolders.expertId)!.row
  const demoExpertCandidate: Candidate = { kind: 'expert', id: demoExpert.id, responder: demoExpert.id }
  const demoExpertFits = (need: SeedNeed) =>
    need.enterpriseId !== keyHolders.enterpriseId && need.visibility === 'public' &&
    experts.get(demoExpert.id)!.topicKeys.includes(input.needTopic(need.id).key) && !conflicted(demoExpert, enterprises.get(need.enterpriseId)!)
  const plans = new Map<string, Plan>()
  const demoNeeds = input.needs.filter((need) => need.enterpriseId === keyHolders.enterpriseId)
  const demoPlans: Record<string, Plan> = {
    open: { accept: false, depth: 'accepted', failures: 1, pending: true, close: false },
    private: { accept: false, depth: 'accepted', failures: 1, pending: false, close: false },
    in_progress: { accept: true, depth: 'contract', failures: 0, pending: false, close: false, upcoming: true },
    resolved: { accept: true, depth: 'completed', failures: 1, pending: false, close: false, review: 'verified' },
  }
  for (const need of demoNeeds) {
    const demoPlan = need.status === 'open' && need.visibility === 'private' ? demoPlans.private : demoPlans[need.status]
    if (demoPlan) plans.set(need.id, { ...demoPlan })
  }
  // The demo expert: one engagement completed, one declined, one invitation waiting for an answer
  // (accepted ones stay on finished needs, so the tour's invitation finds capacity).
  const fitting = input.needs.filter(demoExpertFits)
  // The earliest fitting need that went further than open, finished (resolved) for this story.
  const finished = [...fitting].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).find((need) => need.status === 'resolved') ??
    [...fitting].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).find((need) => need.status === 'in_progress' || need.status === 'closed')
  if (finished) finished.status = 'resolved'
  const waiting = fitting.find((need) => need.status === 'open' && !plans.has(need.id))
  const declinedBy = fitting.find((need) => need !== waiting && need.status === 'open' && !plans.has(need.id))
  if (finished) plans.set(finished.id, { accept: true, depth: 'completed', failures: 0, pending: false, close: false, candidate: demoExpertCandidate, review: 'verified' })
  if (waiting) plans.set(waiting.id, { accept: false, depth: 'accepted', failures: 0, pending: true, close: false, candidate: demoExpertCandidate })

  // Reviews not left to chance: one revised contract and one pending review in the demo park (the
  // park staff key's to look at and verify), one rejected anywhere; on needs old enough for them.
  const showcases: Array<{ review: Review; demoPark: boolean }> = [
    { review: 'revised', demoPark: true },
    { review: 'pending', demoPark: true },
    { review: 'rejected', demoPark: false },
  ]

  for (const need of input.needs) {
    if (need.status === 'draft') continue
    const createdMs = Date.parse(need.createdAt)
    const p = plans.get(need.id) ?? plan(need, (nowMs - createdMs) / dayMs)
    if (p.accept && p.depth === 'completed' && !p.review && createdMs < nowMs - 150 * dayMs) {
      const showcase = showcases.findIndex((item) => !item.demoPark || need.parkId === keyHolders.parkId)
      if (showcase >= 0) p.review = showcases.splice(showcase, 1)[0]!.review
    }
    const invited = new Set<string>()
    let t = createdMs + hours(2, 120)
    if (need === declinedBy) {
      const end = t + hours(4, 40)
      invited.add(demoExpert.id)
      addMatch(need, demoExpertCandidate, 'declined', t, end)
      otherBy.add(demoExpert.id)
      t = end + hours(1, 48)
    }
    t = failedInvitations(need, p.failures, t, invited)
    let status: SeedNeed['status'] = 'open'
    let changedMs = createdMs
    let accepted: SeedMatch | null = null
    if (p.accept) {
      const candidate = p.candidate ?? chooseCandidate(need, true, invited)
      const respondedMs = t + hours(1, 60)
      if (candidate && respondedMs <= horizon) {
        invited.add(candidate.id)
        record(candidate, true, need.enterpriseId)
        accepted = addMatch(need, candidate, 'accepted', t, respondedMs)
        status = 'in_progress'
        changedMs = respondedMs
        t = respondedMs
      }
    } else if (p.pending) {
      pendingInvitation(need, t, invited, p.candidate)
    }
    if (accepted) {
      const completedWanted = p.depth === 'accepted' ? 0 : rng.weighted([[1, 6], [2, 3], [3, 1]] as const)
      // A consultation still to come only where the need stays in progress.
      const upcoming = !p.close && (p.upcoming ?? false) && ['accepted', 'consulted', 'contract'].includes(p.depth)
      const { held, lastMs } = holdConsultations(need, accepted, t, completedWanted, upcoming, p.review === 'verified')
      const reached = held.length === completedWanted
      if (lastMs !== null) t = lastMs
      let finishedMs: number | null = null
      if (reached && ['contract', 'completed', 'terminated'].includes(p.depth)) {
        const made = makeContract(need, accepted, held, t, p.depth, p.review)
        if (made) {
          t = made.lastMs
          if (made.contract.status === 'completed') finishedMs = Date.parse(made.contract.completedAt!)
          if (made.contract.status === 'terminated') finishedMs = Date.parse(made.contract.terminatedAt!)
        }
      } else if (reached && p.depth === 'consulted' && lastMs !== null) {
        finishedMs = lastMs
      }
      const wantsEnd = need.status === 'resolved' || (need.status === 'in_progress' && p.depth === 'completed' && rng.chance(0.3)) || p.close
      if (finishedMs !== null && wantsEnd) {
        const endMs = finishedMs + days(1, 10)
        if (endMs <= horizon) {
          status = p.close ? 'closed' : 'resolved'
          changedMs = endMs
        }
      }
    } else if (p.close) {
      const endMs = Math.max(t, createdMs) + days(3, 40)
      if (endMs <= horizon) {
        status = 'closed'
        changedMs = endMs
      }
    }
    need.status = status
    need.updatedAt = iso(Math.max(changedMs, createdMs))
  }

  // Registration numbers (技术合同登记号: year, the registering city's division, serial) in signing order.
  const serials = new Map<string, number>()
  for (const contract of [...contracts].filter((row) => row.signedOn).sort((a, b) => a.signedAt!.localeCompare(b.signedAt!))) {
    if (!rng.chance(0.85)) continue
    const year = contract.signedOn!.slice(0, 4)
    const serial = (serials.get(year) ?? 100) + rng.int(1, 40)
    serials.set(year, serial)
    contract.registrationNumber = `${year}140400${String(serial).padStart(6, '0')}`
  }

  // 科技工作者状况: experts who stopped taking engagements (outflow), and some who got busy.
  const availabilityChanges: SeedAvailabilityChange[] = []
  for (const { row } of input.experts) {
    if (row.availability === 'available' || acceptedBy.has(row.id) || otherBy.has(row.id) || answersForOthers.has(row.id)) continue
    if (!rng.chance(row.availability === 'unavailable' ? 0.6 : 0.4)) continue
    const from = Date.parse(row.createdAt) + days(20, 60)
    const changedAt = from + Math.floor(rng.int(0, 100) / 100 * Math.max(0, horizon - from))
    if (changedAt > horizon) continue
    availabilityChanges.push({ expertId: row.id, fromAvailability: 'available', toAvailability: row.availability, changedAt: iso(changedAt) })
  }
  availabilityChanges.sort((a, b) => a.changedAt.localeCompare(b.changedAt))

  return { matches, consultations, contracts, contractRevisions, contractReviews, availabilityChanges }
}
