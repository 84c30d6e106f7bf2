import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DemoData, generateDemoData } from '../../seed/demo-data.js'
import * as vocabulary from '../../seed/demo-vocabulary.js'
import {
  DEMO_ADMIN_KEY,
  DEMO_ENTERPRISE_KEY,
  DEMO_EXPERT_KEY,
  DEMO_PARK_STAFF_KEY,
  demoData,
  demoKeys,
  seedDemoIfEmpty,
} from '../../seed/demo.js'
import { usccProblem } from '../../src/domain/uscc.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { readJson } from '../helpers/http.js'

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('the demo data generator', () => {
  const data: DemoData = generateDemoData()

  it('gives the same data on every run', () => {
    expect(generateDemoData()).toEqual(data)
    expect(demoData()).toEqual(data)
  })

  it('has the promised sizes', () => {
    expect(data.industries).toHaveLength(10)
    expect(data.parks.length).toBeGreaterThanOrEqual(3)
    expect(data.parks.length).toBeLessThanOrEqual(4)
    expect(data.enterprises.length).toBeGreaterThanOrEqual(80)
    expect(data.experts.length).toBeGreaterThanOrEqual(300)
    expect(data.societies.length).toBeGreaterThanOrEqual(15)
    expect(data.workstations.length).toBeGreaterThanOrEqual(10)
    expect(data.needs.length).toBeGreaterThanOrEqual(150)
    expect(new Set(data.societies.map((row) => row.level))).toEqual(new Set(['national', 'provincial', 'municipal']))
    expect(new Set(data.workstations.map((row) => row.kind))).toEqual(
      new Set(['society_station', 'expert_station', 'academician_station', 'academician_center']),
    )
    expect(new Set(data.needs.map((row) => row.kind))).toEqual(new Set(vocabulary.needKinds))
    expect(new Set(data.needs.map((row) => row.status))).toEqual(new Set(['draft', 'open', 'in_progress', 'resolved', 'closed']))
    expect(new Set(data.needs.map((row) => row.visibility))).toEqual(new Set(['public', 'park', 'private']))
    expect(new Set(data.needs.map((row) => row.industryCode))).toEqual(new Set(data.industries.map((row) => row.code)))
    const academicians = data.experts.filter((row) => row.isAcademician).length
    expect(academicians).toBeGreaterThanOrEqual(3)
    expect(academicians).toBeLessThanOrEqual(10)
    expect(data.experts.filter((row) => row.enterpriseId).length).toBeGreaterThanOrEqual(10)
    expect(data.enterprises.filter((row) => row.isKey).length).toBeGreaterThanOrEqual(10)
  })

  it('gives every enterprise a valid USCC registered in a 1404xx division', () => {
    for (const enterprise of data.enterprises) {
      expect(usccProblem(enterprise.uscc), enterprise.uscc).toBeNull()
      expect(enterprise.uscc.slice(2, 8)).toMatch(/^1404\d\d$/)
    }
    expect(new Set(data.enterprises.map((row) => row.uscc)).size).toBe(data.enterprises.length)
  })

  it('keeps ids, names and references consistent with the schema', () => {
    const ids = [data.parks, data.enterprises, data.experts, data.achievements, data.societies, data.workstations, data.needs].flatMap(
      (rows) => rows.map((row) => row.id),
    )
    for (const id of ids) expect(id).toMatch(uuidPattern)
    expect(new Set(ids).size).toBe(ids.length)

    const codes = new Set(data.industries.map((row) => row.code))
    const parks = new Map(data.parks.map((row) => [row.id, row]))
    const enterprises = new Map(data.enterprises.map((row) => [row.id, row]))
    const experts = new Map(data.experts.map((row) => [row.id, row]))
    const societies = new Map(data.societies.map((row) => [row.id, row]))
    for (const park of data.parks) for (const code of park.keyIndustries) expect(codes).toContain(code)
    for (const enterprise of data.enterprises) {
      expect(parks.has(enterprise.parkId)).toBe(true)
      for (const code of enterprise.industries) expect(codes).toContain(code)
    }
    expect(new Set(data.enterprises.map((row) => row.name)).size).toBe(data.enterprises.length)
    expect(new Set(data.experts.map((row) => `${row.name}|${row.organisation}`)).size).toBe(data.experts.length)
    for (const expert of data.experts) {
      if (expert.enterpriseId) expect(enterprises.get(expert.enterpriseId)?.name).toBe(expert.organisation)
      for (const code of expert.industries) expect(codes).toContain(code)
      expect(expert.capacity).toBeGreaterThanOrEqual(0)
      expect(expert.capacity).toBeLessThanOrEqual(100)
    }
    const achievementCounts = data.experts.map((expert) => data.achievements.filter((row) => row.expertId === expert.id).length)
    expect(Math.max(...achievementCounts)).toBe(5)
    expect(achievementCounts.filter((count) => count === 0).length).toBeGreaterThan(0)
    for (const society of data.societies) {
      expect(society.contactExpertId && experts.has(society.contactExpertId)).toBe(true)
      expect(data.societyMemberships.some((row) => row.societyId === society.id && row.expertId === society.contactExpertId)).toBe(true)
    }
    expect(new Set(data.workstations.map((row) => row.name)).size).toBe(data.workstations.length)
    for (const station of data.workstations) {
      expect([station.hostEnterpriseId, station.hostParkId].filter(Boolean)).toHaveLength(1)
      const hostPark = station.hostParkId ?? enterprises.get(station.hostEnterpriseId!)!.parkId
      expect(station.parkId).toBe(hostPark)
      expect(station.kind === 'society_station').toBe(station.societyId !== null && societies.has(station.societyId))
      const members = data.workstationMembers.filter((row) => row.workstationId === station.id).map((row) => row.expertId)
      expect(members).toContain(station.leadExpertId)
      expect(members.length).toBeGreaterThanOrEqual(3)
      expect(station.fields.length).toBeGreaterThan(0)
      if (station.kind.startsWith('academician')) expect(experts.get(station.leadExpertId)!.isAcademician).toBe(true)
    }
    for (const need of data.needs) {
      expect(enterprises.get(need.enterpriseId)!.parkId).toBe(need.parkId)
      expect(codes).toContain(need.industryCode)
      if (need.budgetMinFen !== null && need.budgetMaxFen !== null) expect(need.budgetMinFen).toBeLessThanOrEqual(need.budgetMaxFen)
      if (need.budgetMaxFen !== null) expect(need.budgetMaxFen % 1_000_000).toBe(0)
      if (need.trlWanted !== null) expect(need.trlWanted).toBeGreaterThanOrEqual(1)
      if (need.deadline) expect(need.deadline > need.createdAt.slice(0, 10)).toBe(true)
      expect(Date.parse(need.updatedAt)).toBeGreaterThanOrEqual(Date.parse(need.createdAt))
    }
  })

  it('writes text the API would accept back', () => {
    for (const need of data.needs) {
      expect(need.title.length).toBeLessThanOrEqual(200)
      expect(need.problem.length).toBeGreaterThan(0)
      for (const text of [need.background, need.problem, need.goals]) {
        expect(text.length).toBeLessThanOrEqual(4000)
        expect(text).not.toMatch(/\{\w+\}/)
      }
      expect(need.keywords.length).toBeGreaterThan(0)
      expect(need.keywords.length).toBeLessThanOrEqual(30)
    }
    for (const expert of data.experts) {
      expect(expert.name.length).toBeLessThanOrEqual(50)
      for (const term of [...expert.keywords, ...expert.fields, ...expert.disciplines]) expect(term.length).toBeLessThanOrEqual(50)
    }
    for (const row of data.achievements) expect(row.title).not.toMatch(/\{\w+\}/)
    for (const row of data.workstations) expect(row.name.length).toBeLessThanOrEqual(100)
  })

  it('words needs differently from the experts who fit them', () => {
    const expertTerms = new Set(data.experts.flatMap((row) => row.keywords))
    const needTerms = data.needs.flatMap((row) => row.keywords)
    const shared = needTerms.filter((term) => expertTerms.has(term)).length
    expect(shared / needTerms.length).toBeLessThan(0.2)
    expect(new Set(data.needs.map((row) => row.title)).size).toBe(data.needs.length)
  })

  it('names one known key per role, in the API key format', () => {
    expect(demoKeys.map((row) => row.role)).toEqual(['admin', 'park_staff', 'enterprise', 'expert'])
    expect(demoKeys.map((row) => row.key)).toEqual([DEMO_ADMIN_KEY, DEMO_PARK_STAFF_KEY, DEMO_ENTERPRISE_KEY, DEMO_EXPERT_KEY])
    for (const row of demoKeys) expect(row.key).toMatch(/^kcm_[A-Za-z0-9]{32}$/)
    const enterprise = data.enterprises.find((row) => row.id === data.keyHolders.enterpriseId)!
    expect(enterprise.parkId).toBe(data.keyHolders.parkId)
    expect(enterprise.isKey).toBe(true)
    expect(demoKeys[2]!.scope).toBe(enterprise.name)
  })
})

