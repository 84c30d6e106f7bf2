import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  deleteMatchDocuments,
  searchMatchDocuments,
  tsqueryText,
  tsvectorText,
  upsertMatchDocuments,
} from '../../../../src/modules/matching/index/search-documents.js'
import { indexTerms } from '../../../../src/modules/matching/text-analysis.js'
import { type FullTextFilter, type FullTextIndex, type MatchDocument, contentHash } from '../../../../src/modules/matching/search/full-text.js'
import {
  MAX_QUERY_TERMS,
  createPostgresFullText,
  documentTerms,
  queryTerms,
  selectQueryTerms,
} from '../../../../src/modules/matching/search/postgres.js'
import { type TestDatabase, createTestDatabase } from '../../../helpers/database.js'
import { createFullTextIndex } from '../../../../src/modules/matching/search/create-full-text.js'

const parkA = randomUUID()
const parkB = randomUUID()

const doc = (kind: MatchDocument['kind'], title: string, body: string, extra: Partial<MatchDocument> = {}): MatchDocument => ({
  kind,
  id: randomUUID(),
  parkId: null,
  regionCode: null,
  available: true,
  title,
  body,
  ...extra,
})

// Experts and societies have no park; workstations and needs do.
const catalyst = doc('expert', '王建国 煤化工催化剂专家', '长期从事费托合成催化剂研发，主攻催化剂寿命与积碳失活机理。', {
  regionCode: '140400',
})
const catalystSplit = doc('expert', '李娜', '研究方向：催化 剂 载体改性，分子筛。', { regionCode: '140100' })
const battery = doc('expert', '赵磊 锂电池正极材料', '磷酸铁锂正极材料烧结工艺与一致性控制，兼顾催化剂回收。', {
  regionCode: '140400',
  available: false,
})
const society = doc('society', '山西省化学会', '化学、化工、催化与材料领域的学术交流。')
const workstationA = doc('workstation', '长治高新区院士工作站', '煤基新材料与催化剂中试平台。', {
  parkId: parkA,
  regionCode: '140400',
})
const workstationB = doc('workstation', '潞城经济开发区专家工作站', '催化剂再生与焦化废水处理。', {
  parkId: parkB,
  regionCode: '140406',
})
const need = doc('need', '催化剂寿命短', '费托合成催化剂寿命不足 800 小时，需要攻关。', { parkId: parkA })
const hostile = doc('expert', "O'Brien's lab: a\\b & c|d !e:* (x)", "x:y 'quoted' back\\slash ''", {})

const everyone: FullTextFilter = { kinds: ['expert', 'society', 'workstation'] }
const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id)

let db: TestDatabase
let index: FullTextIndex

beforeAll(async () => {
  db = await createTestDatabase()
  await db.migrate()
  index = createFullTextIndex({}, { sql: db.sql })
})

afterAll(async () => {
  await db?.close()
})

describe('PostgreSQL full text: analysis', () => {
  it('indexes exactly the shared index terms of title and body, title occurrences weighted A', () => {
    const terms = documentTerms('催化剂专家', '催化剂寿命')
    expect(new Set(terms.map((term) => term.lexeme))).toEqual(new Set(indexTerms('催化剂专家 催化剂寿命')))
    const catalysis = terms.find((term) => term.lexeme === '催化')!
    // Once in the title, once in the body: the word and the bigram of one spot count once.
    expect(catalysis.positions.map((p) => p.weight)).toEqual(['A', 'D'])
  })

  it('queries by the same terms, bounded in number', () => {
    expect(queryTerms('催化剂寿命')).toEqual(indexTerms('催化剂寿命'))
    expect(queryTerms(`${'x'.repeat(65)} 氢`)).toEqual(['氢'])
  })

  it('quotes every lexeme so no character in it is tsvector or tsquery syntax', () => {
    expect(tsqueryText(["it's", 'a\\b', '!c:*', 'x | y'])).toBe(`'it''s' | 'a\\\\b' | '!c:*' | 'x | y'`)
    expect(tsvectorText([{ lexeme: "o'b", positions: [{ at: 3, weight: 'A' }, { at: 99_999, weight: 'D' }] }])).toBe(
      `'o''b':3A,16383D`,
    )
  })
})

