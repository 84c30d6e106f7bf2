import OpenAI from 'openai'
import type { Logger } from '../../../platform/logger.js'
import { EmbeddingProviderError, EmbeddingUnavailableError, type Embedder, allNeedVisibilities, normaliseInPlace } from './embedder.js'
import { type NeedVisibility } from '../../../core/vocabulary.js'

export interface OpenAIEmbedderOptions {
  apiKey: string
  /** Any OpenAI-compatible endpoint (DashScope, Zhipu, a BGE-M3 server, Ollama); unset → OpenAI. */
  baseURL?: string | undefined
  model: string
  /** Sent as `dimensions`; an answer of another length is refused. */
  dimensions: number
  /** Inputs per request (OpenAI takes up to 2048; DashScope's text-embedding-v3/v4 only 10). Default 96. */
  batchSize?: number
  /** Requests per batch before giving up, the first included. Default 4. */
  maxAttempts?: number
  /** Backoff before the first retry, doubled each time, with jitter. Default 500 ms. */
  initialBackoffMs?: number
  /**
   * Longest wait between attempts. A Retry-After longer than this is not waited out: the call gives
   * up at once with `retryAfterMs` on the error, for the outbox to schedule. Default 20 s.
   */
  maxBackoffMs?: number
  /** Deadline of each request; a request that takes longer is abandoned and retried. Default 15 s. */
  timeoutMs?: number
  /** Texts are cut to this many characters, to stay under the providers' 8k-token input limits. Default 2000. */
  maxInputChars?: number
  /** Needs whose text this provider may be given, by visibility. Default: every need. */
  needVisibilities?: ReadonlySet<NeedVisibility>
  logger?: Logger | undefined
  /** Replaces the randomness of the jitter (tests). */
  random?: () => number
}

const retryableStatuses = new Set([408, 409, 429])

/**
 * Embeddings from an OpenAI-compatible `/v1/embeddings` endpoint through the `openai` client. The
 * client's own retries are off: its backoff cannot be tuned or cancelled, and we must give up
 * early on a long Retry-After. Batches go one after another, so one call holds at most one
 * connection.
 */
export class OpenAIEmbedder implements Embedder {
  readonly model: string
  readonly dimensions: number
  readonly needVisibilities: ReadonlySet<NeedVisibility>
  private readonly client: OpenAI
  private readonly modelName: string
  private readonly batchSize: number
  private readonly maxAttempts: number
  private readonly initialBackoffMs: number
  private readonly maxBackoffMs: number
  private readonly maxInputChars: number
  private readonly logger: Logger | undefined
  private readonly random: () => number

