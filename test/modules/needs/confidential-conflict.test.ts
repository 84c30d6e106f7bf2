import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { type FlowExpert, newExpert, newNeed, post } from '../../helpers/flow.js'
import { readJson } from '../../helpers/http.js'

/**
 * A confidential need is hidden from every expert with a conflict of interest with its enterprise:
 * one it employs, one whose organisation is the enterprise, and the lead of a workstation the
 * enterprise hosts. Were it shown, the 409 refusing that expert's proposal (conflict of interest)
 * would tell it who posted the need. An ordinary public need of the same enterprise stays readable
 * to them and is refused with the 409, as before; an unrelated expert reads the confidential need
 * without its enterprise.
 */
describe('confidential needs and conflicts of interest', () => {
  let t: TestApp
  let w: World
  let confidentialId = ''
  let publicId = ''
  const experts: Record<'employee' | 'sameName' | 'stationLead' | 'outsider', FlowExpert> = {} as never
  let workstationId = ''

  const proposalBody = { approach: '优化凝固浴温度与牵伸比。', durationDays: 60, priceMinFen: 10_000_000, priceMaxFen: 20_000_000 }
  const profile = { fields: ['碳纤维', '原丝'], keywords: ['碳纤维原丝', '断丝率'], bio: '长期从事碳纤维原丝纺丝工艺研究。' }

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    const admin = w.keys.admin.headers
    const enterprise = w.enterpriseA
    experts.employee = await newExpert(t, admin, '企业在职专家', { ...profile, enterpriseId: enterprise.id })
    experts.sameName = await newExpert(t, admin, '同单位专家', { ...profile, organisation: enterprise.name })
    experts.stationLead = await newExpert(t, admin, '工作站首席专家', profile)
    experts.outsider = await newExpert(t, admin, '外单位专家', profile)
    const station = await t.app.request('/v1/workstations', json('POST', {
      name: '碳纤维专家工作站', kind: 'expert_station', hostEnterpriseId: enterprise.id, leadExpertId: experts.stationLead.id,
      fields: ['碳纤维'],
    }, admin))
    expect(station.status).toBe(201)
    workstationId = (await readJson(station, 'createWorkstation', 201)).id

    const opening = { proposalsCloseAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }
    const text = { keywords: ['碳纤维原丝', '断丝率'], problem: '碳纤维原丝均匀性不足，纺丝断丝率高，需优化凝固浴与牵伸工艺。' }
    const headers = w.keys.enterpriseA.headers
    confidentialId = await newNeed(t, headers, '碳纤维原丝断丝率攻关（保密）', { ...text, visibility: 'confidential' })
    publicId = await newNeed(t, headers, '碳纤维原丝断丝率攻关（公开）', { ...text, visibility: 'public' })
    for (const id of [confidentialId, publicId]) {
      const etag = (await t.app.request(`/v1/needs/${id}`, { headers })).headers.get('etag')!
      expect((await t.app.request(`/v1/needs/${id}`, json('PATCH', opening, { ...headers, 'if-match': etag }))).status).toBe(200)
    }
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
  })
  afterAll(() => t.close())

  const conflicted = ['employee', 'sameName', 'stationLead'] as const
  const listed = async (expert: FlowExpert, query = '') =>
    (await readJson(await t.app.request(`/v1/needs?limit=100${query}`, { headers: expert.key.headers }), 'listNeeds')).items.map((need) => need.id)

  it.each(conflicted)('hides the confidential need from the %s expert: not found, not listed, not proposable', async (who) => {
    const expert = experts[who]
    const read = await t.app.request(`/v1/needs/${confidentialId}`, { headers: expert.key.headers })
    expect(read.status).toBe(404)
    const body = await read.text()
    expect(body).not.toContain(w.enterpriseA.name)
    expect(body).not.toContain('conflict')
    expect(await listed(expert)).not.toContain(confidentialId)
    expect(await listed(expert, '&openForProposals=true')).not.toContain(confidentialId)
    const proposal = await post(t, `/v1/needs/${confidentialId}/proposals`, expert.key.headers, proposalBody)
    expect(proposal.status).toBe(404)
    expect(await proposal.text()).not.toContain('conflict')
  })

  it.each(conflicted)('still shows the public need to the %s expert and refuses its proposal as a conflict of interest', async (who) => {
    const expert = experts[who]
    expect((await t.app.request(`/v1/needs/${publicId}`, { headers: expert.key.headers })).status).toBe(200)
    expect(await listed(expert)).toContain(publicId)
    const candidate = who === 'stationLead' ? `/v1/workstations/${workstationId}` : `/v1/experts/${expert.id}`
    const body = { ...proposalBody, ...(who === 'stationLead' ? { candidateKind: 'workstation', candidateId: workstationId } : {}) }
    const proposal = await post(t, `/v1/needs/${publicId}/proposals`, expert.key.headers, body)
    expect(proposal.status, `${candidate}: ${await proposal.clone().text()}`).toBe(409)
    expect(((await proposal.json()) as { rule?: string }).rule).toBe('conflict_of_interest')
  })

  it('leaves the confidential need out of the conflicted experts\' recommended needs, uncounted', async () => {
    const recommended = async (path: string, expert: FlowExpert) =>
      readJson(await t.app.request(`/v1/${path}/recommended-needs?limit=50`, { headers: expert.key.headers }), 'listExpertRecommendedNeeds')
    for (const [path, expert] of [[`experts/${experts.employee.id}`, experts.employee], [`workstations/${workstationId}`, experts.stationLead]] as const) {
      const page = await recommended(path, expert)
      expect(page.items.map((need) => need.id)).not.toContain(confidentialId)
      // The public need is found and excluded as a conflict: only it is counted.
      expect(page.excluded).toEqual([{ rule: 'conflict_of_interest', count: 1 }])
    }
  })

  it('shows the confidential need, without its enterprise, to an expert without a conflict', async () => {
    const read = await t.app.request(`/v1/needs/${confidentialId}`, { headers: experts.outsider.key.headers })
    expect(read.status).toBe(200)
    const need = await readJson(read, 'getNeed')
    expect(need.enterpriseId).toBeNull()
    expect(await listed(experts.outsider, '&openForProposals=true')).toContain(confidentialId)
    const page = await readJson(await t.app.request(`/v1/experts/${experts.outsider.id}/recommended-needs?limit=50`, { headers: experts.outsider.key.headers }), 'listExpertRecommendedNeeds')
    expect(page.items.map((item) => item.id)).toContain(confidentialId)
  })
})