describe('PostgreSQL full text: choosing query terms', () => {
  const counts = (total: number | null, entries: Record<string, number>) => ({ total, averageLength: 100, documents: new Map(Object.entries(entries)) })

  it('drops absent and common terms and keeps the rest in query order within the budget', () => {
    const selection = selectQueryTerms(['技术', '燃料', '电堆', '衰减', '无此词'], counts(1000, { 技术: 400, 燃料: 90, 电堆: 12, 衰减: 30, 无此词: 0 }), 50)
    expect(selection).toEqual({ terms: ['电堆', '衰减'], absent: 1, common: 1, overBudget: 1 })
  })

  it('always keeps the rarest term, and falls back to common terms when nothing else is left', () => {
    expect(selectQueryTerms(['燃料', '电池'], counts(1000, { 燃料: 90, 电池: 80 }), 10).terms).toEqual(['电池'])
    expect(selectQueryTerms(['技术', '研究'], counts(1000, { 技术: 400, 研究: 300 }), 10_000).terms).toEqual(['技术', '研究'])
  })

  it('keeps every present term before the first refresh', () => {
    expect(selectQueryTerms(['技术', '电堆'], counts(null, { 技术: 1, 电堆: 1 })).terms).toEqual(['技术', '电堆'])
  })
})

describe('PostgreSQL full text: search', () => {
  beforeAll(async () => {
    await index.upsert([catalyst, catalystSplit, battery, society, workstationA, workstationB, need, hostile])
  })

  it('is the retriever chosen without MEILI_URL', () => {
    expect(index.name).toBe('postgres')
  })

  it('answers nothing when no document holds a query term', async () => {
    expect(await index.search('量子计算', everyone, 10)).toEqual([])
  })

  it('stores the lexemes unaltered, whatever characters they hold, with the content hash', async () => {
    const [row] = await db.sql<{ lexemes: string[]; contentHash: string }[]>`
      select tsvector_to_array(terms) as lexemes, content_hash from match_documents where id = ${hostile.id}`
    expect(new Set(row!.lexemes)).toEqual(new Set(indexTerms(`${hostile.title} ${hostile.body}`)))
    expect(row!.lexemes).toEqual(expect.arrayContaining(["o'brien's", 'x:y']))
    expect(row!.contentHash).toBe(contentHash(hostile.title, hostile.body))
    expect(row!.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('round-trips and matches lexemes made of quoting and operator characters', async () => {
    const lexemes = ["it's", "''", 'a\\b', '\\', '!c:*', 'x | y', '(', '<->', '&', "'; drop table needs; --"]
    const id = randomUUID()
    await upsertMatchDocuments(db.sql, [
      {
        kind: 'expert', id, parkId: null, regionCode: null, available: true, title: '', body: lexemes.join(' '),
        contentHash: contentHash('', lexemes.join(' ')),
        terms: lexemes.map((lexeme, i) => ({ lexeme, positions: [{ at: i + 1, weight: 'D' as const }] })),
      },
    ])
    const [row] = await db.sql<{ lexemes: string[] }[]>`select tsvector_to_array(terms) as lexemes from match_documents where id = ${id}`
    expect(new Set(row!.lexemes)).toEqual(new Set(lexemes))
    for (const lexeme of lexemes) {
      const rows = await searchMatchDocuments(db.sql, { terms: [lexeme], idf: [1], averageLength: lexemes.length, kinds: ['expert'], limit: 5 })
      expect(rows.map((r) => [r.id, r.matchedTerms]), lexeme).toEqual([[id, [lexeme]]])
    }
    await deleteMatchDocuments(db.sql, [{ kind: 'expert', id }])
  })

  it('finds Chinese documents by words, and compounds written split or whole', async () => {
    const whole = await index.search('催化剂', everyone, 20)
    expect(ids(whole)).toEqual(expect.arrayContaining([catalyst.id, catalystSplit.id, battery.id, workstationA.id, workstationB.id]))
    expect(ids(whole)).not.toContain(need.id)

    // Split in the query, whole in the document.
    const split = await index.search('催化 剂', { kinds: ['expert'] }, 20)
    expect(ids(split)).toEqual(expect.arrayContaining([catalyst.id, catalystSplit.id]))
    expect(split.find((hit) => hit.id === catalystSplit.id)!.matchedTerms).toEqual(['催化', '剂'])

    // A compound the segmenter splits (分子 筛) is found through its bigram.
    const sieve = await index.search('分子筛', everyone, 20)
    expect(ids(sieve)).toEqual([catalystSplit.id])
  })

  it('ranks by BM25: a rare term outweighs a common one, and a short profile a long one with the same matches', async () => {
    const common = [1, 2, 3, 4].map((n) => doc('expert', '', `合金 合金 合金 材料加工${n}。`))
    const rare = doc('expert', '', '钒钛 材料加工。')
    const short = doc('expert', '', '铌酸锂 晶体。')
    const long = doc('expert', '', `铌酸锂 晶体。${Array.from({ length: 60 }, (_, i) => `填充词汇${String.fromCharCode(0x4e00 + i * 7)}`).join(' ')}`)
    const docs = [...common, rare, short, long]
    await index.upsert(docs)
    await index.maintain({ force: true })
    const byIdf = await index.search('合金 钒钛', { kinds: ['expert'] }, 10)
    expect(byIdf[0]!.id).toBe(rare.id)
    const byLength = await index.search('铌酸锂', { kinds: ['expert'] }, 10)
    expect(ids(byLength).slice(0, 2)).toEqual([short.id, long.id])
    await index.remove(docs)
  })

  it('ranks the better match first: more query terms, and terms in the title', async () => {
    const hits = await index.search('催化剂寿命 积碳失活', { kinds: ['expert'] }, 10)
    expect(hits[0]!.id).toBe(catalyst.id)
    expect(hits.map((hit) => hit.rank)).toEqual(hits.map((_, i) => i + 1))
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score)
    expect(hits[0]!.score).toBeGreaterThan(0)

    // Same body, the term in one title: that one wins.
    const inTitle = doc('expert', '焦化废水', '工业废水处理与回用。')
    const inBody = doc('expert', '工业废水', '焦化废水处理与回用。')
    await index.upsert([inTitle, inBody])
    const ranked = await index.search('焦化', { kinds: ['expert'] }, 10)
    expect(ids(ranked).slice(0, 2)).toEqual([inTitle.id, inBody.id])
    await index.remove([inTitle, inBody])

    // A title occurrence counts as two: once in the title equals twice in the body (same length).
    const once = doc('expert', '氢能', '储运')
    const twice = doc('expert', '', '氢能 氢能 储运')
    await index.upsert([once, twice])
    const stored = await db.sql<{ id: string; titleEnd: number }[]>`select id, title_end from match_documents where id in ${db.sql([once.id, twice.id])}`
    const titleEnds = Object.fromEntries(stored.map((row) => [row.id, row.titleEnd]))
    expect(titleEnds[once.id]).toBeGreaterThan(0)
    expect(titleEnds[twice.id]).toBe(0)
    const scores = Object.fromEntries((await index.search('氢能', { kinds: ['expert'] }, 50)).map((hit) => [hit.id, hit.score]))
    expect(scores[once.id]).toBeCloseTo(scores[twice.id]!, 9)
    await index.remove([once, twice])
  })

  it('reports the query terms each document contains, in query order', async () => {
    const hits = await index.search('催化剂寿命', { kinds: ['expert'] }, 10)
    expect(hits.find((hit) => hit.id === catalyst.id)!.matchedTerms).toEqual(['催化', '剂', '寿命', '化剂', '剂寿'])
    expect(hits.find((hit) => hit.id === battery.id)!.matchedTerms).toEqual(['催化', '剂', '化剂'])
  })

  it('shows people the matched terms as whole words: pairs joined back, no single character or straddling pair', async () => {
    const hits = await index.search('催化剂寿命', { kinds: ['expert'] }, 10)
    // Both words, and the document writes them together: one term.
    expect(await hits.find((hit) => hit.id === catalyst.id)!.shownTerms()).toEqual(['催化剂寿命'])
    expect(await hits.find((hit) => hit.id === battery.id)!.shownTerms()).toEqual(['催化剂'])
    // Asked for together (one read of both texts), each still gets its own.
    const together = await Promise.all([battery, catalyst].map((expected) => hits.find((hit) => hit.id === expected.id)!.shownTerms()))
    expect(together).toEqual([['催化剂'], ['催化剂寿命']])
    // 化废 of 催化|废水 is in 焦化废水, but as no word of either text.
    const wastewater = doc('expert', '焦化废水处理', '焦化废水酚氨回收，出水COD达标。')
    await index.upsert([wastewater])
    const [hit] = await index.search('催化废水的cod', { kinds: ['expert'] }, 1)
    expect(hit).toMatchObject({ id: wastewater.id, matchedTerms: expect.arrayContaining(['化废', 'cod']) })
    expect(await hit!.shownTerms()).toEqual(['废水', 'cod'])
    await index.remove([wastewater])
  })

  it('filters by kind; needs are never candidates', async () => {
    const hits = await index.search('催化剂', { kinds: ['society'] }, 20)
    expect(ids(hits)).toEqual([society.id])
    expect(await index.search('催化剂', { kinds: [] }, 20)).toEqual([])
  })

  it('searches needs when asked for them (recommended needs), and only given documents with the scores an open search gives', async () => {
    expect(ids(await index.search('催化剂寿命', { kinds: ['need'] }, 20))).toEqual([need.id])
    const all = await index.search('催化剂', everyone, 20)
    const some = await index.search('催化剂', { ...everyone, ids: [society.id, catalyst.id] }, 20)
    expect(ids(some).sort()).toEqual([society.id, catalyst.id].sort())
    for (const hit of some) expect(hit.score).toBe(all.find((other) => other.id === hit.id)!.score)
    expect(await index.search('催化剂', { ...everyone, ids: [] }, 20)).toEqual([])
  })

  it('filters by park only where a document has one', async () => {
    const hits = await index.search('催化剂', { ...everyone, parkId: parkA }, 20)
    expect(ids(hits)).toContain(workstationA.id)
    expect(ids(hits)).not.toContain(workstationB.id)
    expect(ids(hits)).toEqual(expect.arrayContaining([catalyst.id, society.id]))
  })

  it('filters by region only where a document has one', async () => {
    const hits = await index.search('催化剂', { ...everyone, regionCode: '140400' }, 20)
    expect(ids(hits)).toEqual(expect.arrayContaining([catalyst.id, battery.id, workstationA.id, society.id]))
    expect(ids(hits)).not.toContain(catalystSplit.id)
    expect(ids(hits)).not.toContain(workstationB.id)
  })

  it('filters out unavailable candidates on request', async () => {
    expect(ids(await index.search('正极材料', { kinds: ['expert'] }, 20))).toEqual([battery.id])
    expect(await index.search('正极材料', { kinds: ['expert'], availableOnly: true }, 20)).toEqual([])
  })

  it('combines filters', async () => {
    const hits = await index.search('催化剂', { kinds: ['expert', 'workstation'], parkId: parkB, regionCode: '140406', availableOnly: true }, 20)
    expect(ids(hits)).toEqual([workstationB.id])
  })

  it('respects the limit', async () => {
    const all = await index.search('催化剂', everyone, 100)
    expect(all.length).toBeGreaterThan(3)
    const three = await index.search('催化剂', everyone, 3)
    expect(ids(three)).toEqual(ids(all).slice(0, 3))
    expect(await index.search('催化剂', everyone, 0)).toEqual([])
  })

  it('never lets query text act as SQL or tsquery syntax', async () => {
    const hostileQueries = [
      "'; drop table needs; --",
      'a & b | !c:*',
      '\\',
      "'",
      "''",
      '()',
      '!',
      ':*',
      '<->',
      '',
      '   ',
      '🔬🧪😀',
      '\u0000',
      "x:y",
      "o'brien's",
    ]
    for (const query of hostileQueries) {
      const hits = await index.search(query, everyone, 10)
      expect(Array.isArray(hits), query).toBe(true)
    }
    expect(await index.search('', everyone, 10)).toEqual([])
    expect(await index.search('🔬🧪😀', everyone, 10)).toEqual([])
    // Lexemes with quotes, colons and backslashes are found as themselves.
    expect(ids(await index.search("O'Brien's", everyone, 10))).toEqual([hostile.id])
    expect(ids(await index.search('x:y', everyone, 10))).toEqual([hostile.id])
    const [needs] = await db.sql<{ count: number }[]>`select count(*)::int as count from needs`
    expect(needs!.count).toBe(0)
  })

  it('answers a 5,000-character Chinese query and a 5,000-letter word', async () => {
    const text = '费托合成催化剂寿命提升与积碳失活机理研究，煤基新材料中试放大。'
    const long = text.repeat(Math.ceil(5000 / text.length)).slice(0, 5000)
    const hits = await index.search(long, everyone, 10)
    expect(hits[0]!.id).toBe(catalyst.id)
    expect(queryTerms('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.repeat(250)).length).toBeLessThanOrEqual(MAX_QUERY_TERMS)
    expect(await index.search('a'.repeat(5000), everyone, 10)).toEqual([])
  })

  it('indexes documents with hostile or empty text', async () => {
    const odd = [doc('expert', '', ''), doc('expert', '\\', "'"), doc('expert', 'x'.repeat(5000), '🔬'), doc('expert', '', '氢')]
    await index.upsert(odd)
    expect(ids(await index.search('氢', { kinds: ['expert'] }, 10))).toEqual([odd[3]!.id])
    await index.remove(odd)
  })

  it('replaces a document on upsert, and keeps the last of duplicates in one batch', async () => {
    const expert = doc('expert', '王芳', '钙钛矿太阳能电池')
    await index.upsert([expert])
    expect(ids(await index.search('钙钛矿', { kinds: ['expert'] }, 10))).toEqual([expert.id])

    const changed = { ...expert, body: '氢燃料电池电堆', parkId: null, available: false }
    await index.upsert([{ ...expert, body: '固态电池' }, changed])
    expect(await index.search('钙钛矿', { kinds: ['expert'] }, 10)).toEqual([])
    expect(await index.search('固态', { kinds: ['expert'] }, 10)).toEqual([])
    expect(ids(await index.search('电堆', { kinds: ['expert'] }, 10))).toEqual([expert.id])
    expect(await index.search('电堆', { kinds: ['expert'], availableOnly: true }, 10)).toEqual([])

    const [row] = await db.sql<{ contentHash: string; count: number }[]>`
      select content_hash, (select count(*)::int from match_documents where id = ${expert.id}) as count
      from match_documents where kind = 'expert' and id = ${expert.id}`
    expect(row).toEqual({ contentHash: contentHash(changed.title, changed.body), count: 1 })
    await index.remove([expert])
  })

  it('leaves an unchanged document untouched', async () => {
    const expert = doc('expert', '刘洋', '碳化硅功率器件')
    await index.upsert([expert])
    const read = () => db.sql<{ updatedAt: Date }[]>`select updated_at from match_documents where id = ${expert.id}`
    const [before] = await read()
    await index.upsert([expert])
    const [after] = await read()
    expect(after!.updatedAt).toEqual(before!.updatedAt)
    await index.remove([expert])
  })

  it('removes documents', async () => {
    const expert = doc('expert', '陈静', '石墨烯导热膜')
    await index.upsert([expert])
    await index.remove([{ kind: 'expert', id: expert.id }, { kind: 'society', id: randomUUID() }])
    expect(await index.search('石墨烯', everyone, 10)).toEqual([])
    const [left] = await db.sql<{ count: number }[]>`select count(*)::int as count from match_documents where id = ${expert.id}`
    expect(left!.count).toBe(0)
    await index.remove([])
    await index.upsert([])
  })

  it('leaves out terms most documents hold, once statistics know them, unless nothing else is left', async () => {
    const fillers = Array.from({ length: 60 }, (_, i) => doc('society', `第${i}学会`, '科技服务与技术交流平台'))
    await index.upsert(fillers)
    expect(await index.maintain()).toMatchObject({ refreshed: true })
    const fresh = index

    const hits = await fresh.search('技术交流 分子筛', everyone, 100)
    expect(ids(hits)).toEqual([catalystSplit.id])
    expect(hits[0]!.matchedTerms).toEqual(['分子', '筛', '子筛'])
    // Only common terms: answered by them rather than not at all.
    const commonOnly = await fresh.search('技术交流', { kinds: ['society'] }, 100)
    expect(ids(commonOnly)).toEqual(expect.arrayContaining(ids(fillers)))
    await index.remove(fillers)
  })

  it('refreshes term statistics only when documents changed, and counts removals', async () => {
    await index.maintain({ force: true })
    expect(await index.maintain()).toEqual({ refreshed: false })
    const expert = doc('expert', '韩雪', '钙钛矿叠层电池')
    await index.upsert([expert])
    const [totals] = await db.sql<{ documents: number }[]>`select documents from match_term_totals`
    const before = totals!.documents
    const refreshed = await index.maintain()
    expect(refreshed).toMatchObject({ refreshed: true, documents: before + 1 })
    const [stat] = await db.sql<{ documents: number }[]>`select documents from match_term_statistics where lexeme = '钙钛'`
    expect(stat!.documents).toBe(1)
    await index.remove([expert])
    expect(await index.maintain()).toMatchObject({ refreshed: true, documents: before })
  })

  it('finds a term written after the last refresh, before the statistics know it', async () => {
    await index.maintain({ force: true })
    const expert = doc('expert', '马骏', '铌酸锂薄膜调制器')
    await index.upsert([expert])
    const hits = await index.search('铌酸锂 调制器', everyone, 10)
    expect(hits[0]).toMatchObject({ id: expert.id, matchedTerms: expect.arrayContaining(['铌酸', '酸锂']) })
    await index.remove([expert])
  })

  it('searches by the rarest terms within the postings budget', async () => {
    // 30 experts share 涂层, 3 share 热障, one alone holds 氧化钇: with a budget of 4 postings only
    // the rarest terms are searched, and the holders of the others drop out.
    const common = Array.from({ length: 30 }, (_, i) => doc('expert', `涂层专家${i}`, '防腐涂层'))
    const thermal = Array.from({ length: 3 }, (_, i) => doc('expert', `热障专家${i}`, '热障涂层'))
    const rare = doc('expert', '孔明', '氧化钇稳定氧化锆')
    await index.upsert([...common, ...thermal, rare])
    await index.maintain({ force: true })
    const tight = createPostgresFullText(db.sql, { postingsBudget: 4 })
    const hits = await tight.search('氧化钇稳定 热障涂层', { kinds: ['expert'] }, 100)
    const found = new Set(ids(hits))
    expect(found.has(rare.id)).toBe(true)
    expect(common.some((expert) => found.has(expert.id))).toBe(false)
    expect(hits.flatMap((hit) => hit.matchedTerms)).not.toContain('涂层')
    // The default budget keeps the terms that were over the tight one.
    const loose = new Set(ids(await index.search('氧化钇稳定 热障涂层', { kinds: ['expert'] }, 100)))
    expect(thermal.every((expert) => loose.has(expert.id))).toBe(true)
    expect(thermal.every((expert) => found.has(expert.id))).toBe(false)
    await index.remove([...common, ...thermal, rare])
  })

  it('keeps the postings in step with the documents through inserts, changes and removals', async () => {
    // What the postings should hold, worked out afresh from every document's tsvector.
    const expected = () => db.sql<Record<string, unknown>[]>`
      select p.* from match_documents d, match_postings_of(d.kind, d.id, d.terms, d.title_end) p order by 1, 2, 3`
    const stored = () => db.sql<Record<string, unknown>[]>`select * from match_postings order by 1, 2, 3`
    const a = doc('expert', '催化剂专家', '工业催化剂 催化剂寿命')
    const b = doc('society', '化工学会', '煤化工 催化')
    await index.upsert([a, b])
    expect((await stored()).length).toBeGreaterThan(0)
    expect(await stored()).toEqual(await expected())
    await index.upsert([{ ...a, title: '膜分离专家', body: '反渗透膜 膜污染' }, { ...b, available: false }])
    expect(await stored()).toEqual(await expected())
    const [held] = await db.sql<{ n: number }[]>`select count(*)::int as n from match_postings where id = ${a.id} and lexeme like '催%'`
    expect(held!.n).toBe(0)
    await index.remove([a])
    expect(await stored()).toEqual(await expected())
    await index.remove([b])
    expect(await db.sql`select 1 from match_postings where id in ${db.sql([a.id, b.id])}`).toHaveLength(0)
  })

  it('scores from the postings exactly as BM25 over each document\'s own tsvector', async () => {
    const docs = [
      doc('expert', '催化剂寿命', '工业催化剂失活 催化剂再生 催化剂寿命评估'),
      doc('expert', '煤气化', '煤气化 催化 气化炉'),
      doc('workstation', '催化工作站', '催化剂 工作站 院士'),
    ]
    await index.upsert(docs)
    const terms = ['催化', '化剂', '寿命', '气化']
    const idf = [1.5, 2.25, 3.125, 0.75]
    const found = await searchMatchDocuments(db.sql, { terms, idf, averageLength: 12, kinds: ['expert', 'workstation'], ids: docs.map((d) => d.id), limit: 10 })
    // The same formula read off each document's tsvector (the way ranking worked before the postings).
    const reference = await db.sql<{ id: string; score: number }[]>`
      with q as (select * from unnest(${terms}::text[], ${idf}::float8[]) as t(lexeme, idf))
      select d.id, sum(q.idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length(d.terms) / 12.0)))::float8 as score
      from match_documents d,
        lateral (select u.lexeme, cardinality(u.positions) + width_bucket(d.title_end, u.positions) as tf from unnest(d.terms) u) u
        join q on q.lexeme = u.lexeme
      where d.id in ${db.sql(docs.map((d) => d.id))}
      group by d.id order by score desc`
    expect(found.map((row) => row.id)).toEqual(reference.map((row) => row.id))
    for (const [index_, row] of found.entries()) expect(row.score).toBeCloseTo(reference[index_]!.score, 9)
    await index.remove(docs)
  })
})
