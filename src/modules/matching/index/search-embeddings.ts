import type { Queryable, Sql } from '../../../platform/db/client.js'
import { type DocumentKind, candidateKinds } from '../../../core/vocabulary.js'

export interface DocumentToEmbed {
  kind: DocumentKind
  id: string
  title: string
  body: string
  contentHash: string
}

/** Documents among `ids` whose text has no embedding for `model` yet, or changed since. */
export async function documentsNeedingEmbedding(
  sql: Queryable,
  kind: DocumentKind,
  ids: readonly string[],
  model: string,
): Promise<DocumentToEmbed[]> {
  if (ids.length === 0) return []
  return sql<DocumentToEmbed[]>`
    select d.kind, d.id, d.title, d.body, d.content_hash
    from match_documents d
    left join match_embeddings e on e.kind = d.kind and e.id = d.id and e.model = ${model}
    where d.kind = ${kind}::document_kind and d.id = any(${ids as string[]}::uuid[])
      and (e.id is null or e.content_hash <> d.content_hash)
  `
}

/** Needs among `ids` whose visibility is not in `shared`: their text must not reach the embedder. */
export async function needsNotShared(sql: Queryable, ids: readonly string[], shared: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await sql<{ id: string }[]>`
    select n.id from needs n where n.id = any(${ids as string[]}::uuid[]) and not (n.visibility::text = any(${shared as string[]}::text[]))
  `
  return rows.map((row) => row.id)
}

/** Drops the vectors of `model` for these documents (a need no longer shared with its provider). */
export async function deleteEmbeddings(sql: Queryable, kind: DocumentKind, ids: readonly string[], model: string): Promise<void> {
  if (ids.length === 0) return
  await sql`delete from match_embeddings where kind = ${kind}::document_kind and id = any(${ids as string[]}::uuid[]) and model = ${model}`
}

export interface EmbeddingRow {
  kind: DocumentKind
  id: string
  model: string
  contentHash: string
  embedding: number[]
}

export async function upsertEmbeddings(sql: Queryable, rows: readonly EmbeddingRow[]): Promise<void> {
  if (rows.length === 0) return
  // pgvector reads its text form; the parameter takes the column's type, so no cast is written.
  const values = rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    model: row.model,
    dimensions: row.embedding.length,
    contentHash: row.contentHash,
    embedding: `[${row.embedding.join(',')}]`,
  }))
  await sql`
    insert into match_embeddings ${sql(values, 'kind', 'id', 'model', 'dimensions', 'contentHash', 'embedding')}
    on conflict (kind, id, model) do update
      set dimensions = excluded.dimensions, content_hash = excluded.content_hash,
          embedding = excluded.embedding, embedded_at = now()
  `
}

/**
 * The HNSW indexes are partial on (kind, dimensions) over `embedding::vector(d)`; migration 0003
 * made them for 512 dimensions, and a model with other dimensions gets its own here at start.
 */
export async function ensureVectorIndexes(sql: Sql | Queryable, dimensions: number): Promise<void> {
  if (!Number.isInteger(dimensions) || dimensions < 8 || dimensions > 4000) throw new Error(`bad dimensions ${dimensions}`)
  // Servers starting together would both create the same index ("if not exists" is checked before
  // the catalogue row is written, so the second fails on pg_class's unique key): one at a time.
  const create = async (tx: Queryable) => {
    await tx`select pg_advisory_xact_lock(hashtext('kechuang-match:vector-indexes'))`
    for (const kind of candidateKinds) {
      const name = `match_embeddings_${kind}_${dimensions}_idx`
      // Identifiers and the dimension come from this code, not from input; DDL cannot take parameters.
      await tx.unsafe(
        `create index if not exists ${name} on match_embeddings using hnsw ((embedding::vector(${dimensions})) vector_cosine_ops) where kind = '${kind}' and dimensions = ${dimensions}`,
      )
    }
  }
  // Inside a caller's transaction the lock is held to its end; otherwise in a transaction of its own.
  await ('begin' in sql ? sql.begin(create) : create(sql))
}
