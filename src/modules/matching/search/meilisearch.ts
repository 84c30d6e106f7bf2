import { type Filter, Meilisearch, type Settings, type Task } from 'meilisearch'
import { matchedTermsShown } from '../candidates/matched-terms.js'
import { normalise, words } from '../text-analysis.js'
import type { DocumentRef, FullTextFilter, FullTextHit, FullTextIndex, MatchDocument } from './full-text.js'
import { MAX_TERM_CHARS } from './postgres.js'
import { type DocumentKind } from '../../../core/vocabulary.js'

export interface MeilisearchOptions {
  host: string
  apiKey?: string
  indexUid: string
  /** How long to wait for Meilisearch to apply a write before failing it (ms). */
  taskTimeoutMs?: number
  /** Per HTTP request (ms). */
  requestTimeoutMs?: number
}

interface MeiliDocument extends MatchDocument {
  key: string
}

export const indexSettings: Settings = {
  searchableAttributes: ['title', 'body'],
  // id: the evidence for given documents (explainCandidates) and the needs a caller may read.
  filterableAttributes: ['kind', 'id', 'parkId', 'regionCode', 'available'],
  // Pinned so short or mixed texts are never detected as Japanese and segmented as such.
  localizedAttributes: [{ attributePatterns: ['title', 'body'], locales: ['cmn'] }],
}

/** Meilisearch reads only the first 10 words of a query. */
export const MAX_QUERY_WORDS = 10
const BATCH_SIZE = 1000
// Private-use characters cannot occur in real text, so they delimit highlights unambiguously.
const HIGHLIGHT_START = '\uE000'
const HIGHLIGHT_END = '\uE001'
const highlighted = /\uE000([^\uE001]*)\uE001/gu

/** Document ids may hold only letters, digits, `-` and `_`, so the kind is joined with a hyphen. */
export function documentKey(kind: DocumentKind, id: string): string {
  return `${kind}-${id}`
}

/**
 * A value in a filter expression, double-quoted. The filter parser unescapes only `\"`, so a
 * backslash has no faithful spelling: values with one (or control characters) are refused rather
 * than passed on altered. Real values are UUIDs, region codes and kinds.
 */
export function quoteFilterValue(value: string): string {
  if (/[\\\u0000-\u001f]/u.test(value)) throw new TypeError(`filter value ${JSON.stringify(value)} cannot be quoted`)
  return `"${value.replace(/"/g, '\\"')}"`
}

/** The filters as Meilisearch's array form: outer entries are ANDed, inner arrays ORed. */
export function filterExpression(filter: FullTextFilter<DocumentKind>): Filter {
  const parts: (string | string[])[] = [`kind IN [${filter.kinds.map(quoteFilterValue).join(', ')}]`]
  if (filter.parkId !== undefined) parts.push(['parkId IS NULL', `parkId = ${quoteFilterValue(filter.parkId)}`])
  if (filter.regionCode !== undefined) {
    parts.push(['regionCode IS NULL', `regionCode = ${quoteFilterValue(filter.regionCode)}`])
  }
  if (filter.availableOnly) parts.push('available = true')
  if (filter.ids !== undefined) parts.push(`id IN [${filter.ids.map(quoteFilterValue).join(', ')}]`)
  return parts
}

/**
 * The query as at most 10 words, joined by spaces so no quote or minus sign of the user's text can
 * become phrase or negation syntax. A short query keeps every word: Meilisearch joins neighbouring
 * words itself (催化 剂 → 催化剂). A long need text keeps its longest (most specific) words, in
 * order.
 */
export function meiliQuery(query: string): string {
  const all = [...new Set(words(query))].filter((word) => [...word].length <= MAX_TERM_CHARS)
  if (all.length <= MAX_QUERY_WORDS) return all.join(' ')
  const chosen = new Set([...all].sort((a, b) => [...b].length - [...a].length).slice(0, MAX_QUERY_WORDS))
  return all.filter((word) => chosen.has(word)).join(' ')
}

