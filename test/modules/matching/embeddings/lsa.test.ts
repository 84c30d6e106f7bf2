import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../../src/modules/matching/index/indexer.js'
import { createLogger } from '../../../../src/platform/logger.js'
import { LsaEmbedder, lsaModelName } from '../../../../src/modules/matching/embeddings/lsa/embedder.js'
import { LSA_DIMENSIONS, LSA_MIN_DOCUMENTS, embedText, fitLsa, termCounts, termIndex } from '../../../../src/modules/matching/embeddings/lsa/model.js'
import { randomizedSvd } from '../../../../src/modules/matching/embeddings/lsa/svd.js'
import { toCsr } from '../../../../src/modules/matching/embeddings/lsa/tfidf.js'
import { createIndexingDeps } from '../../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../../helpers/app.js'
import { type World, createWorld, json } from '../../../helpers/fixtures.js'
import { readJson } from '../../../helpers/http.js'

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0)

/** Two fields' profiles: each shares vocabulary within its field, none across. */
const coal = ['煤焦油加氢精制催化剂', '焦化副产煤焦油深加工', '加氢催化剂失活与再生', '煤焦油馏分加氢裂化', '催化剂积碳与床层压降', '煤焦油脱硫脱氮加氢']
const pharma = ['单克隆抗体细胞培养', '抗体药物纯化工艺', '细胞株构建与培养基', '生物反应器细胞培养', '抗体偶联药物工艺', '重组蛋白纯化层析']
const profile = (topics: string[], i: number) => `${topics[i % topics.length]}，${topics[(i + 1) % topics.length]}，${topics[(i + 3) % topics.length]}。`

describe('LSA model', () => {
  it('recovers a low-rank matrix: the randomized SVD finds its singular values', async () => {
    // A 40 × 30 matrix of rank 3 with singular values 9, 4 and 1 (outer products of orthogonal vectors).
    const rows = 40
    const cols = 30
    const u = [0, 1, 2].map((k) => Array.from({ length: rows }, (_, i) => Math.sin((i + 1) * (k + 1) * 0.37)))
    const v = [0, 1, 2].map((k) => Array.from({ length: cols }, (_, j) => Math.cos((j + 1) * (k + 1) * 0.61)))
    const orthonormal = (vectors: number[][]) => {
      const out: number[][] = []
      for (const vector of vectors) {
        const w = [...vector]
        for (const q of out) {
          const d = w.reduce((s, x, i) => s + x * q[i]!, 0)
          for (let i = 0; i < w.length; i++) w[i]! -= d * q[i]!
        }
        const n = Math.hypot(...w)
        out.push(w.map((x) => x / n))
      }
      return out
    }
    const [uo, vo] = [orthonormal(u), orthonormal(v)]
    const sigma = [9, 4, 1]
    const dense = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => sigma.reduce((s, sk, k) => s + sk * uo[k]![i]! * vo[k]![j]!, 0)))
    const matrix = toCsr(
      dense.map((row) => ({ indices: Int32Array.from(row.keys()), values: Float64Array.from(row) })),
      cols,
    )
    const svd = await randomizedSvd(matrix, { rank: 3, oversampling: 5, powerIterations: 4, seed: 7 })
    expect([...svd.sigma].map((s) => Math.round(s * 1e6) / 1e6)).toEqual(sigma)
  })

  it('embeds profiles as unit vectors of fixed dimensions and puts a need nearest its own field', async () => {
    // Whether it generalises beyond shared words is measured on real text (npm run bench:external),
    // which a corpus small enough for a unit test cannot show: its rank stays below the dimensions.
    let state = 12345
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 6
    const profiles = (topics: string[]) => Array.from({ length: 40 }, () => `${topics[next()]}；${topics[next()]}。`)
    const documents = [...profiles(coal), ...profiles(pharma)]
    const fitted = await fitLsa(documents.map(termCounts))
    const model = { id: 1, ...fitted }
    const index = termIndex(model)
    const vectors = documents.map((text) => embedText(model, index, text))
    for (const vector of vectors) {
      expect(vector).toHaveLength(LSA_DIMENSIONS)
      expect(Math.abs(Math.hypot(...vector) - 1)).toBeLessThan(1e-6)
    }
    const query = embedText(model, index, '加氢催化剂寿命短')
    const nearest = vectors.map((vector, i) => ({ i, similarity: cosine(query, vector) })).sort((a, b) => b.similarity - a.similarity).slice(0, 10)
    expect(nearest.every(({ i }) => i < 40)).toBe(true)
    expect(embedText(model, index, '量子通信')).toEqual(new Array(LSA_DIMENSIONS).fill(0))
    // The same documents fit the same model: the fit is seeded.
    expect((await fitLsa(documents.map(termCounts))).projection).toEqual(fitted.projection)
  })
})

