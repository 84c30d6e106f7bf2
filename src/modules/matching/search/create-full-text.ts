import type { Config } from '../../../platform/config.js'
import type { Sql } from '../../../platform/db/client.js'
import type { FullTextIndex } from './full-text.js'
import { createMeilisearchFullText } from './meilisearch.js'
import { createPostgresFullText } from './postgres.js'

export interface FullTextDeps {
  sql: Sql
  /** Meilisearch index uid; tests use a unique one per run. */
  meiliIndexUid?: string
}

export const DEFAULT_MEILI_INDEX = 'match_documents'

/** Chosen once at start: Meilisearch when MEILI_URL is set, else PostgreSQL full text. */
export function createFullTextIndex(
  config: Pick<Config, 'MEILI_URL' | 'MEILI_KEY'>,
  deps: FullTextDeps,
): FullTextIndex {
  if (config.MEILI_URL) {
    return createMeilisearchFullText({
      host: config.MEILI_URL,
      ...(config.MEILI_KEY ? { apiKey: config.MEILI_KEY } : {}),
      indexUid: deps.meiliIndexUid ?? DEFAULT_MEILI_INDEX,
    })
  }
  return createPostgresFullText(deps.sql)
}
