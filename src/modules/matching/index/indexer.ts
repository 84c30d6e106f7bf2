import type { Queryable, Sql } from '../../../platform/db/client.js'
import { deleteEmbeddings, documentsNeedingEmbedding, needsNotShared, upsertEmbeddings } from './search-embeddings.js'
import { loadMatchSources, workstationsOfExpert } from './search-sources.js'
import { type OutboxJob, completeOutboxJobs, requestReindex, failOutboxJob, leaseOutboxJobs, refreshTopic, releaseOutboxJobs } from '../../../platform/db/outbox.js'
import type { KeptRetrievals } from '../retrieval.js'
import type { Logger } from '../../../platform/logger.js'
import { type Embedder, allNeedVisibilities } from '../embeddings/embedder.js'
import type { FullTextIndex } from '../search/full-text.js'
import { toMatchDocument } from './search-document.js'
import { type DocumentKind } from '../../../core/vocabulary.js'



export interface IndexingDeps {
  sql: Sql
  /** match_documents in PostgreSQL: always written, since vectors and filters join it. */
  documents: FullTextIndex
  /** The configured full-text retriever; when it is Meilisearch it is written as well. */
  fullText: FullTextIndex
  embedder: Embedder
  logger: Logger
  /** Kept retrievals (a server's); none elsewhere. */
  retrievalCache?: KeptRetrievals | undefined
}

export interface DrainResult {
  leased: number
  done: number
  retried: number
  /** Given back untried because `signal` was aborted. */
  released: number
}

/** 5 s, 10 s, 20 s … capped at an hour, with jitter so failed jobs do not retry in lockstep. */
export function retryDelaySeconds(attempts: number): number {
  const base = Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.8 + Math.random() * 0.4))
}

/**
 * One pass over due outbox jobs: rebuild each object's search document (removing it when the
 * object is gone), then embed whatever text changed. A provider that fails leaves the job for a
 * later attempt; the document written before the failure already serves full-text search. An
 * abort of `signal` (shutdown) stops at once and gives the unfinished jobs back, due now, rather
 * than leaving them leased until the lease runs out.
 */
export async function drainOutbox(
  deps: IndexingDeps,
  options: { batchSize?: number; leaseSeconds?: number; signal?: AbortSignal } = {},
): Promise<DrainResult> {
  const { signal } = options
  const jobs = await leaseOutboxJobs(deps.sql, options.batchSize ?? 100, options.leaseSeconds ?? 120)
  const result: DrainResult = { leased: jobs.length, done: 0, retried: 0, released: 0 }
  const byKind = new Map<OutboxJob['kind'], OutboxJob[]>()
  for (const job of jobs) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job])
  for (const [kind, group] of byKind) {
    const ids = [...new Set(group.map((job) => job.entityId))]
    try {
      signal?.throwIfAborted()
      await refreshDocuments(deps, kind, ids, signal)
      await completeOutboxJobs(deps.sql, group.map((job) => job.id))
      result.done += group.length
    } catch (error) {
      if (signal?.aborted) {
        await releaseOutboxJobs(deps.sql, group.map((job) => job.id))
        result.released += group.length
      } else {
        await retryLater(deps, group, error)
        result.retried += group.length
      }
    }
  }
  return result
}

async function retryLater(deps: IndexingDeps, jobs: OutboxJob[], error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  for (const job of jobs) {
    const delay = retryDelaySeconds(job.attempts)
    await failOutboxJob(deps.sql, job.id, message, delay)
    deps.logger.warn('indexing job failed; will retry', { job: job.id, kind: job.kind, attempts: job.attempts, retryInSeconds: delay, error: message })
  }
}

export async function refreshDocuments(deps: IndexingDeps, kind: OutboxJob['kind'], ids: readonly string[], signal?: AbortSignal): Promise<void> {
  await deps.embedder.prepare?.()
  const sources = await loadMatchSources(deps.sql, kind, ids)
  const present = new Set(sources.map((source) => source.id))
  const gone = ids.filter((id) => !present.has(id)).map((id) => ({ kind, id }))
  const documents = sources.map(toMatchDocument)
  const stores = deps.fullText === deps.documents ? [deps.documents] : [deps.documents, deps.fullText]
  for (const store of stores) {
    if (gone.length > 0) await store.remove(gone)
    if (documents.length > 0) await store.upsert(documents)
  }
  let toEmbed = await documentsNeedingEmbedding(deps.sql, kind, ids, deps.embedder.model)
  if (kind === 'need' && deps.embedder.needVisibilities.size < allNeedVisibilities.size) {
    // A need whose enterprise keeps it private never goes to a third-party provider; one that
    // became private loses the vector it had.
    const withheld = new Set(await needsNotShared(deps.sql, ids, [...deps.embedder.needVisibilities]))
    if (withheld.size > 0) {
      await deleteEmbeddings(deps.sql, 'need', [...withheld], deps.embedder.model)
      toEmbed = toEmbed.filter((doc) => !withheld.has(doc.id))
    }
  }
  if (toEmbed.length > 0) {
    const vectors = await deps.embedder.embed(toEmbed.map((doc) => `${doc.title}\n${doc.body}`), { signal })
    // A text with no usable term embeds to zero, whose cosine is undefined: such a document is
    // found by full text only.
    const rows = toEmbed
      .map((doc, index) => ({ kind, id: doc.id, model: deps.embedder.model, contentHash: doc.contentHash, embedding: vectors[index]! }))
      .filter((row) => row.embedding.some((value) => value !== 0))
    await upsertEmbeddings(deps.sql, rows)
  }
  if (kind === 'expert') {
    // A workstation's text includes its members'.
    const stations = (await Promise.all(ids.map((id) => workstationsOfExpert(deps.sql, id)))).flat()
    await requestReindex(deps.sql, 'workstation', [...new Set(stations)])
  }
}