describe('LSA embedder over the registry', () => {
  let t: TestApp
  let w: World

  beforeAll(async () => {
    t = await createTestApp({}, { LOCAL_EMBEDDER: 'lsa' })
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t?.close())

  const indexing = () => createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
  const drain = async () => {
    while ((await drainOutbox(indexing())).leased > 0);
  }
  const addExperts = async (count: number, offset: number) => {
    for (let i = offset; i < offset + count; i++) {
      const topics = i % 2 === 0 ? coal : pharma
      const res = await t.app.request('/v1/experts', json('POST', { name: `语义专家${i}`, organisation: `语义大学${i}`, fields: [topics[i % topics.length]!], bio: profile(topics, i) }, w.keys.admin.headers))
      expect(res.status).toBe(201)
    }
    await drain()
  }

  it('waits for enough profiles, saying why in the candidates answer', async () => {
    await addExperts(LSA_MIN_DOCUMENTS - 5, 0)
    const embedder = indexing().embedder as LsaEmbedder
    expect(await embedder.refit()).toMatchObject({ refitted: false })
    await embedder.prepare()
    expect(embedder.notReadyReason()).toContain(String(LSA_MIN_DOCUMENTS))
    const needRes = await t.app.request('/v1/needs', json('POST', { title: '煤焦油加氢催化剂寿命', industryCode: 'new_materials', kind: 'consulting', problem: '加氢催化剂失活快。', status: 'open', visibility: 'park' }, w.keys.enterpriseA.headers))
    const answer = await readJson(await t.app.request(`/v1/needs/${(await readJson(needRes, 'createNeed')).id}/candidates?kinds=expert`, { headers: w.keys.enterpriseA.headers }), 'listNeedCandidates')
    expect(answer.unavailableRetrievers).toEqual(['vector'])
    expect(answer.unavailableReasons[0]!.reason).toContain('semantic model')
    expect(answer.candidates.length).toBeGreaterThan(0)
  })

  it('fits once there are enough, embeds every document, and serves the model to every process', async () => {
    await addExperts(10, 100)
    const embedder = indexing().embedder as LsaEmbedder
    const outcome = await embedder.refit()
    expect(outcome).toMatchObject({ refitted: true, reason: 'no model yet' })
    const model = outcome.model as string
    expect(model).toMatch(/^lsa-v1-64@\d+$/)
    const [counts] = await t.db.sql<{ documents: number; vectors: number }[]>`
      select (select count(*)::int from match_documents) as documents, (select count(*)::int from match_embeddings where model = ${model}) as vectors`
    expect(counts!.vectors).toBe(counts!.documents)

    // Another process (a new embedder) serves the same model, and the need's candidates now carry vector evidence.
    const other = indexing().embedder
    await other.prepare!()
    expect(other.model).toBe(model)
    const needRes = await t.app.request('/v1/needs', json('POST', { title: '加氢裂化催化剂', industryCode: 'new_materials', kind: 'consulting', problem: '馏分加氢裂化收率低。', status: 'open', visibility: 'park' }, w.keys.enterpriseA.headers))
    await drain()
    const answer = await readJson(await t.app.request(`/v1/needs/${(await readJson(needRes, 'createNeed')).id}/candidates?kinds=expert&limit=5`, { headers: w.keys.enterpriseA.headers }), 'listNeedCandidates')
    expect(answer.unavailableRetrievers).toEqual([])
    expect(answer.candidates[0]!.reasons.retrievers.vector!.score).toBeGreaterThan(0)
    const top = await t.db.sql<{ fields: string[] }[]>`select fields from experts where id = ${answer.candidates[0]!.id}`
    expect(coal).toContain(top[0]!.fields[0])
  })

  it('fits again only when the registry has changed enough, and a new model replaces the old one and its vectors', async () => {
    const embedder = indexing().embedder as LsaEmbedder
    expect(await embedder.refit()).toMatchObject({ refitted: false })
    await embedder.prepare()
    const before = embedder.model
    const forced = await embedder.refit({ force: true })
    expect(forced.model).not.toBe(before)
    const models = await t.db.sql<{ model: string }[]>`select distinct model from match_embeddings`
    expect(models.map((row) => row.model)).toEqual([forced.model])
    const [stored] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from lsa_models`
    expect(stored!.n).toBe(1)
    expect(lsaModelName(1)).toBe('lsa-v1-64@1')
  })
})