describe('loading the demo data', () => {
  let t: TestApp
  let data: DemoData
  let counts: Record<string, number> | null
  let loadMs: number
  const headers = (key: string) => ({ authorization: `Bearer ${key}` })

  /** Every need a key sees through GET /v1/needs, following the cursor. */
  async function listAllNeeds(key: string, query = ''): Promise<{ status: number; items: any[]; total: number }> {
    const items: any[] = []
    let cursor: string | null = null
    let total = 0
    do {
      const res = await t.app.request(`/v1/needs?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`, { headers: headers(key) })
      if (res.status !== 200) return { status: res.status, items, total }
      const page = await readJson(res)
      items.push(...page.items)
      total = page.total
      cursor = page.nextCursor
    } while (cursor)
    return { status: 200, items, total }
  }

  beforeAll(async () => {
    t = await createTestApp()
    data = demoData()
    const startedAt = performance.now()
    counts = await seedDemoIfEmpty(t.db.sql)
    loadMs = performance.now() - startedAt
    console.log(`demo seed loaded on ${t.db.kind} in ${Math.round(loadMs)} ms`)
  })
  afterAll(() => t.close())

  it('loads every row in a few seconds and says how many', async () => {
    expect(loadMs).toBeLessThan(5_000)
    expect(counts).toEqual({
      industries: data.industries.length,
      parks: data.parks.length,
      enterprises: data.enterprises.length,
      experts: data.experts.length,
      expertAchievements: data.achievements.length,
      societies: data.societies.length,
      societyMemberships: data.societyMemberships.length,
      workstations: data.workstations.length,
      workstationMembers: data.workstationMembers.length,
      needs: data.needs.length,
      apiKeys: 4,
    })
    const [stored] = await t.db.sql<Record<string, number>[]>`
      select (select count(*)::int from industries) as industries, (select count(*)::int from parks) as parks,
             (select count(*)::int from enterprises) as enterprises, (select count(*)::int from experts) as experts,
             (select count(*)::int from expert_achievements) as expert_achievements,
             (select count(*)::int from societies) as societies,
             (select count(*)::int from society_memberships) as society_memberships,
             (select count(*)::int from workstations) as workstations,
             (select count(*)::int from workstation_members) as workstation_members,
             (select count(*)::int from needs) as needs, (select count(*)::int from api_keys) as api_keys
    `
    expect(stored).toEqual(counts)
  })

  it('stores the generated values as they are', async () => {
    const need = data.needs[0]!
    const [row] = await t.db.sql<any[]>`
      select title, keywords, budget_max_fen, deadline::text as deadline, created_at from needs where id = ${need.id}
    `
    expect(row).toEqual({
      title: need.title,
      keywords: need.keywords,
      budgetMaxFen: need.budgetMaxFen,
      deadline: need.deadline,
      createdAt: new Date(need.createdAt),
    })
  })

  it('writes no audit rows: the seed is no API actor', async () => {
    const [row] = await t.db.sql<{ count: number }[]>`select count(*)::int as count from audit_events`
    expect(row!.count).toBe(0)
  })

  it('loads only once: a database with parks is left alone', async () => {
    expect(await seedDemoIfEmpty(t.db.sql)).toBeNull()
    const [row] = await t.db.sql<{ count: number }[]>`select count(*)::int as count from needs`
    expect(row!.count).toBe(data.needs.length)
  })

  it('lets every demo key in', async () => {
    for (const { key, role } of demoKeys) {
      const res = await t.app.request('/v1/needs', { headers: headers(key) })
      expect(res.status, role).toBe(200)
    }
  })

  it('shows the admin every need', async () => {
    const { items, total } = await listAllNeeds(DEMO_ADMIN_KEY)
    expect(total).toBe(data.needs.length)
    expect(new Set(items.map((need) => need.id))).toEqual(new Set(data.needs.map((need) => need.id)))
  })

  it("shows park staff all of their park's needs and no other", async () => {
    const own = data.needs.filter((need) => need.parkId === data.keyHolders.parkId)
    expect(own.length).toBeLessThan(data.needs.length)
    const { status, items, total } = await listAllNeeds(DEMO_PARK_STAFF_KEY)
    expect(status).toBe(200)
    expect(total).toBe(own.length)
    expect(items.every((need) => need.parkId === data.keyHolders.parkId)).toBe(true)
    expect(new Set(items.map((need) => need.id))).toEqual(new Set(own.map((need) => need.id)))
  })

  it('shows the enterprise its own needs, drafts and private ones too, and no one else’s private or draft needs', async () => {
    const own = data.needs.filter((need) => need.enterpriseId === data.keyHolders.enterpriseId)
    expect(own.some((need) => need.status === 'draft')).toBe(true)
    expect(own.some((need) => need.visibility === 'private')).toBe(true)
    const mine = await listAllNeeds(DEMO_ENTERPRISE_KEY, `&enterpriseId=${data.keyHolders.enterpriseId}`)
    expect(mine.status).toBe(200)
    expect(new Set(mine.items.map((need) => need.id))).toEqual(new Set(own.map((need) => need.id)))

    const all = await listAllNeeds(DEMO_ENTERPRISE_KEY)
    const others = all.items.filter((need) => need.enterpriseId !== data.keyHolders.enterpriseId)
    expect(others.length).toBeGreaterThan(0)
    for (const need of others) {
      expect(need.status).not.toBe('draft')
      expect(need.visibility === 'public' || (need.visibility === 'park' && need.parkId === data.keyHolders.parkId)).toBe(true)
    }
  })

  it('shows the expert published public needs, some of them on their own fields', async () => {
    const expert = data.experts.find((row) => row.id === data.keyHolders.expertId)!
    const { status, items } = await listAllNeeds(DEMO_EXPERT_KEY)
    expect(status).toBe(200)
    expect(items.length).toBeGreaterThan(0)
    for (const need of items) {
      expect(need.visibility).toBe('public')
      expect(need.status).not.toBe('draft')
    }
    const topicsOfExpert = vocabulary.industries.flatMap((industry) => industry.topics).filter((topic) => expert.fields.includes(topic.field))
    const fitting = items.filter((need) =>
      topicsOfExpert.some((topic) => topic.needKeywords.some((term) => need.keywords.includes(term)) || topic.aims.some((aim) => need.title.includes(aim))),
    )
    expect(fitting.length).toBeGreaterThanOrEqual(3)
  })
})
