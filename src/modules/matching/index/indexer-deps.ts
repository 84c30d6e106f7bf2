import type { Config } from '../../../platform/config.js'
import type { Sql } from '../../../platform/db/client.js'
import type { IndexingDeps } from './indexer.js'
import type { Logger } from '../../../platform/logger.js'
import { createPostgresFullText } from '../search/postgres.js'
import { createEmbedder } from '../embeddings/create-embedder.js'
import { createFullTextIndex } from '../search/create-full-text.js'
import { createRetrievalCache } from '../retrieval-cache.js'
import type { Retrieval } from '../retrieval.js'
import type { DocumentKind } from '../../../core/vocabulary.js'

/**
 * The retrievers and embedder of this process, chosen once from config. `longLived`: `sql` is a
 * pool for the process's life (a server), so retrievals may be kept beside it.
 */
export function createIndexingDeps(config: Config, sql: Sql, logger: Logger, options: { longLived?: boolean } = {}): IndexingDeps {
  const documents = createPostgresFullText(sql)
  const fullText = config.MEILI_URL ? createFullTextIndex(config, { sql }) : documents
  const retrievalCache =
    options.longLived && fullText === documents && config.RETRIEVAL_CACHE_ENTRIES > 0
      ? createRetrievalCache<Retrieval<DocumentKind>>(sql, { entries: config.RETRIEVAL_CACHE_ENTRIES })
      : undefined
  return { sql, documents, fullText, embedder: createEmbedder(config, { logger, sql }), logger, retrievalCache }
}
