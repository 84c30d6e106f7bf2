import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureVectorIndexes } from '../../../src/modules/matching/index/search-embeddings.js'
import { createSql } from '../../../src/platform/db/client.js'
import { type TestDatabase, createTestDatabase } from '../../helpers/database.js'

/**
 * Servers starting together each make the HNSW indexes of their model's dimensions at start. Three
 * separate connections (PostgreSQL; PGlite has one session) make a new dimension's indexes at
 * once: all succeed, and the indexes exist once each. Without the advisory lock, the second fails
 * on pg_class's unique key ("create index if not exists" checks before it writes).
 */
describe('ensureVectorIndexes', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase()
    await db.migrate()
  })
  afterAll(() => db.close())

  it('makes a new dimension\'s indexes once, however many servers start at once', async () => {
    const servers = db.kind === 'postgres' ? [1, 2, 3].map(() => createSql(db.url, { max: 1 })) : [db.sql]
    try {
      await Promise.all(servers.map((sql) => ensureVectorIndexes(sql, 96)))
    } finally {
      if (db.kind === 'postgres') await Promise.all(servers.map((sql) => sql.end()))
    }
    const rows = await db.sql<{ indexname: string }[]>`select indexname from pg_indexes where indexname like 'match_embeddings_%_96_idx' order by indexname`
    expect(rows.map((row) => row.indexname)).toEqual(['match_embeddings_expert_96_idx', 'match_embeddings_society_96_idx', 'match_embeddings_workstation_96_idx'])
  })
})
