import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../src/http/app.js'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { toMatchDocument } from '../../../src/modules/matching/index/search-document.js'
import { loadMatchSources } from '../../../src/modules/matching/index/search-sources.js'
import { createLogger } from '../../../src/platform/logger.js'
import { QUERY_EMBED_TIMEOUT_MS } from '../../../src/modules/matching/candidates/service.js'
import { OpenAIEmbedder } from '../../../src/modules/matching/embeddings/openai.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createKey, createWorld, json } from '../../helpers/fixtures.js'
import { startEmbeddingsServer } from '../../helpers/embeddings-server.js'
import { readJson, readProblem } from '../../helpers/http.js'
import { coalExpert, coalNeed } from './coal-fixtures.js'

describe('GET /v1/needs/{id}/candidates', () => {
  let t: TestApp
  let w: World
  const ids: Record<string, string> = {}
  let needId: string
  let unrelatedNeedId: string

  const createExpert = async (label: string, body: Record<string, unknown>) => {
    const res = await t.app.request('/v1/experts', json('POST', { name: label, organisation: `${label}所在单位`, ...coalExpert, ...body }, w.keys.admin.headers))
    expect(res.status).toBe(201)
    ids[label] = (await readJson(res, 'createExpert')).id
  }

  beforeAll(async () => {
    // The retrievers' mechanics with the deterministic hashed embedder; the semantic one needs a registry to fit (test/modules/matching/embeddings/lsa.test.ts).
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash' })
    w = await createWorld(t.db.sql)
    await createExpert('郭志强', {
      organisation: '中国科学院山西煤炭化学研究所', regionCode: '140400',
      keywords: [...coalExpert.keywords, '床层压降', '运行周期', '焦化副产'],
    })
    await createExpert('雇员专家', { enterpriseId: w.enterpriseA.id })
    await createExpert('同名单位', { organisation: w.enterpriseA.name.replace('有限公司', '') })
    await createExpert('暂停专家', { availability: 'unavailable' })
    await createExpert('满额专家', { capacity: 0 })
    await createExpert('繁忙专家', { availability: 'busy' })
    await createExpert('医药专家', { fields: ['抗体药物'], keywords: ['单克隆抗体', '细胞培养'], bio: '从事抗体药物工艺开发。' })
    const station = await t.app.request('/v1/workstations', json('POST', {
      name: '煤焦油加氢专家工作站', kind: 'expert_station', hostParkId: w.parkA.id, leadExpertId: ids['郭志强'], fields: ['煤焦油加氢'],
    }, w.keys.admin.headers))
    ids.station = (await readJson(station, 'createWorkstation')).id
    const need = await t.app.request('/v1/needs', json('POST', coalNeed, w.keys.enterpriseA.headers))
    needId = (await readJson(need, 'createNeed')).id
    const unrelated = await t.app.request('/v1/needs', json('POST', {
      title: '宠物零食包装外观设计', industryCode: 'biomedicine', kind: 'new_product', status: 'open',
      problem: '现有包装图案陈旧，想请设计师重新做视觉形象。',
    }, w.keys.enterpriseA.headers))
    unrelatedNeedId = (await readJson(unrelated, 'createNeed')).id
    const deps = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(deps)).leased > 0);
  })
  afterAll(() => t.close())

  const get = (id: string, key: keyof World['keys'], query = '') =>
    t.app.request(`/v1/needs/${id}/candidates${query}`, { headers: w.keys[key].headers })

  it('ranks the right expert first, with reasons from both retrievers', async () => {
    const res = await get(needId, 'enterpriseA', '?kinds=expert&limit=5')
    expect(res.status).toBe(200)
    const answer = await readJson(res, 'listNeedCandidates')
    expect(answer.unavailableRetrievers).toEqual([])
    const [first] = answer.candidates
    expect(first).toMatchObject({ kind: 'expert', id: ids['郭志强'], name: '郭志强' })
    expect(first!.reasons.retrievers.full_text!.rank).toBeGreaterThan(0)
    expect(first!.reasons.retrievers.vector!.score).toBeGreaterThan(0)
    expect(first!.reasons.matchedTerms).toEqual(expect.arrayContaining(['煤焦油']))
    expect(first!.confidence).toBeGreaterThan(0.5)
    expect(answer.candidates.map((c: { id: string }) => c.id)).not.toContain(ids['医药专家'])
  })

  it('excludes conflicts of interest (by employer and by organisation name), unavailable and fully booked experts', async () => {
    const answer = await readJson(await get(needId, 'enterpriseA', '?kinds=expert&limit=20'), 'listNeedCandidates')
    const listed = answer.candidates.map((c: { id: string }) => c.id)
    for (const label of ['雇员专家', '同名单位', '暂停专家', '满额专家']) expect(listed, label).not.toContain(ids[label])
    const excluded = Object.fromEntries(answer.excluded.map((e: { rule: string; count: number }) => [e.rule, e.count]))
    expect(excluded).toMatchObject({ conflict_of_interest: 2, at_capacity: 1 })
    expect(JSON.stringify(answer)).not.toContain('雇员专家')
  })

  it('lowers busy experts and prefers the need\'s park and district, saying so', async () => {
    const answer = await readJson(await get(needId, 'enterpriseA', '?limit=20'), 'listNeedCandidates')
    const byId = Object.fromEntries(answer.candidates.map((c) => [c.id, c]))
    expect(byId[ids['繁忙专家']!]!.reasons.rules).toEqual([expect.objectContaining({ rule: 'busy', effect: 'lowered', factor: 0.85 })])
    expect(byId[ids.station!]!.reasons.rules).toEqual([expect.objectContaining({ rule: 'same_park', effect: 'boosted' })])
    expect(byId[ids['郭志强']!]!.reasons.rules).toEqual([expect.objectContaining({ rule: 'same_region' })])
    expect(answer.candidates.map((c: { kind: string }) => c.kind)).toContain('workstation')
    const scores = answer.candidates.map((c: { score: number }) => c.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    // A person reads confidence down the list: a lower-ranked candidate is never shown as surer.
    const confidences = answer.candidates.map((c: { confidence: number }) => c.confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a))
  })

  it('says so instead of padding the list when nothing fits', async () => {
    const answer = await readJson(await get(unrelatedNeedId, 'enterpriseA'), 'listNeedCandidates')
    expect(answer.candidates).toEqual([])
    expect(answer.notice).toMatch(/暂无足够匹配的候选/)
  })

  it('names the retriever it could not use and still answers from the other', async () => {
    const down = new OpenAIEmbedder({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', model: 'bge-m3', dimensions: 512, maxAttempts: 1 })
    const app = createApp({ ...t.deps, retrievers: () => ({ fullText: createIndexingDeps(t.config, t.db.sql, createLogger('silent')).fullText, embedder: down }) })
    const res = await app.request(`/v1/needs/${needId}/candidates?kinds=expert`, { headers: w.keys.enterpriseA.headers })
    const answer = await readJson(res, 'listNeedCandidates')
    expect(answer.unavailableRetrievers).toEqual(['vector'])
    expect(answer.candidates[0]!.id).toBe(ids['郭志强'])
    expect(answer.candidates[0]!.reasons.retrievers.vector).toBeUndefined()
    // Confidence from the evidence there is: shared terms alone (four or more is full evidence), not
    // halved for the missing vector.
    expect(answer.candidates[0]!.confidence).toBe(1)
  })

  it('does not wait on a provider that hangs: the answer comes from full text within seconds', async () => {
    const provider = await startEmbeddingsServer()
    try {
      provider.script('hang', 'hang', 'hang', 'hang')
      // A model with no stored vectors: the need must be embedded on the spot.
      const hanging = new OpenAIEmbedder({ apiKey: 'sk-test', baseURL: provider.baseURL, model: 'slow-model', dimensions: 512 })
      const app = createApp({ ...t.deps, retrievers: () => ({ fullText: createIndexingDeps(t.config, t.db.sql, createLogger('silent')).fullText, embedder: hanging }) })
      const started = performance.now()
      const res = await app.request(`/v1/needs/${needId}/candidates?kinds=expert`, { headers: w.keys.enterpriseA.headers })
      expect(res.status).toBe(200)
      expect(performance.now() - started).toBeLessThan(QUERY_EMBED_TIMEOUT_MS + 5000)
      const answer = await readJson(res, 'listNeedCandidates')
      expect(answer.unavailableRetrievers).toEqual(['vector'])
      expect(answer.candidates[0]!.id).toBe(ids['郭志强'])
    } finally {
      await provider.close()
    }
  })

  it.each([
    ['enterpriseA', 200],
    ['staffA', 200],
    ['admin', 200],
    ['enterpriseB', 403],
    ['staffB', 404],
    ['expertA', 403],
  ] as const)('%s asking → %i', async (key, status) => {
    expect((await get(needId, key)).status).toBe(status)
  })

  it('validates kinds and limit', async () => {
    const bad = await get(needId, 'admin', '?kinds=expert,wizard&limit=500')
    expect(bad.status).toBe(400)
    const paths = (await readProblem(bad)).errors!.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['query.kinds', 'query.limit']))
  })

  it('weighs how each candidate answered earlier invitations and how its consultations were rated, saying so', async () => {
    await createExpert('婉拒专家', {})
    await createExpert('应邀专家', {})
    await createExpert('新人专家', {})
    const deps = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(deps)).leased > 0);
    const accepted: string[] = []
    const keys: Record<string, Record<string, string>> = {}
    for (const [label, answer] of [['婉拒专家', 'decline'], ['应邀专家', 'accept']] as const) {
      const key = await createKey(t.db.sql, 'expert', { expertId: ids[label]! })
      keys[label] = key.headers
      for (const round of [1, 2]) {
        const need = await t.app.request('/v1/needs', json('POST', {
          title: `${label}往期需求${round}`, industryCode: 'modern_coal_chemical', kind: 'breakthrough', status: 'open', problem: '焦炉煤气净化工艺优化。',
        }, w.keys.enterpriseA.headers))
        const proposed = await t.app.request(`/v1/needs/${(await readJson(need, 'createNeed')).id}/matches`, json('POST', { candidateKind: 'expert', candidateId: ids[label] }, w.keys.enterpriseA.headers))
        const match = (await readJson(proposed, 'proposeMatch')).id
        const res = answer === 'accept'
          ? await t.app.request(`/v1/matches/${match}/accept`, { method: 'POST', headers: key.headers })
          : await t.app.request(`/v1/matches/${match}/decline`, json('POST', { reason: '时间冲突' }, key.headers))
        expect(res.status).toBe(200)
        if (answer === 'accept') accepted.push(match)
      }
    }
    const rulesFor = async (label: string) => {
      const answer = await readJson(await get(needId, 'enterpriseA', '?kinds=expert&limit=20'), 'listNeedCandidates')
      return answer.candidates.find((c: { id: string }) => c.id === ids[label])!.reasons.rules
    }
    // A consultation completed but not rated: a small boost; rated 5 on average: +10%.
    const scheduled = await t.app.request(`/v1/matches/${accepted[0]}/consultations`, json('POST', { mode: 'online', scheduledAt: new Date(Date.now() - 7200_000).toISOString() }, w.keys.enterpriseA.headers))
    const consultation = (await readJson(scheduled, 'scheduleConsultation')).id
    const completed = await t.app.request(`/v1/consultations/${consultation}/complete`, json('POST', {
      heldAt: new Date(Date.now() - 3600_000).toISOString(), hours: 2, summary: '线上评估了加氢工艺参数。',
    }, keys['应邀专家']))
    expect(completed.status).toBe(200)
    expect(await rulesFor('应邀专家')).toContainEqual(expect.objectContaining({ rule: 'consultation_record', effect: 'boosted', factor: 1.03 }))
    const rated = await t.app.request(`/v1/consultations/${consultation}/rating`, json('POST', { rating: 5 }, w.keys.enterpriseA.headers))
    expect(rated.status).toBe(200)
    expect(await rulesFor('应邀专家')).toContainEqual(expect.objectContaining({ rule: 'consultation_record', effect: 'boosted', factor: 1.1 }))

    const answer = await readJson(await get(needId, 'enterpriseA', '?kinds=expert&limit=20'), 'listNeedCandidates')
    const rulesOf = (label: string) => answer.candidates.find((c: { id: string }) => c.id === ids[label])!.reasons.rules
    // Smoothed acceptance (accepted + 1) / (invited + 2): 1/4 → 0.95, 3/4 → 1.05; no record, no rule.
    expect(rulesOf('婉拒专家')).toEqual([expect.objectContaining({ rule: 'answer_history', effect: 'lowered', factor: 0.95 })])
    expect(rulesOf('应邀专家')).toEqual([
      expect.objectContaining({ rule: 'answer_history', effect: 'boosted', factor: 1.05 }),
      expect.objectContaining({ rule: 'consultation_record', effect: 'boosted', factor: 1.1 }),
    ])
    expect(rulesOf('新人专家')).toEqual([])
  })

  it('shows matched terms as words of the need, never single characters or pairs straddling two words', async () => {
    await createExpert('废水专家', {
      fields: ['煤化工废水处理'], keywords: ['焦化废水', '酚氨回收', '催化氧化', 'COD'],
      bio: '从事焦化废水酚氨回收、催化湿式氧化与PVDF膜深度处理研究，出水COD稳定达标。',
    })
    const deps = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    const need = await t.app.request('/v1/needs', json('POST', {
      title: '煤气化废水酚氨回收率低', industryCode: 'modern_coal_chemical', kind: 'breakthrough', status: 'open', visibility: 'public',
      problem: '催化废水中酚氨回收不彻底，节能减排压力大，拟用PVDF膜深度处理使出水COD达标。', keywords: ['酚氨回收'],
    }, w.keys.enterpriseA.headers))
    const wastewater = await readJson(need, 'createNeed')
    while ((await drainOutbox(deps)).leased > 0);
    const [source] = await loadMatchSources(t.db.sql, 'need', [wastewater.id])
    const { title, body } = toMatchDocument(source!)
    const text = `${title}\n${body}`
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
    const boundaries = new Set([...segmenter.segment(text)].flatMap(({ index, segment }) => [index, index + segment.length]))
    // A readable term is a run of whole words of the need: it starts and ends where the need's words do.
    const wordAligned = (term: string) => {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        if (boundaries.has(at) && boundaries.has(at + term.length)) return true
      }
      return false
    }
    for (const [id, kinds] of [[wastewater.id, 'expert'], [wastewater.id, 'expert,society,workstation'], [needId, 'expert']] as const) {
      const answer = await readJson(await get(id, 'enterpriseA', `?kinds=${kinds}&limit=20`), 'listNeedCandidates')
      expect(answer.candidates.length).toBeGreaterThan(0)
      for (const candidate of answer.candidates as { name: string; reasons: { matchedTerms: string[] } }[]) {
        const terms = candidate.reasons.matchedTerms
        expect(terms.filter((term) => /^\p{Script=Han}$/u.test(term)), candidate.name).toEqual([])
        expect(terms.filter((term) => ['化废', '水酚', '氨回', '能减'].includes(term)), candidate.name).toEqual([])
        if (id === wastewater.id) expect(terms.filter((term) => !wordAligned(term)), candidate.name).toEqual([])
      }
    }
    const answer = await readJson(await get(wastewater.id, 'enterpriseA', '?kinds=expert&limit=20'), 'listNeedCandidates')
    const expert = answer.candidates.find((c: { id: string }) => c.id === ids['废水专家'])
    // Adjacent matched pairs are shown as the words they came from, Latin terms as the need spells them.
    expect(expert!.reasons.matchedTerms).toEqual(expect.arrayContaining(['酚氨回收', '煤化工', 'PVDF', 'COD']))
  })
})
