import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createKey, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'
import { coalExpert, coalNeed } from './coal-fixtures.js'

describe('GET /v1/{experts,societies,workstations}/{id}/recommended-needs', () => {
  let t: TestApp
  let w: World
  const ids: Record<string, string> = {}
  const headers: Record<string, Record<string, string>> = {}

  const createExpert = async (label: string, body: Record<string, unknown> = {}) => {
    const res = await t.app.request('/v1/experts', json('POST', { name: label, organisation: `${label}研究院`, ...coalExpert, ...body }, w.keys.admin.headers))
    ids[label] = (await readJson(res, 'createExpert', 201)).id
    headers[label] = (await createKey(t.db.sql, 'expert', { expertId: ids[label] })).headers
  }
  const createNeed = async (label: string, key: keyof World['keys'], body: Record<string, unknown> = {}) => {
    const res = await t.app.request('/v1/needs', json('POST', { ...coalNeed, ...body }, w.keys[key].headers))
    ids[label] = (await readJson(res, 'createNeed', 201)).id
  }
  const get = (path: string, who: Record<string, string>) => t.app.request(`/v1/${path}/recommended-needs`, { headers: who })
  const forExpert = async (label: string, who: Record<string, string> = headers[label]!, query = '') =>
    readJson(await t.app.request(`/v1/experts/${ids[label]}/recommended-needs${query}`, { headers: who }), 'listExpertRecommendedNeeds')

  beforeAll(async () => {
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash' })
    w = await createWorld(t.db.sql)
    await createExpert('郭志强', { keywords: [...coalExpert.keywords, '床层压降', '运行周期', '焦化副产'] })
    await createExpert('雇员专家', { enterpriseId: w.enterpriseA.id })
    await createExpert('暂停专家', { availability: 'unavailable' })
    await createExpert('古建专家', { fields: ['古建筑修缮'], keywords: ['木结构', '彩画', '榫卯'], bio: '从事明清木结构古建筑的勘察与修缮设计。' })
    await createNeed('coal', 'enterpriseA')
    await createNeed('coal2', 'enterpriseA', { title: '煤焦油加氢催化剂积碳失活', problem: '加氢精制催化剂积碳快，床层压降上升，需要延长运行周期。' })
    await createNeed('coal3', 'enterpriseA', { title: '加氢催化剂寿命短', problem: '煤焦油加氢催化剂失活快，三个月更换一次。' })
    await createNeed('parkB', 'enterpriseB', { visibility: 'park' })
    await createNeed('privateB', 'enterpriseB', { visibility: 'private' })
    await createNeed('pets', 'enterpriseA', { title: '宠物零食包装外观设计', industryCode: 'biomedicine', kind: 'new_product', problem: '现有包装图案陈旧，想请设计师重新做视觉形象。', keywords: [] })
    const society = await t.app.request('/v1/societies', json('POST', { name: '山西省煤炭学会', level: 'provincial', disciplines: ['煤焦油加氢'], contactExpertId: ids['郭志强'] }, w.keys.admin.headers))
    ids.society = (await readJson(society, 'createSociety', 201)).id
    const station = await t.app.request('/v1/workstations', json('POST', {
      name: '煤焦油加氢专家工作站', kind: 'expert_station', hostParkId: w.parkA.id, leadExpertId: ids['郭志强'], fields: ['煤焦油加氢'],
    }, w.keys.admin.headers))
    ids.station = (await readJson(station, 'createWorkstation', 201)).id
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
  })
  afterAll(() => t.close())

  it('ranks a matching public need above an unrelated one, with reasons from both retrievers', async () => {
    const answer = await forExpert('郭志强')
    expect(answer.candidate).toMatchObject({ kind: 'expert', id: ids['郭志强'], name: '郭志强' })
    const listed = answer.items.map((need) => need.id)
    expect(listed.slice(0, 3).sort()).toEqual([ids.coal, ids.coal2, ids.coal3].sort())
    expect(listed.indexOf(ids.pets!) === -1 || listed.indexOf(ids.pets!) > 2).toBe(true)
    const [first] = answer.items
    expect(first!.reasons.retrievers.full_text!.rank).toBe(1)
    expect(first!.reasons.retrievers.vector!.score).toBeGreaterThan(0)
    expect(first!.reasons.matchedTerms.length).toBeGreaterThan(0)
    expect(first!.confidence).toBeGreaterThanOrEqual(0.25)
    expect(answer).toMatchObject({ notice: null, blockedBy: null, unavailableRetrievers: [] })
  })

  it('never shows an expert a park or private need it may not read; park staff see only their park, admins all', async () => {
    const asExpert = (await forExpert('郭志强')).items.map((need) => need.id)
    expect(asExpert).not.toContain(ids.parkB)
    expect(asExpert).not.toContain(ids.privateB)
    const asStaffA = (await forExpert('郭志强', w.keys.staffA.headers)).items.map((need) => need.id)
    expect(asStaffA).toContain(ids.coal)
    expect(asStaffA).not.toContain(ids.parkB)
    const asAdmin = (await forExpert('郭志强', w.keys.admin.headers, '?limit=50')).items.map((need) => need.id)
    expect(asAdmin).toEqual(expect.arrayContaining([ids.coal, ids.parkB, ids.privateB]))
  })

  it('excludes the needs of the candidate\'s own enterprise, counting them', async () => {
    const answer = await forExpert('雇员专家', w.keys.admin.headers, '?limit=50')
    const listed = answer.items.map((need) => need.id)
    expect(listed).not.toContain(ids.coal)
    expect(listed).toContain(ids.parkB)
    expect(answer.excluded).toContainEqual({ rule: 'conflict_of_interest', count: expect.any(Number) })
  })

  it('lets the society\'s contact and the workstation\'s lead ask; another expert and enterprises cannot', async () => {
    const bySociety = await readJson(await get(`societies/${ids.society}`, headers['郭志强']!), 'listSocietyRecommendedNeeds')
    expect(bySociety.candidate).toMatchObject({ kind: 'society', name: '山西省煤炭学会' })
    expect(bySociety.items.map((need) => need.id)).toContain(ids.coal)
    const byStation = await readJson(await get(`workstations/${ids.station}`, headers['郭志强']!), 'listWorkstationRecommendedNeeds')
    expect(byStation.items[0]!.reasons.rules).toContainEqual(expect.objectContaining({ rule: 'same_park' }))
    for (const path of [`experts/${ids['郭志强']}`, `societies/${ids.society}`, `workstations/${ids.station}`]) {
      expect((await get(path, headers['雇员专家']!)).status).toBe(403)
      expect(await readProblem(await get(path, w.keys.enterpriseA.headers))).toMatchObject({ status: 403 })
    }
    expect((await get('experts/00000000-0000-4000-8000-000000000000', w.keys.admin.headers)).status).toBe(404)
  })

  it('pages with an opaque cursor, each need once, and refuses a cursor it did not give', async () => {
    const all = await forExpert('郭志强', w.keys.admin.headers, '?limit=50')
    expect(all.total).toBe(all.items.length)
    expect(all.total).toBeGreaterThanOrEqual(4)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof forExpert>> = await forExpert('郭志强', w.keys.admin.headers, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.items.length).toBeLessThanOrEqual(2)
      expect(page.total).toBe(all.total)
      seen.push(...page.items.map((need) => need.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.items.map((need) => need.id))
    const bad = await t.app.request(`/v1/experts/${ids['郭志强']}/recommended-needs?cursor=bm9wZQ`, { headers: w.keys.admin.headers })
    expect(await readProblem(bad)).toMatchObject({ status: 400, errors: [{ path: 'query.cursor' }] })
  })

  it('says so instead of padding the list when nothing fits, and tells an unavailable expert it cannot take one up', async () => {
    const nothing = await forExpert('古建专家')
    expect(nothing.items).toEqual([])
    expect(nothing.total).toBe(0)
    expect(nothing.notice).toMatch(/暂无足够匹配的需求/)
    const away = await forExpert('暂停专家')
    expect(away.blockedBy).toMatchObject({ rule: 'unavailable' })
    expect(away.notice).toMatch(/不能接受新的对接/)
    expect(away.items.map((need) => need.id)).toContain(ids.coal)
  })

  it('marks a need it holds a live invitation to, and leaves out one it declined', async () => {
    const invite = async (needId: string) =>
      (await readJson(await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: ids['郭志强'] }, w.keys.enterpriseA.headers)), 'proposeMatch', 201)).id
    const live = await invite(ids.coal2!)
    const declined = await invite(ids.coal3!)
    await readJson(await t.app.request(`/v1/matches/${declined}/decline`, json('POST', { reason: '近期在外地驻场，无法按期对接。' }, headers['郭志强'])), 'declineMatch')
    const answer = await forExpert('郭志强')
    expect(answer.items.find((need) => need.id === ids.coal2)?.engagement).toEqual({ invitationId: live, proposal: null })
    expect(answer.items.find((need) => need.id === ids.coal)?.engagement).toEqual({ invitationId: null, proposal: null })
    expect(answer.items.map((need) => need.id)).not.toContain(ids.coal3)
  })

  it('marks a need it has a proposal under consideration for, and leaves out one whose proposal was declined', async () => {
    // Proposals are the engagements module's; rows as it writes them stand in for its API here.
    const propose = (label: string, parkId: string, status: string) => t.db.sql`
      insert into proposals (need_id, park_id, candidate_kind, candidate_id, proposer_expert_id, approach, duration_days, price_min_fen, price_max_fen, status, decided_at)
      values (${ids[label]!}, ${parkId}, 'expert', ${ids['郭志强']!}, ${ids['郭志强']!}, '分段再生与床层级配改造', 90, 0, 0, ${status}, ${status === 'declined' ? new Date() : null})
    `
    await propose('coal', w.parkA.id, 'submitted')
    await propose('parkB', w.parkB.id, 'declined')
    const answer = await forExpert('郭志强', w.keys.admin.headers, '?limit=50')
    expect(answer.items.find((need) => need.id === ids.coal)?.engagement).toEqual({ invitationId: null, proposal: 'submitted' })
    expect(answer.items.map((need) => need.id)).not.toContain(ids.parkB)
  })
})
