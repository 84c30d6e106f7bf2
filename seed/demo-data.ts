import type {
  SeedAchievement,
  SeedEnterprise,
  SeedExpert,
  SeedIndustry,
  SeedNeed,
  SeedPark,
  SeedSociety,
  SeedSocietyMembership,
  SeedWorkstation,
  SeedWorkstationMember,
} from '../src/modules/demo/seed-writer.js'
import { usccCheckCharacter } from '../src/core/uscc.js'
import { type DemoHistory, generateHistory } from './demo-history.js'
import * as vocabulary from './demo-vocabulary.js'
import type { NeedKind, Topic } from './demo-vocabulary.js'

/**
 * The demo data set: a pilot-park world around 长治 (Changzhi, 山西), generated from
 * `demo-vocabulary.ts` with a seeded PRNG so every run yields the same rows, ids included. Every
 * person is invented (surname + given-name characters); organisations and societies are real
 * institution names used as affiliations.
 */

export interface DemoData {
  industries: SeedIndustry[]
  parks: SeedPark[]
  enterprises: SeedEnterprise[]
  experts: SeedExpert[]
  achievements: SeedAchievement[]
  societies: SeedSociety[]
  societyMemberships: SeedSocietyMembership[]
  workstations: SeedWorkstation[]
  workstationMembers: SeedWorkstationMember[]
  needs: SeedNeed[]
  /** What happened since: invitations, consultations, contracts and their review, availability changes. */
  history: DemoHistory
  /** Whom the demo API keys act for: the first park, a key enterprise in it with needs, an expert who fits some needs. */
  keyHolders: { parkId: string; enterpriseId: string; expertId: string }
}

/** The work plan's date; any constant would do, this one is easy to recognise. */
export const demoSeed = 20220718

// Randomness -------------------------------------------------------------------------------------

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Random {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return entries.at(-1)![0]
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  }

  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length))
  }

  /** An RFC 4122 version 4 UUID from this generator's bytes. */
  uuid(): string {
    const bytes = Array.from({ length: 16 }, () => Math.floor(this.next() * 256))
    bytes[6] = (bytes[6]! & 0x0f) | 0x40
    bytes[8] = (bytes[8]! & 0x3f) | 0x80
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
}

// Dates: the demo world is a pilot that started 272 days before "now", the day it is generated for.
// Every event lies before that day's 00:00 UTC, so loaded on day D the demo's history ends the day
// before and the KPIs' default period (the year ending today) covers all of it. The generator is
// deterministic for a given seed and day: only the dates move with the day.

const dayMs = 86_400_000
/** The day `generateDemoData()` is generated for by default (tests, benchmarks, the eval set). */
export const demoNow = '2026-11-29'
/** Day index of "now": day 0 is the pilot's first day, 09:00 in Beijing. */
const nowDay = 272
const lastDay = 268

/** Day arithmetic for one generation: `at(day, minutes)` from 09:00 Beijing (01:00 UTC) of day 0. */
export interface DemoClock {
  baseMs: number
  /** 00:00 UTC of the day generated for: every event is before it. */
  nowMs: number
  at(day: number, minutes: number): string
  dayOf(timestamp: string): number
  dateAfter(timestamp: string, days: number): string
}

export function demoClock(now: Date | string = demoNow): DemoClock {
  const nowMs = Math.floor(new Date(now).getTime() / dayMs) * dayMs
  const baseMs = nowMs - nowDay * dayMs + 3_600_000
  return {
    baseMs,
    nowMs,
    at: (day, minutes) => new Date(baseMs + day * dayMs + minutes * 60_000).toISOString(),
    dayOf: (timestamp) => Math.floor((Date.parse(timestamp) - baseMs) / dayMs),
    dateAfter: (timestamp, days) => new Date(Date.parse(timestamp) + days * dayMs).toISOString().slice(0, 10),
  }
}

function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in slots ? String(slots[name]) : match))
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)]

// Generation -------------------------------------------------------------------------------------

const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const industryByCode = new Map(vocabulary.industries.map((industry) => [industry.code, industry]))

function industryOf(code: string): vocabulary.IndustryVocabulary {
  const industry = industryByCode.get(code)
  if (!industry) throw new Error(`no vocabulary for industry ${code}`)
  return industry
}

interface TopicRef {
  industry: string
  index: number
  topic: Topic
}

function topicsOf(code: string): TopicRef[] {
  return industryOf(code).topics.map((topic, index) => ({ industry: code, index, topic }))
}

