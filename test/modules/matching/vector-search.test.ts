import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upsertEmbeddings } from '../../../src/modules/matching/index/search-embeddings.js'
import { nearestCandidates } from '../../../src/modules/matching/index/vector-search.js'
import { createPostgresFullText } from '../../../src/modules/matching/search/postgres.js'
import { createSql, vectorSearchSession } from '../../../src/platform/db/client.js'
import { type TestDatabase, createTestDatabase } from '../../helpers/database.js'

const dims = 512
const model = 'synthetic@512'
const count = 1500
const availableEvery = 100 // 1% of experts available: a very selective filter

/** Deterministic unit vectors (mulberry32), clustered so nearest neighbours are meaningful. */
function vectors(n: number, seed: number): number[][] {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5
  }
  const centres = Array.from({ length: 20 }, () => Array.from({ length: dims }, random))
  return Array.from({ length: n }, (_, i) => {
    const v = centres[i % centres.length]!.map((c) => c + random() * 0.8)
    const norm = Math.hypot(...v)
    return v.map((x) => x / norm)
  })
}

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`

describe('vector search (pgvector HNSW)', () => {
  let db: TestDatabase
  const all = vectors(count + 10, 7)
  const queries = all.slice(count)

  beforeAll(async () => {
    db = await createTestDatabase()
    await db.migrate()
    const documents = createPostgresFullText(db.sql)
    const docs = all.slice(0, count).map((_, i) => ({
      kind: 'expert' as const, id: uuid(i), parkId: null, regionCode: i % 2 ? '140400' : '140100',
      available: i % availableEvery === 0, title: `专家${i}`, body: '煤化工',
    }))
    for (let i = 0; i < docs.length; i += 500) await documents.upsert(docs.slice(i, i + 500))
    for (let i = 0; i < count; i += 500) {
      await upsertEmbeddings(db.sql, all.slice(i, Math.min(count, i + 500)).map((embedding, j) => ({
        kind: 'expert', id: uuid(i + j), model, contentHash: 'x', embedding,
      })))
    }
  })
  afterAll(() => db.close())

  const filter = { kinds: ['expert'] as const, model, dimensions: dims }

  it('finds what an exact scan finds (recall@10 over 10 queries)', async () => {
    let found = 0
    for (const query of queries) {
      const approximate = await nearestCandidates(db.sql, query, { ...filter, kinds: ['expert'] }, 10)
      const exact = await nearestCandidates(db.sql, query, { ...filter, kinds: ['expert'] }, 10, { exact: true })
      const truth = new Set(exact.map((hit) => hit.id))
      found += approximate.filter((hit) => truth.has(hit.id)).length
      expect(approximate.map((hit) => hit.score)).toEqual([...approximate.map((hit) => hit.score)].sort((a, b) => b - a))
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.9)
  })

  // A session plans each statement once (client.ts): an exact scan must not leave its plan behind.
  it.skipIf(!process.env.TEST_DATABASE_URL)('after an exact scan, the same session still searches the index', async () => {
    const session = createSql(db.url, { max: 1 })
    const indexScans = async () => {
      // A backend reports its counts at most once a second unless told to; the next statement carries them.
      await session`select pg_stat_force_next_flush()`
      const [row] = await session<{ scans: number }[]>`select idx_scan::int as scans from pg_stat_user_indexes where indexrelname = 'match_embeddings_expert_512_idx'`
      return row!.scans
    }
    try {
      for (const query of queries.slice(0, 3)) {
        await nearestCandidates(session, query, { ...filter, kinds: ['expert'], efSearch: 40 }, 10, { exact: true })
        const before = await indexScans()
        await nearestCandidates(session, query, { ...filter, kinds: ['expert'], efSearch: 40 }, 10)
        expect(await indexScans()).toBeGreaterThan(before)
      }
    } finally {
      await session.end({ timeout: 5 })
    }
  })

  it('a selective filter still fills the page (iterative scan), with only matching rows', async () => {
    const hits = await nearestCandidates(db.sql, queries[0]!, { ...filter, kinds: ['expert'], availableOnly: true, efSearch: 20 }, 10)
    expect(hits).toHaveLength(10)
    const ids = hits.map((hit) => Number(hit.id.slice(-12)))
    expect(ids.every((i) => i % availableEvery === 0)).toBe(true)
    const regional = await nearestCandidates(db.sql, queries[1]!, { ...filter, kinds: ['expert'], availableOnly: true, regionCode: '140100', efSearch: 20 }, 5)
    expect(regional).toHaveLength(5)
  })

  it('uses the partial HNSW index of the kind', async () => {
    const plan = await db.sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`
      return tx.unsafe(
        `explain select id from match_embeddings e where e.kind = 'expert' and e.dimensions = 512 order by e.embedding::vector(512) <=> '[${queries[0]!.join(',')}]'::vector limit 10`,
      )
    })
    expect(JSON.stringify(plan)).toContain('match_embeddings_expert_512_idx')
  })

  it('every session starts with the search settings, so a search needs no transaction to set them', async () => {
    const [row] = await db.sql<{ ef: string; iterative: string }[]>`
      select current_setting('hnsw.ef_search', true) as ef, current_setting('hnsw.iterative_scan', true) as iterative
    `
    expect(row).toEqual({ ef: vectorSearchSession['hnsw.ef_search'], iterative: vectorSearchSession['hnsw.iterative_scan'] })
  })

  it('a session without the search settings is searched with them all the same', async () => {
    const selective = { ...filter, kinds: ['expert'] as ('expert')[], availableOnly: true }
    const expected = [
      await nearestCandidates(db.sql, queries[2]!, selective, 10),
      await nearestCandidates(db.sql, queries[3]!, { ...filter, kinds: ['expert'] }, 10),
    ]
    // The embedded database is one session for every connection; a server gets a connection of its own.
    const session = db.kind === 'postgres' ? createSql(db.url, { max: 1 }) : db.sql
    try {
      await session`select set_config('hnsw.ef_search', '40', false), set_config('hnsw.iterative_scan', 'off', false)`
      const hits = [await nearestCandidates(session, queries[2]!, selective, 10), await nearestCandidates(session, queries[3]!, { ...filter, kinds: ['expert'] }, 10)]
      expect(hits[0]).toHaveLength(10)
      expect(hits).toEqual(expected)
      // The search set them for itself only.
      const [after] = await session<{ ef: string }[]>`select current_setting('hnsw.ef_search') as ef`
      expect(after!.ef).toBe('40')
    } finally {
      if (session === db.sql) {
        await session`select set_config('hnsw.ef_search', ${vectorSearchSession['hnsw.ef_search']}, false), set_config('hnsw.iterative_scan', ${vectorSearchSession['hnsw.iterative_scan']}, false)`
      } else await session.end({ timeout: 5 })
    }
  })

  it('refuses a query of the wrong dimension', async () => {
    await expect(nearestCandidates(db.sql, [1, 0, 0], { ...filter, kinds: ['expert'] }, 10)).rejects.toThrow(/dimensions/)
  })
})