/** What Meilisearch highlighted, title first, normalised and each once. */
export function highlightedTerms(formatted: Partial<Record<'title' | 'body', unknown>> | undefined): string[] {
  const out = new Set<string>()
  for (const field of ['title', 'body'] as const) {
    const value = formatted?.[field]
    if (typeof value !== 'string') continue
    for (const [, term] of value.matchAll(highlighted)) {
      const clean = normalise(term!).trim()
      if (clean !== '') out.add(clean)
    }
  }
  return [...out]
}

function succeeded(task: Task, what: string, tolerated: string[] = []): void {
  if (task.status === 'succeeded') return
  if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return
  throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? 'no reason given'}`)
}

export function createMeilisearchFullText(options: MeilisearchOptions): FullTextIndex {
  const client = new Meilisearch({
    host: options.host,
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    timeout: options.requestTimeoutMs ?? 10_000,
  })
  const index = client.index<MeiliDocument>(options.indexUid)
  const wait = { timeout: options.taskTimeoutMs ?? 60_000 }
  let ready: Promise<void> | undefined

  // Once per process: create the index with its key and apply the settings (idempotent).
  const ensureIndex = () => {
    ready ??= (async () => {
      const created = await client.createIndex(options.indexUid, { primaryKey: 'key' }).waitTask(wait)
      succeeded(created, 'index creation', ['index_already_exists'])
      succeeded(await index.updateSettings(indexSettings).waitTask(wait), 'settings update')
    })().catch((error: unknown) => {
      ready = undefined
      throw error
    })
    return ready
  }

  return {
    name: 'meilisearch',

    async upsert(docs: MatchDocument[]) {
      if (docs.length === 0) return
      await ensureIndex()
      const payload = docs.map((doc) => ({
        key: documentKey(doc.kind, doc.id),
        kind: doc.kind,
        id: doc.id,
        parkId: doc.parkId,
        regionCode: doc.regionCode,
        available: doc.available,
        title: doc.title,
        body: doc.body,
      }))
      for (let start = 0; start < payload.length; start += BATCH_SIZE) {
        const task = await index.addDocuments(payload.slice(start, start + BATCH_SIZE)).waitTask(wait)
        succeeded(task, 'document upsert')
      }
    },

    async maintain() {
      return {}
    },

    async remove(refs: DocumentRef[]) {
      if (refs.length === 0) return
      await ensureIndex()
      const keys = refs.map((ref) => documentKey(ref.kind, ref.id))
      succeeded(await index.deleteDocuments(keys).waitTask(wait), 'document deletion')
    },

    async search<K extends DocumentKind>(query: string, filter: FullTextFilter<K>, limit: number): Promise<FullTextHit<K>[]> {
      const q = meiliQuery(query)
      // An empty q is Meilisearch's placeholder search (every document): not a match.
      if (q === '' || filter.kinds.length === 0 || limit < 1 || filter.ids?.length === 0) return []
      await ensureIndex()
      const response = await index.search<MeiliDocument>(q, {
        filter: filterExpression(filter),
        limit: Math.floor(limit),
        locales: ['cmn'],
        // Drop the commonest words first when not every word matches: closest to an OR query.
        matchingStrategy: 'frequency',
        showRankingScore: true,
        attributesToRetrieve: ['kind', 'id', 'title', 'body'],
        attributesToHighlight: ['title', 'body'],
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
      })
      const shown = matchedTermsShown(query)
      return response.hits.map((hit, position) => {
        const matchedTerms = highlightedTerms(hit._formatted)
        return {
          kind: hit.kind as K,
          id: hit.id,
          rank: position + 1,
          score: hit._rankingScore ?? 0,
          matchedTerms,
          shownTerms: async () => shown({ matched: matchedTerms, text: `${hit.title}\n${hit.body}` }),
        }
      })
    },
  }
}