const topicKey = (ref: TopicRef) => `${ref.industry}:${ref.index}`

interface EnterpriseInfo {
  row: SeedEnterprise
  short: string
  business: string
  /** The topics of its line of business, which most of its needs are about. */
  topics: TopicRef[]
  park: SeedPark
  parkIndex: number
}

interface ExpertInfo {
  row: SeedExpert
  topics: TopicRef[]
  kind: vocabulary.OrganisationKind | 'enterprise'
}

export function generateDemoData(seed = demoSeed, now: Date | string = demoNow): DemoData {
  const rng = new Random(seed)
  const clock = demoClock(now)
  const { at, dayOf, dateAfter } = clock
  const usedNames = new Set<string>()

  function personName(): string {
    for (;;) {
      const surname = rng.pick(vocabulary.surnames)
      const first = rng.pick(vocabulary.givenNameCharacters)
      let given = first
      if (rng.chance(0.7)) {
        let second = rng.pick(vocabulary.givenNameCharacters)
        while (second === first) second = rng.pick(vocabulary.givenNameCharacters)
        given += second
      }
      const name = surname + given
      if (!usedNames.has(name)) {
        usedNames.add(name)
        return name
      }
    }
  }

  // Industries and parks -------------------------------------------------------------------------

  const industries: SeedIndustry[] = vocabulary.industries.map(({ code, name, description }) => ({ code, name, description }))

  const parks: SeedPark[] = vocabulary.parks.map((spec, index) => ({
    id: rng.uuid(),
    name: spec.name,
    regionCode: spec.regionCode,
    keyIndustries: spec.keyIndustries,
    description: spec.description,
    createdAt: at(0, index * 30),
    updatedAt: at(0, index * 30),
  }))

  // Enterprises ----------------------------------------------------------------------------------

  const usedUscc = new Set<string>()
  function uscc(division: string): string {
    for (;;) {
      const body = rng.chance(0.6)
        ? `MA${Array.from({ length: 7 }, () => rng.pick([...usccAlphabet])).join('')}`
        : `${String(rng.int(10_000_000, 99_999_999))}${rng.pick([...usccAlphabet])}`
      const first17 = `91${division}${body}`
      const code = first17 + usccCheckCharacter(first17)
      if (!usedUscc.has(code)) {
        usedUscc.add(code)
        return code
      }
    }
  }

  const usedEnterpriseNames = new Set<string>()
  const enterpriseInfos: EnterpriseInfo[] = []
  vocabulary.parks.forEach((spec, parkIndex) => {
    const park = parks[parkIndex]!
    for (let k = 0; k < spec.enterprises; k++) {
      const demoEnterprise = parkIndex === 0 && k === 0
      const primary = spec.keyIndustries[k % spec.keyIndustries.length]!
      const others = spec.keyIndustries.filter((code) => code !== primary)
      const codes = rng.chance(0.25) ? [primary, rng.pick(others)] : [primary]
      const vocab = industryOf(primary)
      const line = rng.pick(vocab.lines)
      const size = demoEnterprise
        ? 'large'
        : rng.weighted([['micro', 1], ['small', 4], ['medium', 4], ['large', 2]] as const)
      const isKey = demoEnterprise || rng.chance({ large: 0.7, medium: 0.3, small: 0.08, micro: 0 }[size])
      let name = ''
      let short = ''
      while (!name || usedEnterpriseNames.has(name)) {
        const brand = rng.pick(vocabulary.brandFirst) + rng.pick(vocabulary.brandSecond)
        const noun = line.noun
        const prefix = rng.weighted([['山西', 4], ['长治市', 3], ['长治', 2]] as const)
        const suffix = size === 'large'
          ? rng.pick(['股份有限公司', '集团有限公司'])
          : rng.weighted([['有限公司', 5], ['有限责任公司', 2]] as const)
        if (brand[0] === brand[1]) continue
        short = brand + noun
        name = prefix + short + suffix
      }
      usedEnterpriseNames.add(name)
      const business = line.business
      const staff = { micro: rng.int(8, 19), small: rng.int(20, 99), medium: rng.int(100, 499), large: rng.int(500, 3000) }[size]
      const honours = rng.sample(vocabulary.enterpriseHonours, isKey ? 2 : rng.int(0, 1))
      const division = parkIndex === 0 && rng.chance(0.3) ? '140400' : park.regionCode
      const createdAt = at(demoEnterprise ? 1 : rng.int(1, 60), rng.int(0, 600))
      const row: SeedEnterprise = {
        id: rng.uuid(),
        name,
        uscc: uscc(division),
        parkId: park.id,
        industries: codes,
        size,
        isKey,
        contactName: personName(),
        contactPhone: `0355-${rng.int(2, 8)}${String(rng.int(0, 999_999)).padStart(6, '0')}`,
        contactEmail: `keji${String(enterpriseInfos.length + 1).padStart(3, '0')}@example.com`,
        description: `主营${business}，员工约${staff}人${honours.length ? `，${honours.join('、')}` : ''}。`,
        createdAt,
        updatedAt: createdAt,
      }
      const topics = line.topics.map((index) => topicsOf(primary)[index]!)
      enterpriseInfos.push({ row, short, business, topics, park, parkIndex })
    }
  })
  const enterprises = enterpriseInfos.map((info) => info.row)

  // Experts --------------------------------------------------------------------------------------

  const expertInfos: ExpertInfo[] = []

  function chooseTopics(primary: string, secondaryPool: readonly string[]): TopicRef[] {
    const chosen = rng.sample(topicsOf(primary), rng.weighted([[1, 4], [2, 5], [3, 1]] as const))
    const secondaries = secondaryPool.filter((code) => code !== primary)
    if (secondaries.length && rng.chance(0.15)) chosen.push(rng.pick(topicsOf(rng.pick(secondaries))))
    return chosen
  }

  function expertProfile(topics: TopicRef[]) {
    const keywords = unique(topics.flatMap((ref) => rng.sample(ref.topic.expertKeywords, rng.int(2, 4))))
    return {
      disciplines: unique(topics.map((ref) => ref.topic.discipline)),
      fields: unique(topics.map((ref) => ref.topic.field)),
      keywords,
      industries: unique(topics.map((ref) => ref.industry)),
    }
  }

  function academicBio(name: string, organisation: string, title: string, profile: ReturnType<typeof expertProfile>): string {
    const [kw1 = '', kw2 = kw1] = profile.keywords
    const extras = rng.sample(
      [
        '主持国家重点研发计划课题、国家自然科学基金项目多项。',
        `在${kw1}和${kw2}方面积累了丰富的工程化经验，曾为多家企业提供技术咨询服务。`,
        `获省部级科学技术奖${rng.int(1, 4)}项，授权发明专利${rng.int(5, 40)}件。`,
        `参与制定国家和行业标准${rng.int(1, 5)}项。`,
        '近年来致力于科技成果在山西的转化落地。',
        '以柔性方式长期服务长治市企业技术创新。',
        `指导研究生${rng.int(10, 60)}名，多名毕业生在省内重点企业从事研发工作。`,
      ],
      rng.int(1, 2),
    )
    return `${name}，${organisation}${title}，长期从事${profile.fields.join('、')}研究。${extras.join('')}`
  }

  function addExpert(info: Omit<SeedExpert, 'id' | 'createdAt' | 'updatedAt'>, topics: TopicRef[], kind: ExpertInfo['kind']) {
    const createdAt = at(rng.int(0, 90), rng.int(0, 600))
    expertInfos.push({ row: { id: rng.uuid(), ...info, createdAt, updatedAt: createdAt }, topics, kind })
  }

  for (const seat of vocabulary.academicianSeats) {
    const organisation = vocabulary.organisations.find((org) => org.name === seat.organisation)!
    const name = personName()
    const topics = rng.sample(topicsOf(seat.industry), 2)
    const profile = expertProfile(topics)
    addExpert(
      {
        name,
        title: seat.title,
        isAcademician: true,
        organisation: organisation.name,
        enterpriseId: null,
        ...profile,
        bio: `${name}，${seat.academy}，${organisation.name}${seat.title}，${profile.fields[0]}领域的学术带头人。长期致力于${profile.fields.join('、')}的基础研究与工程应用，获国家科学技术奖${rng.int(1, 3)}项。受聘为长治市“科创中国”首席科学家，以柔性方式指导园区企业技术攻关。`,
        regionCode: organisation.regionCode,
        availability: rng.pick(['available', 'busy'] as const),
        capacity: rng.int(1, 2),
      },
      topics,
      'institute',
    )
  }

  const employers = rng
    .shuffle(enterpriseInfos.filter((info) => info.row.size === 'large' || info.row.size === 'medium'))
    .slice(0, 24)
  for (const employer of employers) {
    const name = personName()
    const title = rng.weighted(vocabulary.titlesByKind.enterprise)
    const topics = employer.topics
    const profile = expertProfile(topics)
    addExpert(
      {
        name,
        title,
        isAcademician: false,
        organisation: employer.row.name,
        enterpriseId: employer.row.id,
        ...profile,
        bio: `${name}，${employer.row.name}${title}，现任公司${rng.pick(['技术中心主任', '总工程师', '研发部部长', '技术中心副主任'])}，负责${profile.fields[0]}相关技术研发与工程实施。`,
        regionCode: employer.park.regionCode,
        availability: rng.weighted([['available', 5], ['busy', 4], ['unavailable', 1]] as const),
        capacity: rng.int(1, 3),
      },
      topics,
      'enterprise',
    )
  }

  const organisationWeights = vocabulary.organisations.map((org) => [org, org.weight] as const)
  while (expertInfos.length < 330) {
    const organisation = rng.weighted(organisationWeights)
    const name = personName()
    const title = rng.weighted(vocabulary.titlesByKind[organisation.kind])
    const topics = chooseTopics(rng.pick(organisation.industries), organisation.industries)
    const profile = expertProfile(topics)
    const availability = rng.weighted([['available', 7], ['busy', 2], ['unavailable', 1]] as const)
    addExpert(
      {
        name,
        title,
        isAcademician: false,
        organisation: organisation.name,
        enterpriseId: null,
        ...profile,
        bio: academicBio(name, organisation.name, title, profile),
        regionCode: rng.chance(0.03) ? null : organisation.regionCode,
        availability,
        capacity: availability === 'unavailable' ? 0 : availability === 'busy' ? rng.int(1, 2) : rng.int(2, 6),
      },
      topics,
      organisation.kind,
    )
  }
  const experts = expertInfos.map((info) => info.row)

  // Achievements ---------------------------------------------------------------------------------

  const achievements: SeedAchievement[] = []
  const grades = ['一', '二', '三'] as const
  for (const info of expertInfos) {
    const count = info.row.isAcademician ? 5 : rng.weighted([[0, 2], [1, 2], [2, 3], [3, 3], [4, 2], [5, 2]] as const)
    const kinds = info.kind === 'enterprise'
      ? ([['paper', 1], ['patent', 4], ['project', 2], ['award', 1], ['standard', 2]] as const)
      : ([['paper', 4], ['patent', 2], ['project', 3], ['award', 1], ['standard', 0.5]] as const)
    const years = Array.from({ length: count }, () => rng.int(info.row.isAcademician ? 2006 : 2012, 2026)).sort((a, b) => b - a)
    for (let position = 0; position < count; position++) {
      const ref = rng.pick(info.topics)
      const { topic } = ref
      const [kw1, kw2] = rng.sample(topic.expertKeywords, 2) as [string, string]
      const aim = rng.pick(topic.aims)
      const year = years[position]!
      const kind = rng.weighted(kinds)
      const [title, summary] = {
        paper: (): [string, string] => [
          fill(rng.pick(['{kw1}对{kw2}性能的影响研究', '基于{kw1}的{field}方法研究', '{field}研究进展与展望', '{kw1}过程机理及动力学分析', '{aim}中的关键问题与对策']), { kw1, kw2, aim, field: topic.field }),
          `发表于《${rng.pick(industryOf(ref.industry).journals)}》${year}年第${rng.int(1, 12)}期`,
        ],
        patent: (): [string, string] => [
          fill(rng.pick(['一种{kw1}的制备方法', '一种用于{object}的{kw1}装置', '{kw1}系统及其控制方法', '一种提高{kw1}效率的方法']), { kw1, object: rng.pick(topic.objects) }),
          rng.pick(['发明专利，已授权', '发明专利，已在合作企业实施', '实用新型专利，已授权', '发明专利，已许可2家企业使用']),
        ],
        project: (): [string, string] => [
          fill(rng.pick(['国家重点研发计划课题：{aim}', '山西省重点研发计划项目：{aim}', '国家自然科学基金面上项目：{kw1}调控机制研究', '企业委托项目：{object}技术改造']), { aim, kw1, object: rng.pick(topic.objects) }),
          rng.pick([`项目负责人，经费${rng.int(3, 60) * 10}万元`, '主要完成人，已通过验收', '课题负责人，在研']),
        ],
        award: (): [string, string] => [
          `${rng.pick(['山西省科学技术进步奖', '山西省技术发明奖', '中国产学研合作创新成果奖'])}${rng.pick(grades)}等奖：${aim}`,
          `排名第${rng.int(1, 7)}`,
        ],
        standard: (): [string, string] => [
          fill(rng.pick(['团体标准《{product}》', '行业标准《{aim}技术规范》', '地方标准《{aim}技术要求》']), { product: rng.pick(topic.products), aim }),
          rng.pick(['主要起草人', '第一起草人', '参与起草']),
        ],
      }[kind]()
      achievements.push({
        id: rng.uuid(),
        expertId: info.row.id,
        position,
        title,
        kind,
        year,
        summary,
        pinned: position === 0 && rng.chance(0.3),
        excludedFromMatching: rng.chance(0.03),
      })
    }
  }

  // Societies and memberships --------------------------------------------------------------------

  const societyRows: SeedSociety[] = vocabulary.societies.map((spec, index) => ({
    id: rng.uuid(),
    name: spec.name,
    level: spec.level,
    disciplines: spec.disciplines,
    description: spec.description,
    regionCode: spec.regionCode,
    contactExpertId: null,
    createdAt: at(0, 120 + index * 7),
    updatedAt: at(0, 120 + index * 7),
  }))
  const members = new Map<string, ExpertInfo[]>(societyRows.map((society) => [society.id, []]))
  const eligible = (spec: vocabulary.SocietySpec, info: ExpertInfo, strict: boolean) => {
    if (!info.row.industries.some((code) => spec.industries.includes(code))) return false
    if (!strict) return true
    const region = info.row.regionCode ?? ''
    return spec.level === 'municipal' ? region.startsWith('1404') : spec.level === 'provincial' ? region.startsWith('14') : true
  }
  vocabulary.societies.forEach((spec, index) => {
    const society = societyRows[index]!
    const joinChance = { national: 0.2, provincial: 0.35, municipal: 0.6 }[spec.level]
    const list = members.get(society.id)!
    for (const info of expertInfos) if (eligible(spec, info, true) && rng.chance(joinChance)) list.push(info)
    // A society needs enough members for a service station; fill up from its whole field.
    const wanted = 6
    if (list.length < wanted) {
      const extra = rng.shuffle(expertInfos.filter((info) => !list.includes(info) && eligible(spec, info, false)))
      list.push(...extra.slice(0, wanted - list.length))
    }
    const local = list.filter((info) => eligible(spec, info, true) && info.row.availability !== 'unavailable')
    society.contactExpertId = rng.pick(local.length ? local : list).row.id
  })
  const societyMemberships: SeedSocietyMembership[] = societyRows.flatMap((society) =>
    members.get(society.id)!.map((info) => ({ societyId: society.id, expertId: info.row.id })),
  )

  // Workstations ---------------------------------------------------------------------------------

  const workstations: SeedWorkstation[] = []
  const workstationMembers: SeedWorkstationMember[] = []
  const workstationIndustries = new Map<string, readonly string[]>()
  /** A key enterprise of the park in that industry if there is one. */
  const hostEnterprise = (parkIndex: number, industry: string) => {
    const candidates = enterpriseInfos.filter((info) => info.parkIndex === parkIndex && info.row.industries[0] === industry)
    return candidates.find((info) => info.row.isKey) ?? candidates[0]!
  }
  const expertsIn = (industry: string) =>
    expertInfos.filter((info) => info.row.industries.includes(industry) && !info.row.isAcademician && info.row.enterpriseId === null)
  /** A station's fields: its team's research directions within the industries it serves. */
  const fieldsOf = (team: ExpertInfo[], industries: readonly string[]) =>
    unique(team.flatMap((info) => info.topics.filter((ref) => industries.includes(ref.industry)).map((ref) => ref.topic.field))).slice(0, 5)

  function addWorkstation(
    spec: Omit<SeedWorkstation, 'id' | 'createdAt' | 'updatedAt' | 'fields' | 'leadExpertId' | 'description'>,
    industries: readonly string[],
    lead: ExpertInfo,
    team: ExpertInfo[],
    describe: (fields: string) => string,
  ) {
    const createdAt = at(rng.int(20, 110), rng.int(0, 600))
    const fields = fieldsOf([lead, ...team], industries)
    const id = rng.uuid()
    workstationIndustries.set(id, industries)
    workstations.push({ id, ...spec, leadExpertId: lead.row.id, fields, description: describe(fields.slice(0, 3).join('、')), createdAt, updatedAt: createdAt })
    for (const info of unique([lead, ...team])) workstationMembers.push({ workstationId: id, expertId: info.row.id })
  }

  const societyStations: Array<{ society: string; parkIndex: number; hostIndustry?: string }> = [
    { society: '长治市化学化工学会', parkIndex: 1 },
    { society: '山西省煤炭学会', parkIndex: 2, hostIndustry: 'modern_coal_chemical' },
    { society: '中国材料研究学会', parkIndex: 0 },
    { society: '长治市农学会', parkIndex: 3, hostIndustry: 'specialty_agri_processing' },
    { society: '山西省电子学会', parkIndex: 0, hostIndustry: 'big_data_xinchuang' },
    { society: '长治市中医药学会', parkIndex: 3 },
  ]
  for (const station of societyStations) {
    const index = vocabulary.societies.findIndex((spec) => spec.name === station.society)
    const society = societyRows[index]!
    const park = parks[station.parkIndex]!
    const host = station.hostIndustry ? hostEnterprise(station.parkIndex, station.hostIndustry) : null
    const list = members.get(society.id)!
    const lead = list.find((info) => info.row.id === society.contactExpertId)!
    const team = rng.sample(list.filter((info) => info !== lead), rng.int(3, 5))
    const place = host ? host.short : vocabulary.parks[station.parkIndex]!.short
    addWorkstation(
      {
        name: `${society.name}${place}服务站`,
        kind: 'society_station',
        hostEnterpriseId: host?.row.id ?? null,
        hostParkId: host ? null : park.id,
        parkId: park.id,
        societyId: society.id,
      },
      vocabulary.societies[index]!.industries,
      lead,
      team,
      (fields) => `${society.name}在${host ? host.row.name : park.name}设立的学会服务站，组织学会专家围绕${fields}开展技术咨询、产需对接和学术交流。`,
    )
  }

  const expertStations: Array<{ parkIndex: number; industry: string }> = [
    { parkIndex: 0, industry: 'high_end_equipment' },
    { parkIndex: 1, industry: 'green_building_materials' },
    { parkIndex: 2, industry: 'energy_saving_environmental' },
    { parkIndex: 3, industry: 'biomedicine' },
  ]
  for (const station of expertStations) {
    const host = hostEnterprise(station.parkIndex, station.industry)
    const pool = rng.shuffle(expertsIn(station.industry))
    const lead = pool.find((info) => info.row.title === '教授' || info.row.title === '研究员') ?? pool[0]!
    const own = expertInfos.filter((info) => info.row.enterpriseId === host.row.id)
    const team = [...pool.filter((info) => info !== lead).slice(0, rng.int(2, 4)), ...own]
    addWorkstation(
      { name: `${host.short}专家工作站`, kind: 'expert_station', hostEnterpriseId: host.row.id, hostParkId: null, parkId: host.park.id, societyId: null },
      [station.industry],
      lead,
      team,
      (fields) => `依托${host.row.name}建设的专家工作站，由${lead.row.organisation}${lead.row.name}${lead.row.title}领衔，聚焦${fields}。`,
    )
  }

  const academicianFor = (industry: string) => expertInfos.find((info) => info.row.isAcademician && info.topics[0]!.industry === industry)!
  const academicianStations: Array<{ parkIndex: number; industry: string }> = [
    { parkIndex: 2, industry: 'modern_coal_chemical' },
    { parkIndex: 1, industry: 'hydrogen' },
    { parkIndex: 0, industry: 'new_materials' },
  ]
  for (const station of academicianStations) {
    const lead = academicianFor(station.industry)
    const host = hostEnterprise(station.parkIndex, station.industry)
    const team = rng.sample(expertsIn(station.industry).filter((info) => info.row.organisation === lead.row.organisation || rng.chance(0.3)), rng.int(3, 5))
    addWorkstation(
      { name: `${host.short}院士工作站`, kind: 'academician_station', hostEnterpriseId: host.row.id, hostParkId: null, parkId: host.park.id, societyId: null },
      [station.industry],
      lead,
      team,
      (fields) => `${lead.row.name}院士团队在${host.row.name}设立的院士工作站，围绕${fields}开展联合攻关和人才培养。`,
    )
  }

  const academicianCenters: Array<{ parkIndex: number; industry: string }> = [
    { parkIndex: 0, industry: 'photovoltaic_new_energy' },
    { parkIndex: 1, industry: 'energy_saving_environmental' },
  ]
  for (const center of academicianCenters) {
    const lead = academicianFor(center.industry)
    const park = parks[center.parkIndex]!
    const industryName = industryOf(center.industry).name
    const team = rng.sample(expertsIn(center.industry), rng.int(4, 6))
    addWorkstation(
      { name: `${vocabulary.parks[center.parkIndex]!.short}${industryName}院士创新中心`, kind: 'academician_center', hostEnterpriseId: null, hostParkId: park.id, parkId: park.id, societyId: null },
      [center.industry],
      lead,
      team,
      () => `${park.name}联合${lead.row.name}院士团队共建的院士创新中心，服务园区${industryName}产业链关键技术攻关与成果转化。`,
    )
  }

  // Needs ----------------------------------------------------------------------------------------

  const needs: SeedNeed[] = []
  const needTopics = new Map<string, string>()
  const usedTitles = new Set<string>()
  const demoEnterprise = enterpriseInfos[0]!
  const demoNeedPlan = [
    { status: 'open', visibility: 'public' },
    { status: 'draft', visibility: 'park' },
    { status: 'in_progress', visibility: 'park' },
    { status: 'open', visibility: 'private' },
    { status: 'resolved', visibility: 'public' },
  ] as const
  const kindWeights = [
    ['breakthrough', 25], ['consulting', 14], ['collaboration', 15], ['transfer', 11],
    ['commercialisation', 12], ['new_product', 14], ['talent', 9],
  ] as const satisfies readonly (readonly [NeedKind, number])[]
  const budgetRange: Record<NeedKind, [number, number]> = {
    breakthrough: [50, 500], consulting: [5, 30], collaboration: [30, 300], transfer: [100, 800],
    commercialisation: [100, 1000], new_product: [50, 400], talent: [20, 100],
  }
  const trlRange: Partial<Record<NeedKind, [number, number]>> = {
    breakthrough: [3, 5], collaboration: [4, 6], transfer: [6, 8], commercialisation: [5, 7], new_product: [5, 7],
  }
  const wanFen = 1_000_000

  function addNeed(info: EnterpriseInfo, plan?: { status: SeedNeed['status']; visibility: SeedNeed['visibility'] }) {
    const ownLine = rng.chance(0.75)
    const industry = ownLine ? info.row.industries[0]! : rng.pick(info.row.industries)
    const ref = rng.pick(ownLine ? info.topics : topicsOf(industry))
    const { topic } = ref
    const kind = rng.weighted(kindWeights)
    // Title and text share one aim, object and product; another pick only when the title is taken.
    let title = ''
    let subject = { aim: '', object: '', product: '' }
    for (let attempt = 0; attempt < 8 && (!title || usedTitles.has(title)); attempt++) {
      subject = { aim: rng.pick(topic.aims), object: rng.pick(topic.objects), product: rng.pick(topic.products) }
      title = fill(rng.pick(vocabulary.titleTemplates[kind]), { ...subject, field: topic.field })
    }
    if (usedTitles.has(title)) title = `${title}（${info.short}）`
    usedTitles.add(title)
    const { aim, object, product } = subject
    const [issue1, issue2, issue3] = rng.sample(topic.issues, 3) as [string, string, string]
    const [metric1, metric2, metric3] = rng.sample(topic.metrics, 3) as [string, string, string]
    const slots = {
      aim, object, product, field: topic.field, issue1, issue2, issue3, metric1, metric2, metric3,
      enterprise: info.short, park: info.park.name, business: info.business,
      keyTag: info.row.isKey ? '重点' : '入驻',
      scale: {
        micro: `年营业收入约${rng.int(3, 9)}00万元`,
        small: `年营业收入约${rng.int(20, 90)}00万元`,
        medium: `年营业收入约${rng.int(1, 8)}亿元`,
        large: `年营业收入约${rng.int(8, 60)}亿元`,
      }[info.row.size],
      driver: fill(rng.pick([...vocabulary.drivers, ...(vocabulary.kindDrivers[kind] ?? [])]), { staff: rng.int(8, 60) }),
      consequence: rng.pick(vocabulary.consequences),
      deliverable: rng.pick(vocabulary.deliverables),
      months: rng.pick([6, 12, 18, 24]),
      monthsOnSite: rng.int(2, 4),
    }

    const status = plan?.status ?? rng.weighted([['draft', 10], ['open', 45], ['in_progress', 25], ['resolved', 12], ['closed', 8]] as const)
    const visibility = plan?.visibility ?? rng.weighted([['public', 50], ['park', 35], ['private', 15]] as const)

    const [low, high] = budgetRange[kind]
    let budgetMinFen: number | null = null
    let budgetMaxFen: number | null = null
    const budgetShape = rng.weighted([['range', 75], ['upTo', 10], ['negotiable', 15]] as const)
    if (budgetShape !== 'negotiable') {
      const step = high <= 30 ? 1 : 5
      const min = Math.max(step, Math.round(rng.int(low, high) / step) * step)
      const max = Math.round((min * rng.pick([1.5, 2, 3])) / step) * step
      budgetMaxFen = max * wanFen
      if (budgetShape === 'range') budgetMinFen = min * wanFen
    }
    const trl = trlRange[kind]
    const trlWanted = trl ? rng.int(trl[0], trl[1]) : kind === 'consulting' && rng.chance(0.4) ? rng.int(6, 8) : null

    const createdAt = at(rng.int(30, lastDay - 3), rng.int(0, 600))
    const updatedAt = status === 'draft' || status === 'open'
      ? createdAt
      : at(Math.min(lastDay, dayOf(createdAt) + rng.int(5, 60)), rng.int(0, 600))
    const keywords = unique([
      ...rng.sample(topic.needKeywords, rng.int(2, 4)),
      ...(rng.chance(0.2) ? [rng.pick(topic.expertKeywords)] : []),
    ])

    const id = rng.uuid()
    needTopics.set(id, topicKey(ref))
    needs.push({
      id,
      enterpriseId: info.row.id,
      parkId: info.row.parkId,
      title,
      industryCode: industry,
      background: fill(rng.pick(vocabulary.backgroundTemplates), slots),
      problem: fill(rng.pick(vocabulary.problemTemplates), slots),
      goals: fill(rng.pick(vocabulary.kindGoalTemplates[kind] ?? vocabulary.goalTemplates), slots),
      kind,
      keywords,
      budgetMinFen,
      budgetMaxFen,
      trlWanted,
      deadline: rng.chance(0.85) ? dateAfter(createdAt, rng.int(120, 540)) : null,
      visibility,
      status,
      createdAt,
      updatedAt: Date.parse(updatedAt) < Date.parse(createdAt) ? createdAt : updatedAt,
    })
  }

  for (const plan of demoNeedPlan) addNeed(demoEnterprise, plan)
  for (const info of enterpriseInfos.slice(1)) {
    const count = info.row.isKey ? rng.int(2, 4) : rng.int(1, 2)
    for (let i = 0; i < count; i++) addNeed(info)
  }
  while (needs.length < 160) addNeed(rng.pick(enterpriseInfos.slice(1)))

  // The demo expert: an independent, available, focused (one or two topics) expert with the most
  // published public needs on their topics.
  const visibleTopics = needs
    .filter((need) => need.visibility === 'public' && need.status !== 'draft')
    .map((need) => needTopics.get(need.id)!)
  const fit = (info: ExpertInfo) => info.topics.reduce((sum, ref) => sum + visibleTopics.filter((key) => key === topicKey(ref)).length, 0)
  const demoExpert = expertInfos
    .filter((info) => info.row.enterpriseId === null && !info.row.isAcademician && info.row.availability === 'available' && info.topics.length <= 2)
    .reduce((best, info) => (fit(info) > fit(best) ? info : best))

  // History: its own random stream, so the world above stays the same whatever the history does.
  const topicOfKey = (key: string) => {
    const [industry, index] = key.split(':') as [string, string]
    return { key, industry, topic: topicsOf(industry)[Number(index)]!.topic }
  }
  const societySpecs = new Map(vocabulary.societies.map((spec) => [spec.name, spec]))
  const keyHolders = { parkId: parks[0]!.id, enterpriseId: demoEnterprise.row.id, expertId: demoExpert.row.id }
  const history = generateHistory({
    rng: new Random(seed ^ 0x5eed),
    nowMs: clock.nowMs,
    needs,
    needTopic: (id) => topicOfKey(needTopics.get(id)!),
    enterprises,
    experts: expertInfos.map((info) => ({ row: info.row, topicKeys: info.topics.map(topicKey) })),
    societies: societyRows.map((row) => ({ row, industries: societySpecs.get(row.name)!.industries })),
    workstations: workstations.map((row) => ({ row, industries: workstationIndustries.get(row.id)! })),
    keyHolders,
  })

  return {
    industries,
    parks,
    enterprises,
    experts,
    achievements,
    societies: societyRows,
    societyMemberships,
    workstations,
    workstationMembers,
    needs,
    history,
    keyHolders,
  }
}
