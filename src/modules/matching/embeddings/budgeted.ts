import { EmbeddingError, type Embedder } from './embedder.js'
import { type NeedVisibility } from '../../../core/vocabulary.js'

/** The caller's embedding budget is spent: these texts were not sent to the provider. */
export class EmbeddingBudgetExhaustedError extends EmbeddingError {
  constructor(texts: number) {
    super(`the embedding budget of this API key is spent; ${texts} text(s) not embedded`)
    this.name = 'EmbeddingBudgetExhaustedError'
  }
}

/**
 * An embedder that asks `charge` before each call to the provider; `charge` answers whether the
 * caller may spend that many texts. Texts with nothing in them are not sent, so they are not
 * charged. Everything else is the wrapped embedder's.
 */
export class BudgetedEmbedder implements Embedder {
  readonly model: string
  readonly dimensions: number
  readonly needVisibilities: ReadonlySet<NeedVisibility>

  constructor(
    private readonly inner: Embedder,
    private readonly charge: (texts: number) => Promise<boolean>,
  ) {
    this.model = inner.model
    this.dimensions = inner.dimensions
    this.needVisibilities = inner.needVisibilities
  }

  async embed(texts: string[], options?: { signal?: AbortSignal }): Promise<number[][]> {
    const sent = texts.filter((text) => text.trim() !== '').length
    if (sent > 0 && !(await this.charge(sent))) throw new EmbeddingBudgetExhaustedError(sent)
    return this.inner.embed(texts, options)
  }
}
