import { type NeedVisibility, needVisibilities } from '../../../core/vocabulary.js'

export const allNeedVisibilities: ReadonlySet<NeedVisibility> = new Set(needVisibilities)

/**
 * How one embedder's cosines are read, fitted on the labelled sets (`npm run bench:quality` and
 * `npm run bench:external`): the vector side's weight in the weighted fusion; the cosine below
 * which a nearest neighbour is noise and is not retrieved; and, for the confidence shown with
 * each candidate, the cosine where vector evidence starts and the span above it to full evidence.
 */
export interface VectorCalibration {
  fusionWeight: number
  retrievalFloor: number
  confidenceFloor: number
  confidenceSpan: number
}

/** For the hashed bag of words (and providers not calibrated here): unrelated texts sit at 0 ± 0.05. */
export const defaultCalibration: VectorCalibration = { fusionWeight: 0.2, retrievalFloor: 0.12, confidenceFloor: 0.12, confidenceSpan: 0.3 }

/** Turns texts into vectors for the vector retriever; one implementation is chosen at start. */
export interface Embedder {
  /** How its cosines are read (defaultCalibration when absent). */
  readonly calibration?: VectorCalibration
  /**
   * Recorded with every stored vector; a change of model means re-embedding. It names the
   * dimensions too ('local-hash-v1-512', 'text-embedding-3-small@512'), since vectors of the same
   * model cut to other dimensions are not comparable.
   */
  readonly model: string
  readonly dimensions: number
  /**
   * Needs whose text it may be given, by visibility: every need for the local embedder (nothing
   * leaves the process), EMBEDDING_PROVIDER_NEED_VISIBILITY for a provider.
   */
  readonly needVisibilities: ReadonlySet<NeedVisibility>
  /**
   * One vector per text, L2-normalised, same order. A text with no terms (empty, only spaces or
   * punctuation) gets the all-zero vector: it has no direction, so callers should not index it.
   * Throws EmbeddingUnavailableError when the provider is down after retries, EmbeddingProviderError
   * when it refuses the request or answers something unusable; an abort of `signal` rejects with
   * the signal's reason, as `fetch` does.
   */
  embed(texts: string[], options?: { signal?: AbortSignal }): Promise<number[][]>
  /**
   * For an embedder whose model is fitted on the registry (LSA): brings `model` up to date with
   * the newest model, which another process may have fitted. Called before `model` is read.
   */
  prepare?(): Promise<void>
  /** Why it cannot embed yet (no model fitted), for the answer's `unavailableReasons`; null when it can. */
  notReadyReason?(): string | null
  /** For an embedder fitted on the registry: fits a new model when the registry has changed enough (or forced). */
  refit?(options?: { force?: boolean; pause?: () => Promise<void> }): Promise<Record<string, unknown>>
}

/** Anything that kept the embedder from producing vectors. */
export class EmbeddingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'EmbeddingError'
  }
}

/**
 * The provider could not be reached or kept failing (timeouts, 429, 5xx) through every retry:
 * worth trying again later, e.g. from the outbox.
 */
export class EmbeddingUnavailableError extends EmbeddingError {
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, options)
    this.name = 'EmbeddingUnavailableError'
    this.retryAfterMs = options?.retryAfterMs
  }
  /** How long the provider asked us to wait, when it asked for longer than we retry for. */
  readonly retryAfterMs: number | undefined
}

/**
 * The provider refused the request (bad key, unknown model, input rejected) or answered with
 * something unusable (wrong vector length, missing items): retrying will not help until the
 * configuration changes.
 */
export class EmbeddingProviderError extends EmbeddingError {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'EmbeddingProviderError'
  }
}

/** Scales `vector` in place to unit length; a zero vector stays zero. */
export function normaliseInPlace(vector: number[] | Float64Array): void {
  let sum = 0
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!
  if (sum === 0) return
  const scale = 1 / Math.sqrt(sum)
  for (let i = 0; i < vector.length; i++) vector[i] = vector[i]! * scale
}
