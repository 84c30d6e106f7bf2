import type { Queryable } from '../../platform/db/client.js'

/**
 * Retrievals of candidates this server has made, kept while the candidate index's generation
 * (migration 0021) stays where it was when they were made. The generation moves, in the writing
 * transaction, with every change to what such a search reads: a candidate's terms, filters or
 * vector, and the term statistics' recount. So an answer from here is the one a search would give
 * now; nothing expires by time, and nothing is stale.
 *
 * Asked again for the same need (its page opened again, a list looked at after each invitation,
 * park staff reviewing it), a ranking repeats the two searches and their analysis of the need's
 * text, which were most of its cost (`npm run load`); the rules, the profiles and the shown terms
 * are still worked out for every request, from the data as it is then.
 *
 * Only for a server process, whose database pool outlives requests: a full-text hit reads its
 * document's text with the pool it was found with. Only over PostgreSQL's full text, whose index the
 * generation follows (Meilisearch indexes on its own time).
 */
export interface RetrievalCache<R> {
  /** The generation now; read before searching, so a retrieval is kept under one no later than its data. */
  generation(): Promise<number>
  get(key: string, generation: number): R | undefined
  set(key: string, generation: number, retrieval: R): void
  /** How often a retrieval was found here (the server logs it when it stops; `npm run load` prints it). */
  stats(): { entries: number; hits: number; misses: number }
}

export async function readIndexGeneration(sql: Queryable): Promise<number> {
  const [row] = await sql<{ generation: number }[]>`select generation from match_index_generation`
  return row?.generation ?? 0
}

/** Least recently used go first past `entries` (0 keeps none); every entry goes when the generation moves. */
export function createRetrievalCache<R>(sql: Queryable, options: { entries: number }): RetrievalCache<R> {
  let current = -1
  const entries = new Map<string, R>()
  let hits = 0
  let misses = 0
  const moveTo = (generation: number) => {
    if (generation === current) return true
    // An answer of an older generation is never asked for again; one of a newer is not kept yet.
    if (generation < current) return false
    current = generation
    entries.clear()
    return true
  }
  return {
    generation: () => readIndexGeneration(sql),
    get(key, generation) {
      const found = moveTo(generation) ? entries.get(key) : undefined
      if (!found) {
        misses += 1
        return undefined
      }
      hits += 1
      entries.delete(key)
      entries.set(key, found)
      return found
    },
    set(key, generation, retrieval) {
      if (!moveTo(generation)) return
      entries.delete(key)
      entries.set(key, retrieval)
      if (entries.size > options.entries) entries.delete(entries.keys().next().value!)
    },
    stats: () => ({ entries: entries.size, hits, misses }),
  }
}
