import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { aspectsOf } from '../../../src/modules/matching/teams/aspects.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'

/** A need with three separate difficulties: a catalyst, a reactor's internals, its waste water. */
const threeSidedNeed = {
  title: '焦化副产油品加氢装置综合改造', industryCode: 'modern_coal_chemical', kind: 'breakthrough', status: 'open', visibility: 'public',
  problem: '1）加氢催化剂积碳失活快，催化剂寿命不足三个月；2）反应器内构件设计不合理，床层压降上升快、物料分布不均；3）含酚废水COD高达5000mg/L，生化处理出水不达标。',
  goals: '催化剂寿命延长到一年；出水COD不高于500mg/L。',
  keywords: ['加氢催化剂', '反应器内构件', '含酚废水'],
}

const catalyst = { title: '研究员', fields: ['加氢催化剂'], keywords: ['催化剂失活', '积碳', '催化剂寿命', '加氢精制'], bio: '从事加氢催化剂研制、积碳失活机理与催化剂寿命研究。', regionCode: '140100' }
const reactor = { title: '教授', fields: ['化工反应器设计'], keywords: ['反应器内构件', '床层压降', '物料分布', '气液分配器'], bio: '从事固定床反应器内构件设计、床层压降与物料分布研究。', regionCode: '140100' }
const water = { title: '高级工程师', fields: ['工业废水处理'], keywords: ['含酚废水', '生化处理', 'COD', '高级氧化'], bio: '从事焦化含酚废水生化处理与深度处理，出水COD达标。', regionCode: '140100' }

