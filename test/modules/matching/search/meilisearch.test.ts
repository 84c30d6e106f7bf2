import { randomUUID } from 'node:crypto'
import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { words } from '../../../../src/modules/matching/text-analysis.js'
import { type FullTextFilter, type FullTextIndex, type MatchDocument } from '../../../../src/modules/matching/search/full-text.js'
import {
  MAX_QUERY_WORDS,
  documentKey,
  filterExpression,
  highlightedTerms,
  meiliQuery,
  quoteFilterValue,
} from '../../../../src/modules/matching/search/meilisearch.js'
import { createFullTextIndex } from '../../../../src/modules/matching/search/create-full-text.js'

const noDatabase = undefined as never

describe('Meilisearch retriever: request building (no server)', () => {
  it('is chosen when MEILI_URL is set, PostgreSQL otherwise', () => {
    expect(createFullTextIndex({ MEILI_URL: 'http://127.0.0.1:7700' }, { sql: noDatabase }).name).toBe('meilisearch')
    expect(createFullTextIndex({}, { sql: noDatabase }).name).toBe('postgres')
  })

  it('keys documents with characters Meilisearch accepts', () => {
    const id = randomUUID()
    expect(documentKey('workstation', id)).toBe(`workstation-${id}`)
    expect(documentKey('expert', id)).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('quotes filter values and refuses what cannot be quoted faithfully', () => {
    expect(quoteFilterValue('140400')).toBe('"140400"')
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"')
    expect(quoteFilterValue("x' OR kind = 'need")).toBe(`"x' OR kind = 'need"`)
    expect(() => quoteFilterValue('a\\')).toThrow(TypeError)
    expect(() => quoteFilterValue('a\nb')).toThrow(TypeError)
  })

  it('builds the filter: kinds, then park and region that pass documents without one, then availability', () => {
    const parkId = randomUUID()
    expect(filterExpression({ kinds: ['expert', 'workstation'] })).toEqual(['kind IN ["expert", "workstation"]'])
    expect(filterExpression({ kinds: ['society'], parkId, regionCode: '140400', availableOnly: true })).toEqual([
      'kind IN ["society"]',
      ['parkId IS NULL', `parkId = "${parkId}"`],
      ['regionCode IS NULL', 'regionCode = "140400"'],
      'available = true',
    ])
    const [one, two] = [randomUUID(), randomUUID()]
    expect(filterExpression({ kinds: ['need'], ids: [one, two] })).toEqual(['kind IN ["need"]', `id IN ["${one}", "${two}"]`])
  })

  it('sends words only, so no user text becomes phrase or negation syntax', () => {
    expect(meiliQuery('"催化剂" -寿命')).toBe('催化 剂 寿命')
    expect(meiliQuery("'; drop table needs; --")).toBe('drop table needs')
    expect(meiliQuery('a & b | !c:*')).toBe('a b c')
    expect(meiliQuery('')).toBe('')
    expect(meiliQuery('🔬🧪')).toBe('')
  })

  it('condenses a long need text to its 10 longest words, in order', () => {
    const query = '焦炉煤气制甲醇催化剂寿命短，积碳失活严重，需要专家指导再生工艺与反应器改造，降低能耗并提高选择性。'
    const all = [...new Set(words(query))]
    const sent = meiliQuery(query).split(' ')
    expect(all.length).toBeGreaterThan(MAX_QUERY_WORDS)
    expect(sent).toHaveLength(MAX_QUERY_WORDS)
    expect(sent).toEqual(all.filter((word) => sent.includes(word)))
    const shortestSent = Math.min(...sent.map((word) => [...word].length))
    for (const word of all.filter((w) => !sent.includes(w))) expect([...word].length).toBeLessThanOrEqual(shortestSent)
    expect(sent).not.toContain('短')
  })

  it('reads matched terms from highlights, title first, each once', () => {
    expect(
      highlightedTerms({ title: '\uE000催化剂\uE001专家', body: '费托\uE000催化剂\uE001与\uE000ＳｉＣ\uE001' }),
    ).toEqual(['催化剂', 'sic'])
    expect(highlightedTerms(undefined)).toEqual([])
  })
})

const meiliUrl = process.env.MEILI_URL
const meiliKey = process.env.MEILI_KEY

describe.skipIf(!meiliUrl)('Meilisearch retriever against a real server (MEILI_URL)', () => {
  const indexUid = `test_match_documents_${process.pid}_${Date.now()}`
  const parkA = randomUUID()
  const parkB = randomUUID()
  const doc = (kind: MatchDocument['kind'], title: string, body: string, extra: Partial<MatchDocument> = {}): MatchDocument => ({
    kind, id: randomUUID(), parkId: null, regionCode: null, available: true, title, body, ...extra,
  })
  const catalyst = doc('expert', '煤化工催化剂专家', '长期从事费托合成催化剂研发，主攻催化剂寿命与积碳失活机理。', { regionCode: '140400' })
  const battery = doc('expert', '锂电池正极材料', '磷酸铁锂正极材料烧结工艺。', { regionCode: '140400', available: false })
  const society = doc('society', '山西省化学会', '化学、化工、催化剂与材料领域的学术交流。')
  const stationA = doc('workstation', '长治高新区院士工作站', '煤基新材料与催化剂中试平台。', { parkId: parkA, regionCode: '140400' })
  const stationB = doc('workstation', '潞城专家工作站', '催化剂再生与焦化废水处理。', { parkId: parkB, regionCode: '140406' })
  const need = doc('need', '催化剂寿命短', '费托合成催化剂寿命不足 800 小时。', { parkId: parkA })
  const everyone: FullTextFilter = { kinds: ['expert', 'society', 'workstation'] }
  const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id)
  let index: FullTextIndex

  beforeAll(async () => {
    index = createFullTextIndex(
      { MEILI_URL: meiliUrl, ...(meiliKey ? { MEILI_KEY: meiliKey } : {}) },
      { sql: noDatabase, meiliIndexUid: indexUid },
    )
    await index.upsert([catalyst, battery, society, stationA, stationB, need])
  })

  afterAll(async () => {
    const client = new Meilisearch({ host: meiliUrl!, ...(meiliKey ? { apiKey: meiliKey } : {}) })
    await client.deleteIndexIfExists(indexUid)
  })

  it('applies the index settings, Chinese pinned', async () => {
    const client = new Meilisearch({ host: meiliUrl!, ...(meiliKey ? { apiKey: meiliKey } : {}) })
    const settings = await client.index(indexUid).getSettings()
    expect(settings.searchableAttributes).toEqual(['title', 'body'])
    expect([...(settings.filterableAttributes ?? [])].map(String).sort()).toEqual(['available', 'id', 'kind', 'parkId', 'regionCode'])
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['title', 'body'], locales: ['cmn'] }])
    expect((await client.index(indexUid).getRawInfo()).primaryKey).toBe('key')
  })

  it('finds Chinese documents at once after upsert, best first, with scores and matched terms', async () => {
    const hits = await index.search('催化剂寿命', everyone, 10)
    expect(hits[0]!.id).toBe(catalyst.id)
    expect(ids(hits)).not.toContain(need.id)
    expect(hits.map((hit) => hit.rank)).toEqual(hits.map((_, i) => i + 1))
    expect(hits[0]!.score).toBeGreaterThan(0)
    expect(hits[0]!.score).toBeLessThanOrEqual(1)
    expect(hits[0]!.matchedTerms.length).toBeGreaterThan(0)
    expect(await hits[0]!.shownTerms()).toEqual(expect.arrayContaining(['催化剂', '寿命']))
    for (const hit of hits) expect((await hit.shownTerms()).filter((term) => /^\p{Script=Han}$/u.test(term))).toEqual([])
  })

  it('applies kind, park, region and availability filters', async () => {
    expect(ids(await index.search('催化剂', { kinds: ['society'] }, 10))).toEqual([society.id])
    const inParkA = ids(await index.search('催化剂', { ...everyone, parkId: parkA }, 10))
    expect(inParkA).toContain(stationA.id)
    expect(inParkA).not.toContain(stationB.id)
    expect(inParkA).toEqual(expect.arrayContaining([catalyst.id, society.id]))
    const inRegion = ids(await index.search('催化剂', { ...everyone, regionCode: '140406' }, 10))
    expect(inRegion).toContain(stationB.id)
    expect(inRegion).not.toContain(catalyst.id)
    expect(ids(await index.search('正极材料', { kinds: ['expert'], availableOnly: true }, 10))).toEqual([])
    expect(ids(await index.search('正极材料', { kinds: ['expert'] }, 10))).toEqual([battery.id])
  })

  it('respects the limit and never errors on hostile queries', async () => {
    expect(await index.search('催化剂', everyone, 2)).toHaveLength(2)
    for (const query of ["'; drop table needs; --", 'a & b | !c:*', '\\', '', '"', '-', '🔬🧪', '催'.repeat(5000)]) {
      expect(Array.isArray(await index.search(query, everyone, 10)), query).toBe(true)
    }
    expect(await index.search('', everyone, 10)).toEqual([])
  })

  it('replaces on upsert and removes on remove', async () => {
    const expert = doc('expert', '王芳', '钙钛矿太阳能电池')
    await index.upsert([expert])
    expect(ids(await index.search('钙钛矿', { kinds: ['expert'] }, 10))).toEqual([expert.id])
    await index.upsert([{ ...expert, body: '氢燃料电池电堆' }])
    expect(await index.search('钙钛矿', { kinds: ['expert'] }, 10)).toEqual([])
    expect(ids(await index.search('电堆', { kinds: ['expert'] }, 10))).toEqual([expert.id])
    await index.remove([{ kind: 'expert', id: expert.id }])
    expect(await index.search('电堆', { kinds: ['expert'] }, 10)).toEqual([])
  })
})
