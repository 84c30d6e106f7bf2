import type { DocumentKind } from '../../../core/vocabulary.js'
import type { Queryable } from '../../../platform/db/client.js'

export interface StoredLsaModel {
  id: number
  documents: number
  registryDocuments: number
  dimensions: number
  terms: string[]
  idf: Float32Array
  projection: Float32Array
}

const toBytes = (values: Float32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength)
/** A copy: the driver's buffer may be a view into a larger one, misaligned for Float32Array. */
const toFloats = (bytes: Uint8Array) => new Float32Array(Uint8Array.from(bytes).buffer)

export async function insertLsaModel(sql: Queryable, model: Omit<StoredLsaModel, 'id'>): Promise<number> {
  const [row] = await sql<{ id: number }[]>`
    insert into lsa_models (documents, registry_documents, dimensions, terms, idf, projection)
    values (${model.documents}, ${model.registryDocuments}, ${model.dimensions}, ${model.terms}::text[],
            ${toBytes(model.idf)}, ${toBytes(model.projection)})
    returning id
  `
  return row!.id
}

/** The model the embedder serves: the newest whose vectors are all written. */
export async function activeLsaModel(sql: Queryable): Promise<{ id: number; documents: number; registryDocuments: number } | null> {
  const [row] = await sql<{ id: number; documents: number; registryDocuments: number }[]>`
    select id, documents, registry_documents from lsa_models where activated_at is not null order by id desc limit 1
  `
  return row ?? null
}

export async function loadLsaModel(sql: Queryable, id: number): Promise<StoredLsaModel | null> {
  const [row] = await sql<(Omit<StoredLsaModel, 'idf' | 'projection'> & { idf: Uint8Array; projection: Uint8Array })[]>`
    select id, documents, registry_documents, dimensions, terms, idf, projection from lsa_models where id = ${id}
  `
  return row ? { ...row, idf: toFloats(row.idf), projection: toFloats(row.projection) } : null
}

/** Activates a model and drops the models and vectors it replaces. */
export async function activateLsaModel(sql: Queryable, id: number, modelName: (id: number) => string): Promise<void> {
  const older = await sql<{ id: number }[]>`select id from lsa_models where id <> ${id}`
  await sql`update lsa_models set activated_at = now() where id = ${id}`
  const names = older.map((row) => modelName(row.id))
  if (names.length > 0) await sql`delete from match_embeddings where model = any(${names}::text[])`
  await sql`delete from lsa_models where id <> ${id}`
}

/** Candidate documents (experts, societies, workstations): how many, for telling when to fit again. */
export async function countCandidateDocuments(sql: Queryable): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from match_documents where kind <> 'need'`
  return row!.count
}

/** The texts a fit learns from: candidate documents, a fixed pseudo-random sample beyond `limit`. */
export async function candidateTextsForFit(sql: Queryable, limit: number): Promise<string[]> {
  const rows = await sql<{ text: string }[]>`
    select title || E'\n' || body as text from match_documents where kind <> 'need' order by md5(id::text) limit ${limit}
  `
  return rows.map((row) => row.text)
}

/** A page of every document (candidates and needs), for embedding them all with a new model. */
export async function documentsPage(sql: Queryable, after: { kind: string; id: string } | null, limit: number) {
  return sql<{ kind: DocumentKind; id: string; title: string; body: string; contentHash: string }[]>`
    select kind::text as kind, id, title, body, content_hash from match_documents
    ${after ? sql`where (kind::text, id) > (${after.kind}, ${after.id}::uuid)` : sql``}
    order by kind::text, id limit ${limit}
  `
}
