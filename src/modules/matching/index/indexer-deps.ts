import type { Config } from '../../../platform/config.js'
import type { Sql } from '../../../platform/db/client.js'
import type { IndexingDeps } from './indexer.js'
import type { Logger } from '../../../platform/logger.js'
import { createPostgresFullText } from '../search/postgres.js'
import { createEmbedder } from '../embeddings/create-embedder.js'
import { createFullTextIndex } from '../search/create-full-text.js'

/** The retrievers and embedder of this process, chosen once from config. */
export function createIndexingDeps(config: Config, sql: Sql, logger: Logger): IndexingDeps {
  const documents = createPostgresFullText(sql)
  const fullText = config.MEILI_URL ? createFullTextIndex(config, { sql }) : documents
  return { sql, documents, fullText, embedder: createEmbedder(config, { logger, sql }), logger }
}
