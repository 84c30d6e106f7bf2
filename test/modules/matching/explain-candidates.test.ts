import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { explainCandidates } from '../../../src/modules/matching/index.js'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { createLogger } from '../../../src/platform/logger.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readJson } from '../../helpers/http.js'
import { coalExpert, coalNeed } from './coal-fixtures.js'

describe('explainCandidates: the list\'s score, confidence and reasons for given candidates', () => {
  let t: TestApp
  let w: World
  const ids: Record<string, string> = {}
  let needId: string

  const createExpert = async (label: string, body: Record<string, unknown>) => {
    const res = await t.app.request('/v1/experts', json('POST', { name: label, organisation: `${label}单位`, ...coalExpert, ...body }, w.keys.admin.headers))
    ids[label] = (await readJson(res, 'createExpert', 201)).id
  }
  const deps = () => ({ sql: t.db.sql, logger: createLogger('silent'), ...t.deps.retrievers(t.db.sql) })

  beforeAll(async () => {
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'hash' })
    w = await createWorld(t.db.sql)
    await createExpert('郭志强', { keywords: [...coalExpert.keywords, '床层压降', '运行周期', '焦化副产'], regionCode: '140400' })
    await createExpert('李建华', { keywords: ['煤焦油', '积碳'], fields: ['煤化工'], bio: '从事煤化工工艺研究。' })
    await createExpert('王海燕', { fields: ['加氢催化剂'], keywords: ['催化剂失活'], bio: '催化剂表征。' })
    await createExpert('雇员专家', { enterpriseId: w.enterpriseA.id })
    // The same text: the same evidence, one retrieved (then excluded), one not retrieved at all.
    await createExpert('满额专家', { capacity: 0, organisation: '太原理工大学' })
    await createExpert('暂停专家', { availability: 'unavailable', organisation: '太原理工大学' })
    await createExpert('医药专家', { fields: ['抗体药物'], keywords: ['单克隆抗体', '细胞培养'], bio: '从事抗体药物工艺开发。' })
    const need = await t.app.request('/v1/needs', json('POST', coalNeed, w.keys.enterpriseA.headers))
    needId = (await readJson(need, 'createNeed', 201)).id
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
  })
  afterAll(() => t.close())

  it('gives each listed candidate the list\'s score, reasons and (uncapped) confidence', async () => {
    const res = await t.app.request(`/v1/needs/${needId}/candidates?limit=50`, { headers: w.keys.enterpriseA.headers })
    const listed = (await readJson(res, 'listNeedCandidates')).candidates
    expect(listed.length).toBeGreaterThanOrEqual(3)
    const explained = await explainCandidates(deps(), needId, listed.map(({ kind, id }) => ({ kind, id })))
    let cap = 1
    for (const candidate of listed) {
      const explanation = explained.get(`${candidate.kind}:${candidate.id}`)!
      expect(explanation).toMatchObject({ score: candidate.score, reasons: candidate.reasons, excludedBy: null })
      // The list caps each confidence at the one above; the explanation is the candidate's own.
      cap = Math.min(cap, explanation.confidence)
      expect(candidate.confidence).toBe(cap)
    }
  })

  it('explains candidates the retrievers did not list, from their own evidence for the pair, and names what excludes them', async () => {
    const explained = await explainCandidates(deps(), needId, [
      { kind: 'expert', id: ids['满额专家']! },
      { kind: 'expert', id: ids['暂停专家']! },
      { kind: 'expert', id: ids['雇员专家']! },
      { kind: 'expert', id: ids['医药专家']! },
    ])
    const full = explained.get(`expert:${ids['满额专家']}`)!
    const away = explained.get(`expert:${ids['暂停专家']}`)!
    expect(full.excludedBy).toBe('at_capacity')
    expect(away.excludedBy).toBe('unavailable')
    expect(explained.get(`expert:${ids['雇员专家']}`)!.excludedBy).toBe('conflict_of_interest')
    // Both retrievers skip an unavailable expert; its evidence, computed for the pair, is what the
    // retrieved one with the same text got from the lists.
    expect(full.reasons.retrievers.full_text!.score).toBeGreaterThan(0)
    expect(away.reasons.retrievers.full_text!.score).toBe(full.reasons.retrievers.full_text!.score)
    expect(away.reasons.retrievers.vector!.score).toBe(full.reasons.retrievers.vector!.score)
    expect(away.score).toBe(full.score)
    expect(away.confidence).toBe(full.confidence)
    expect(away.reasons.matchedTerms).toEqual(full.reasons.matchedTerms)
    const unrelated = explained.get(`expert:${ids['医药专家']}`)!
    expect(unrelated.reasons.retrievers.vector).toBeUndefined()
    expect(unrelated.score).toBeLessThan(full.score / 4)
    expect(unrelated.confidence).toBeLessThan(0.25)
  })

  it('answers nothing for unknown candidates and refuses an unknown need', async () => {
    const explained = await explainCandidates(deps(), needId, [{ kind: 'society', id: '00000000-0000-4000-8000-000000000000' }])
    expect(explained.size).toBe(0)
    await expect(explainCandidates(deps(), '00000000-0000-4000-8000-000000000000', [])).rejects.toMatchObject({ code: 'not_found' })
  })
})