  constructor(options: OpenAIEmbedderOptions) {
    this.modelName = options.model
    this.dimensions = options.dimensions
    this.model = `${options.model}@${options.dimensions}`
    this.batchSize = options.batchSize ?? 96
    this.maxAttempts = options.maxAttempts ?? 4
    this.initialBackoffMs = options.initialBackoffMs ?? 500
    this.maxBackoffMs = options.maxBackoffMs ?? 20_000
    this.maxInputChars = options.maxInputChars ?? 2000
    this.needVisibilities = options.needVisibilities ?? allNeedVisibilities
    this.logger = options.logger
    this.random = options.random ?? Math.random
    if (this.batchSize < 1 || this.maxAttempts < 1) throw new RangeError('batchSize and maxAttempts must be at least 1')
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      maxRetries: 0,
      timeout: options.timeoutMs ?? 15_000,
      logLevel: 'off',
    })
  }

  async embed(texts: string[], options: { signal?: AbortSignal } = {}): Promise<number[][]> {
    const { signal } = options
    signal?.throwIfAborted()
    const vectors: number[][] = texts.map(() => new Array<number>(this.dimensions).fill(0))
    // Providers refuse empty inputs; a text with nothing in it keeps the zero vector.
    const pending = texts.flatMap((text, index) => (text.trim() === '' ? [] : [{ index, input: cut(text, this.maxInputChars) }]))
    for (let start = 0; start < pending.length; start += this.batchSize) {
      const batch = pending.slice(start, start + this.batchSize)
      const answer = await this.withRetries(batch.length, signal, (attemptSignal) =>
        this.request(batch.map((item) => item.input), attemptSignal),
      )
      answer.forEach((vector, i) => (vectors[batch[i]!.index] = vector))
    }
    return vectors
  }

  /** One request: the batch's vectors in input order, checked and normalised. */
  private async request(inputs: string[], signal: AbortSignal | undefined): Promise<number[][]> {
    const response = await this.client.embeddings.create(
      // `float` explicitly: the client otherwise asks for base64, which not every compatible server speaks.
      { model: this.modelName, input: inputs, dimensions: this.dimensions, encoding_format: 'float' },
      { signal },
    )
    const data = Array.isArray(response?.data) ? response.data : []
    const vectors = new Array<number[] | undefined>(inputs.length)
    for (const item of data) {
      const index = item.index
      if (!Number.isInteger(index) || index < 0 || index >= inputs.length || vectors[index] !== undefined) {
        throw new EmbeddingProviderError(`${this.modelName} answered with a missing, repeated or out-of-range index ${index}`)
      }
      const embedding: unknown = item.embedding
      if (!Array.isArray(embedding) || !embedding.every((value) => typeof value === 'number' && Number.isFinite(value))) {
        throw new EmbeddingProviderError(`${this.modelName} answered item ${index} with something other than a list of numbers`)
      }
      if (embedding.length !== this.dimensions) {
        throw new EmbeddingProviderError(
          `${this.modelName} returned vectors of ${embedding.length} dimensions but EMBEDDING_DIMENSIONS is ${this.dimensions}; ` +
            `the model may ignore the dimensions parameter: set EMBEDDING_DIMENSIONS=${embedding.length} or choose a model that supports it`,
        )
      }
      const vector = embedding as number[]
      normaliseInPlace(vector)
      vectors[index] = vector
    }
    if (data.length !== inputs.length) {
      throw new EmbeddingProviderError(`${this.modelName} answered ${data.length} vectors for ${inputs.length} inputs`)
    }
    return vectors as number[][]
  }

  private async withRetries<T>(
    size: number,
    signal: AbortSignal | undefined,
    attempt: (signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<T> {
    for (let attempts = 1; ; attempts++) {
      let failure: unknown
      try {
        return await attempt(signal)
      } catch (error) {
        failure = error
      }
      if (signal?.aborted) throw signal.reason
      if (failure instanceof EmbeddingProviderError) throw failure
      const status = failure instanceof OpenAI.APIError ? failure.status : undefined
      const transient =
        failure instanceof OpenAI.APIConnectionError ||
        (status !== undefined && (retryableStatuses.has(status) || status >= 500))
      if (!transient) {
        const what = status ? `refused the request (HTTP ${status})` : 'answered with something unreadable'
        throw new EmbeddingProviderError(`${this.modelName} ${what}: ${errorMessage(failure)}`, status, { cause: failure })
      }
      const retryAfterMs = failure instanceof OpenAI.APIError ? retryAfter(failure.headers) : undefined
      const what = `${this.modelName} ${status ? `HTTP ${status}` : errorMessage(failure)}`
      if (retryAfterMs !== undefined && retryAfterMs > this.maxBackoffMs) {
        throw new EmbeddingUnavailableError(`${what}; the provider asks to wait ${Math.ceil(retryAfterMs / 1000)} s`, attempts, {
          cause: failure,
          retryAfterMs,
        })
      }
      if (attempts >= this.maxAttempts) {
        this.logger?.warn('embedding provider unavailable', { model: this.model, attempts, status, inputs: size })
        throw new EmbeddingUnavailableError(`${what} after ${attempts} attempts`, attempts, { cause: failure })
      }
      const backoff = Math.min(this.maxBackoffMs, this.initialBackoffMs * 2 ** (attempts - 1))
      // Equal jitter: at least half the backoff, so a rate limit is still respected, spread out.
      const delay = retryAfterMs ?? backoff / 2 + (this.random() * backoff) / 2
      this.logger?.info('embedding request failed, retrying', { model: this.model, attempts, status, delayMs: Math.round(delay) })
      await sleep(delay, signal)
    }
  }
}

/** Retry-After as milliseconds: OpenAI's `retry-after-ms`, or standard seconds or an HTTP date. */
function retryAfter(headers: Headers | undefined): number | undefined {
  const millis = Number.parseFloat(headers?.get('retry-after-ms') ?? '')
  if (Number.isFinite(millis) && millis >= 0) return millis
  const value = headers?.get('retry-after')?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  // By code points, so a character outside the BMP is never split in half.
  return Array.from(text).slice(0, maxChars).join('')
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
