import { type DocumentKind, documentKinds } from '../../../../core/vocabulary.js'
import type { Sql } from '../../../../platform/db/client.js'
import { activateLsaModel, activeLsaModel, candidateTextsForFit, countCandidateDocuments, documentsPage, insertLsaModel, loadLsaModel } from '../../index/lsa-models.js'
import { upsertEmbeddings } from '../../index/search-embeddings.js'
import { enqueueOutbox, refreshTopic } from '../../../../platform/db/outbox.js'
import type { Logger } from '../../../../platform/logger.js'
import { type Embedder, allNeedVisibilities } from '../embedder.js'
import { LSA_DIMENSIONS, LSA_MAX_FIT_DOCUMENTS, LSA_MIN_DOCUMENTS, type LsaModel, embedText, fitLsa, termCounts, termIndex } from './model.js'

/** The model name stored with each vector: a refit is a new model, so its vectors replace the old ones. */
export const lsaModelName = (id: number) => `lsa-v1-${LSA_DIMENSIONS}@${id}`
/** Before any model is fitted: no text has a direction yet. */
const unfitted = `lsa-v1-${LSA_DIMENSIONS}@none`

/** How often a process looks for a model fitted elsewhere (another server, the CLI). */
const RECHECK_MS = 15_000
/** The registry has changed enough to fit again when its candidate documents grew or shrank by this share. */
export const LSA_REFIT_CHANGE = 0.25
const EMBED_BATCH = 500

/** Models already loaded in this process, by id: Workers build an embedder per request. */
const loaded = new Map<number, { model: LsaModel; index: Map<string, number> }>()

export type RefitOutcome = {
  refitted: boolean
  reason: string
  model?: string
  documents?: number
  vectors?: number
  ms?: number
  [key: string]: unknown
}

/**
 * The local semantic embedder: LSA fitted on this registry's own profiles (see model.ts). It needs
 * no network and reads every need, private ones too, since nothing leaves the process. Until a
 * model is fitted (a registry of fewer than LSA_MIN_DOCUMENTS profiles) every text embeds to
 * zero and matching runs on full text alone.
 */
export class LsaEmbedder implements Embedder {
  readonly dimensions = LSA_DIMENSIONS
  /** Fitted on both labelled sets: see docs/benchmarks.md for the figures. */
  readonly calibration = { fusionWeight: 0.7, retrievalFloor: 0.12, confidenceFloor: 0.25, confidenceSpan: 0.5 }
  readonly needVisibilities = allNeedVisibilities
  private current: { model: LsaModel; index: Map<string, number> } | null = null
  private checkedAt = Number.NEGATIVE_INFINITY

  constructor(
    private readonly sql: Sql,
    private readonly logger?: Logger,
  ) {}

  get model(): string {
    return this.current ? lsaModelName(this.current.model.id) : unfitted
  }

  notReadyReason(): string | null {
    return this.current ? null : `语义模型尚未建立：登记的专家、学会、工作站满 ${LSA_MIN_DOCUMENTS} 个后自动拟合 (the semantic model is fitted once the registry holds ${LSA_MIN_DOCUMENTS} profiles)`
  }

  /**
   * Picks up the newest active model (fitted here or by another process): at most every
   * RECHECK_MS once one is loaded, at every call while there is none (a small query).
   */
  async prepare(): Promise<void> {
    if (this.current && performance.now() - this.checkedAt < RECHECK_MS) return
    this.checkedAt = performance.now()
    await this.load()
  }

  private async load(): Promise<void> {
    const active = await activeLsaModel(this.sql)
    if (!active || active.id === this.current?.model.id) return
    let entry = loaded.get(active.id)
    if (!entry) {
      const stored = await loadLsaModel(this.sql, active.id)
      if (!stored) return
      const model: LsaModel = { id: stored.id, documents: stored.documents, terms: stored.terms, idf: stored.idf, projection: stored.projection }
      entry = { model, index: termIndex(model) }
      loaded.clear()
      loaded.set(active.id, entry)
    }
    this.current = entry
  }

  async embed(texts: string[]): Promise<number[][]> {
    await this.prepare()
    const current = this.current
    return texts.map((text) => (current ? embedText(current.model, current.index, text) : new Array<number>(LSA_DIMENSIONS).fill(0)))
  }

  /**
   * Fits a new model when there is none yet, or the registry's profiles have grown or shrunk by
   * LSA_REFIT_CHANGE since the last fit (or when forced): learns it from up to
   * LSA_MAX_FIT_DOCUMENTS profiles, embeds every document with it, then makes it the one served.
   * Documents written meanwhile are queued again, so they get the new model's vector too.
   */
  async refit(options: { force?: boolean; pause?: () => Promise<void> } = {}): Promise<RefitOutcome> {
    const started = performance.now()
    const startedAt = new Date()
    const registry = await countCandidateDocuments(this.sql)
    if (registry < LSA_MIN_DOCUMENTS) return { refitted: false, reason: `${registry} profiles; a model needs ${LSA_MIN_DOCUMENTS}` }
    const active = await activeLsaModel(this.sql)
    const change = active ? Math.abs(registry - active.registryDocuments) / active.registryDocuments : Number.POSITIVE_INFINITY
    if (!options.force && change < LSA_REFIT_CHANGE) return { refitted: false, reason: `the registry changed by ${Math.round(change * 100)}% since the last fit` }
    const texts = await candidateTextsForFit(this.sql, LSA_MAX_FIT_DOCUMENTS)
    const fitted = await fitLsa(texts.map(termCounts), options.pause)
    const id = await insertLsaModel(this.sql, { ...fitted, registryDocuments: registry, dimensions: LSA_DIMENSIONS })
    const model: LsaModel = { id, ...fitted }
    const index = termIndex(model)
    let vectors = 0
    for (let after: { kind: string; id: string } | null = null; ; ) {
      const page = await documentsPage(this.sql, after, EMBED_BATCH)
      if (page.length === 0) break
      const rows = page
        .map((doc) => ({ kind: doc.kind, id: doc.id, model: lsaModelName(id), contentHash: doc.contentHash, embedding: embedText(model, index, `${doc.title}\n${doc.body}`) }))
        .filter((row) => row.embedding.some((value) => value !== 0))
      await upsertEmbeddings(this.sql, rows)
      vectors += rows.length
      after = page.at(-1)!
      await options.pause?.()
    }
    await this.sql.begin(async (tx) => {
      await activateLsaModel(tx, id, lsaModelName)
      // Written while this model was being fitted: embedded by the old one, so queued again.
      const changed = await tx<{ kind: DocumentKind; id: string }[]>`
        select kind::text as kind, id from match_documents where updated_at >= ${startedAt}`
      for (const kind of documentKinds) {
        await enqueueOutbox(tx, refreshTopic, kind, changed.filter((doc) => doc.kind === kind).map((doc) => doc.id))
      }
    })
    loaded.clear()
    loaded.set(id, { model, index })
    this.current = { model, index }
    this.checkedAt = performance.now()
    const outcome = { refitted: true, reason: active ? `the registry changed by ${Math.round(change * 100)}%` : 'no model yet', model: lsaModelName(id), documents: texts.length, vectors, ms: Math.round(performance.now() - started) }
    this.logger?.info('semantic model fitted', outcome)
    return outcome
  }
}