describe('GET /v1/needs/{id}/teams: candidates who together cover a many-sided need', () => {
  let t: TestApp
  let w: World
  const ids: Record<string, string> = {}
  let needId: string

  const createExpert = async (label: string, body: Record<string, unknown>) => {
    const res = await t.app.request('/v1/experts', json('POST', { name: label, organisation: `${label}研究院`, ...body }, w.keys.admin.headers))
    ids[label] = (await readJson(res, 'createExpert', 201)).id
  }

  beforeAll(async () => {
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash' })
    w = await createWorld(t.db.sql)
    await createExpert('催化专家', catalyst)
    await createExpert('反应器专家', reactor)
    await createExpert('废水专家', water)
    // As strong as the best on an aspect, but excluded: the need's own employee, and one fully booked.
    await createExpert('雇员专家', { ...catalyst, enterpriseId: w.enterpriseA.id })
    await createExpert('满额专家', { ...reactor, capacity: 0 })
    await createExpert('医药专家', { fields: ['抗体药物'], keywords: ['单克隆抗体', '细胞培养'], bio: '从事抗体药物工艺开发。' })
    needId = (await readJson(await t.app.request('/v1/needs', json('POST', threeSidedNeed, w.keys.enterpriseA.headers)), 'createNeed', 201)).id
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
  })
  afterAll(() => t.close())

  it('cuts the problem into its stated difficulties, goals and keywords joining the one they speak of', () => {
    const aspects = aspectsOf(threeSidedNeed)
    expect(aspects.map((aspect) => aspect.statement)).toEqual([
      '加氢催化剂积碳失活快，催化剂寿命不足三个月',
      '反应器内构件设计不合理，床层压降上升快、物料分布不均',
      '含酚废水COD高达5000mg/L，生化处理出水不达标',
    ])
    expect(aspects[0]!.query).toContain('催化剂寿命延长到一年')
    expect(aspects[2]!.query).toContain('含酚废水')
    // Comma-separated difficulties, when nothing else separates them; a clause repeating another joins it.
    expect(aspectsOf({ problem: '萃取塔乳化严重，总酚回收率不足85%，氨回收塔结垢周期短。' })).toHaveLength(3)
    expect(aspectsOf({ problem: '催化剂积碳失活快；催化剂积碳失活后寿命短。' })).toHaveLength(1)
  })

  it('offers a team whose members each cover a different difficulty, with why', async () => {
    const res = await t.app.request(`/v1/needs/${needId}/teams?kinds=expert`, { headers: w.keys.enterpriseA.headers })
    const answer = await readJson(res, 'listNeedTeams')
    expect(answer.aspects).toHaveLength(3)
    expect(answer.notice).toBeNull()
    const [best] = answer.teams
    expect(best!.aspectsCovered).toBe(3)
    expect(best!.uncoveredAspects).toEqual([])
    const coverer = (aspect: number) => best!.members.find((member) => member.covers.includes(aspect))!.name
    expect([coverer(1), coverer(2), coverer(3)]).toEqual(['催化专家', '反应器专家', '废水专家'])
    expect(best!.members).toHaveLength(3)
    for (const assignment of best!.assignments) {
      expect(assignment.confidence).toBeGreaterThanOrEqual(0.25)
      expect(assignment.matchedTerms.length).toBeGreaterThan(0)
      expect(assignment.retrievers.full_text ?? assignment.retrievers.vector).toBeDefined()
    }
    expect(best!.assignments.find((assignment) => assignment.aspect === 3)!.matchedTerms).toContain('含酚废水')
    // The team is listed because it covers more than anyone alone.
    expect(answer.bestIndividual!.aspectsCovered).toBeLessThan(3)
    expect(answer.method).toContain('2–4')
  })

  it('never puts a conflicted or fully booked expert in a team, and counts them as the candidate list does', async () => {
    const answer = await readJson(await t.app.request(`/v1/needs/${needId}/teams?limit=10`, { headers: w.keys.staffA.headers }), 'listNeedTeams')
    expect(answer.teams.length).toBeGreaterThan(0)
    const members = answer.teams.flatMap((team) => team.members.map((member) => member.id))
    expect(members).not.toContain(ids['雇员专家'])
    expect(members).not.toContain(ids['满额专家'])
    expect(answer.bestIndividual!.id).not.toBe(ids['雇员专家'])
    expect(answer.excluded).toEqual(expect.arrayContaining([{ rule: 'conflict_of_interest', count: 1 }, { rule: 'at_capacity', count: 1 }]))
  })

  it('answers the need\'s side only: experts are refused, another enterprise too', async () => {
    const expert = await t.app.request(`/v1/needs/${needId}/teams`, { headers: w.keys.expertA.headers })
    expect(expert.status).toBe(403)
    expect((await readProblem(expert)).code).toBe('forbidden')
    expect((await t.app.request(`/v1/needs/${needId}/teams`, { headers: w.keys.enterpriseB.headers })).status).toBeGreaterThanOrEqual(403)
    expect((await t.app.request(`/v1/needs/${needId}/teams`, { headers: w.keys.admin.headers })).status).toBe(200)
  })

  it('says so when the need states one difficulty', async () => {
    const one = { ...threeSidedNeed, title: '加氢催化剂寿命短', problem: '加氢催化剂因积碳失活不到三个月就要更换。', goals: '', keywords: ['催化剂'] }
    const id = (await readJson(await t.app.request('/v1/needs', json('POST', one, w.keys.enterpriseA.headers)), 'createNeed', 201)).id
    const answer = await readJson(await t.app.request(`/v1/needs/${id}/teams`, { headers: w.keys.enterpriseA.headers }), 'listNeedTeams')
    expect(answer.teams).toEqual([])
    expect(answer.aspects).toHaveLength(1)
    expect(answer.notice).toContain('一个技术难题')
  })

  it('says so when the best single candidate covers as many difficulties as any team', async () => {
    // Two difficulties one expert covers alone: no team is worth forming.
    const two = { ...threeSidedNeed, title: '加氢催化剂失活与寿命', problem: '加氢催化剂积碳严重；催化剂失活后寿命短。', goals: '', keywords: [] }
    const id = (await readJson(await t.app.request('/v1/needs', json('POST', two, w.keys.enterpriseA.headers)), 'createNeed', 201)).id
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
    const answer = await readJson(await t.app.request(`/v1/needs/${id}/teams?kinds=expert`, { headers: w.keys.enterpriseA.headers }), 'listNeedTeams')
    expect(answer.aspects).toHaveLength(2)
    expect(answer.bestIndividual!.name).toBe('催化专家')
    expect(answer.bestIndividual!.aspectsCovered).toBe(2)
    expect(answer.teams).toEqual([])
    expect(answer.notice).toContain('单个候选')
  })
})

describe('teams share the candidate rankings\' rate limit', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash', RATE_LIMIT_CANDIDATES: '1' })
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it('a key that spent its candidate rankings gets 429 for teams', async () => {
    const need = { ...threeSidedNeed }
    const id = (await readJson(await t.app.request('/v1/needs', json('POST', need, w.keys.enterpriseA.headers)), 'createNeed', 201)).id
    expect((await t.app.request(`/v1/needs/${id}/candidates`, { headers: w.keys.enterpriseA.headers })).status).toBe(200)
    expect((await t.app.request(`/v1/needs/${id}/teams`, { headers: w.keys.enterpriseA.headers })).status).toBe(429)
  })
})
