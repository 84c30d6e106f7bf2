import type { Config } from '../../../platform/config.js'
import type { Sql } from '../../../platform/db/client.js'
import type { Logger } from '../../../platform/logger.js'
import type { Embedder } from './embedder.js'
import { LocalEmbedder } from './local.js'
import { LsaEmbedder } from './lsa/embedder.js'
import { OpenAIEmbedder } from './openai.js'

export type EmbedderConfig = Pick<
  Config,
  'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'EMBEDDING_MODEL' | 'EMBEDDING_DIMENSIONS' | 'EMBEDDING_PROVIDER_NEED_VISIBILITY' | 'LOCAL_EMBEDDER'
>

export interface EmbedderDeps {
  /** Retries and give-ups of the remote provider are logged here. */
  logger?: Logger
  /** Where the local semantic embedder keeps its fitted model. */
  sql?: Sql
}

/**
 * The embedder for this process: an OpenAI-compatible endpoint when a key is configured, else a
 * local one (LOCAL_EMBEDDER: `lsa`, fitted on the registry, or `hash`), so the service works
 * offline. Chosen once at start; `model` tells stored vectors apart.
 */
export function createEmbedder(config: EmbedderConfig, deps: EmbedderDeps = {}): Embedder {
  if (config.OPENAI_API_KEY) {
    return new OpenAIEmbedder({
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      model: config.EMBEDDING_MODEL,
      dimensions: config.EMBEDDING_DIMENSIONS,
      needVisibilities: new Set(config.EMBEDDING_PROVIDER_NEED_VISIBILITY),
      logger: deps.logger,
    })
  }
  if (config.LOCAL_EMBEDDER === 'lsa') {
    if (!deps.sql) throw new Error('LOCAL_EMBEDDER=lsa keeps its model in the database: createEmbedder needs deps.sql')
    return new LsaEmbedder(deps.sql, deps.logger)
  }
  return new LocalEmbedder({ dimensions: config.EMBEDDING_DIMENSIONS })
}
