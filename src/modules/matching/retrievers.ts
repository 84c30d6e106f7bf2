import type { Embedder } from './embeddings/embedder.js'
import type { FullTextIndex } from './search/full-text.js'
import type { KeptRetrievals } from './retrieval.js'

/** The retrievers every request ranks with: full text and the embedder, chosen once from config. */
declare module '../../platform/http/types.js' {
  interface Retrievers {
    fullText: FullTextIndex
    embedder: Embedder
    /** Kept candidate retrievals: a server process's (retrieval-cache.ts); none on Workers. */
    retrievalCache?: KeptRetrievals | undefined
  }
}
