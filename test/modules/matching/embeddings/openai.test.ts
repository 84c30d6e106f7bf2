import OpenAI from 'openai'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EmbeddingProviderError, EmbeddingUnavailableError } from '../../../../src/modules/matching/embeddings/embedder.js'
import { LocalEmbedder } from '../../../../src/modules/matching/embeddings/local.js'
import { OpenAIEmbedder, type OpenAIEmbedderOptions } from '../../../../src/modules/matching/embeddings/openai.js'
import {
  l2Normalised,
  startEmbeddingsServer,
  vectorFor,
  type EmbeddingsServer,
} from '../../../helpers/embeddings-server.js'
import { createEmbedder } from '../../../../src/modules/matching/embeddings/create-embedder.js'

const apiKey = 'sk-test-embeddings-key'
let server: EmbeddingsServer

beforeAll(async () => {
  server = await startEmbeddingsServer()
})
afterAll(async () => {
  await server.close()
})
afterEach(() => {
  server.reset()
})

function embedder(options: Partial<OpenAIEmbedderOptions> = {}): OpenAIEmbedder {
  return new OpenAIEmbedder({
    apiKey,
    baseURL: server.baseURL,
    model: 'bge-m3',
    dimensions: 16,
    initialBackoffMs: 5,
    maxBackoffMs: 2000,
    timeoutMs: 2000,
    ...options,
  })
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected the call to fail'),
    (error: unknown) => error,
  )
}

describe('OpenAI-compatible embedder', () => {
  it('sends model, dimensions, float encoding and the key; answers in input order, normalised', async () => {
    const texts = ['氮化硅陶瓷基板烧结', '焦炉煤气制氢', '针状焦热膨胀系数']
    const vectors = await embedder().embed(texts)

    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request!.authorization).toBe(`Bearer ${apiKey}`)
    expect(request!.body).toMatchObject({ model: 'bge-m3', dimensions: 16, encoding_format: 'float', input: texts })
    // The server lists the items in reverse; the embedder must follow `index`.
    expect(vectors).toHaveLength(3)
    texts.forEach((text, i) => {
      expect(vectors[i]).toHaveLength(16)
      l2Normalised(vectorFor(text, 16)).forEach((value, k) => expect(vectors[i]![k]).toBeCloseTo(value, 6))
      expect(Math.hypot(...vectors[i]!)).toBeCloseTo(1, 9)
    })
  })

  it('names the model with its dimensions', () => {
    expect(embedder().model).toBe('bge-m3@16')
    expect(embedder().dimensions).toBe(16)
  })

  it('splits large inputs into batches of the configured size and keeps the overall order', async () => {
    const texts = Array.from({ length: 7 }, (_, i) => `技术需求第${i + 1}条`)
    const vectors = await embedder({ batchSize: 3 }).embed(texts)

    expect(server.requests.map((request) => request.inputs)).toEqual([texts.slice(0, 3), texts.slice(3, 6), texts.slice(6)])
    texts.forEach((text, i) => expect(vectors[i]![0]).toBeCloseTo(l2Normalised(vectorFor(text, 16))[0]!, 9))
  })

  it('sends no empty text and answers it with the zero vector; an empty list sends nothing', async () => {
    const vectors = await embedder().embed(['', '煤矸石制备陶粒', '  '])
    expect(server.requests.map((request) => request.inputs)).toEqual([['煤矸石制备陶粒']])
    expect(vectors[0]).toEqual(new Array(16).fill(0))
    expect(vectors[2]).toEqual(new Array(16).fill(0))
    expect(Math.hypot(...vectors[1]!)).toBeCloseTo(1, 9)

    expect(await embedder().embed([])).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it('cuts overlong texts before sending', async () => {
    await embedder({ maxInputChars: 5 }).embed(['一二三四五六七八'])
    expect(server.requests[0]!.inputs).toEqual(['一二三四五'])
  })

  it('waits as Retry-After says on 429, then succeeds', async () => {
    server.script({ status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'Rate limit reached', type: 'requests' } } })
    const started = performance.now()
    const vectors = await embedder({ initialBackoffMs: 1 }).embed(['光伏组件隐裂检测'])
    const elapsed = performance.now() - started

    expect(server.requests).toHaveLength(2)
    expect(elapsed).toBeGreaterThanOrEqual(950)
    expect(vectors[0]).toHaveLength(16)
  })

  it('honours retry-after-ms too', async () => {
    server.script({ status: 429, headers: { 'retry-after-ms': '150' } })
    const started = performance.now()
    await embedder({ initialBackoffMs: 1 }).embed(['余热回收'])
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    expect(server.requests).toHaveLength(2)
  })

  it('gives up at once when Retry-After is longer than it would wait, saying how long', async () => {
    server.script({ status: 429, headers: { 'retry-after': '120' } })
    const error = await rejection(embedder({ maxBackoffMs: 1000 }).embed(['余热回收']))

    expect(error).toBeInstanceOf(EmbeddingUnavailableError)
    expect((error as EmbeddingUnavailableError).retryAfterMs).toBe(120_000)
    expect((error as EmbeddingUnavailableError).attempts).toBe(1)
    expect(server.requests).toHaveLength(1)
  })

  it('retries a 500 twice, then succeeds', async () => {
    server.script({ status: 500 }, { status: 503 })
    const vectors = await embedder().embed(['煤化工废水酚氨回收'])
    expect(server.requests).toHaveLength(3)
    expect(vectors[0]![0]).toBeCloseTo(l2Normalised(vectorFor('煤化工废水酚氨回收', 16))[0]!, 9)
  })

  it('throws EmbeddingUnavailableError with the cause after the last attempt when the provider keeps failing', async () => {
    server.script({ status: 500 }, { status: 500 }, { status: 500 })
    const error = await rejection(embedder({ maxAttempts: 3 }).embed(['电解水制氢']))

    expect(server.requests).toHaveLength(3)
    expect(error).toBeInstanceOf(EmbeddingUnavailableError)
    expect((error as EmbeddingUnavailableError).attempts).toBe(3)
    expect((error as Error).message).toMatch(/HTTP 500 after 3 attempts/)
    expect((error as Error).cause).toBeInstanceOf(OpenAI.InternalServerError)
  })

  it('treats a refused connection as unavailable', async () => {
    const gone = await startEmbeddingsServer()
    await gone.close()
    const error = await rejection(embedder({ baseURL: gone.baseURL, maxAttempts: 2 }).embed(['电解水制氢']))
    expect(error).toBeInstanceOf(EmbeddingUnavailableError)
    expect((error as Error).cause).toBeInstanceOf(OpenAI.APIConnectionError)
  })

  it('abandons a request that hangs past its deadline, and gives up quickly', async () => {
    server.script('hang', 'hang')
    const started = performance.now()
    const error = await rejection(embedder({ timeoutMs: 100, maxAttempts: 2 }).embed(['高压储氢瓶']))

    expect(performance.now() - started).toBeLessThan(1500)
    expect(server.requests).toHaveLength(2)
    expect(error).toBeInstanceOf(EmbeddingUnavailableError)
    expect((error as Error).cause).toBeInstanceOf(OpenAI.APIConnectionTimeoutError)
  })

  it("stops at once when the caller's signal aborts, with the signal's reason", async () => {
    server.script('hang')
    const started = performance.now()
    const error = await rejection(embedder({ timeoutMs: 10_000 }).embed(['高压储氢瓶'], { signal: AbortSignal.timeout(100) }))

    expect(performance.now() - started).toBeLessThan(1500)
    expect(error).toBeInstanceOf(DOMException)
    expect((error as DOMException).name).toBe('TimeoutError')
    expect(server.requests).toHaveLength(1)
  })

  it('does not retry and says why when the vectors have the wrong length', async () => {
    server.script({ vectorLength: 1024 })
    const error = await rejection(embedder({ dimensions: 512 }).embed(['碳纤维复合材料']))

    expect(server.requests).toHaveLength(1)
    expect(error).toBeInstanceOf(EmbeddingProviderError)
    expect((error as Error).message).toMatch(/1024 dimensions but EMBEDDING_DIMENSIONS is 512/)
  })

  it('does not retry a refused request (bad key) and keeps the status', async () => {
    server.script({ status: 401, body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } } })
    const error = await rejection(embedder().embed(['碳纤维复合材料']))

    expect(server.requests).toHaveLength(1)
    expect(error).toBeInstanceOf(EmbeddingProviderError)
    expect((error as EmbeddingProviderError).status).toBe(401)
    expect((error as Error).message).toMatch(/HTTP 401.*Incorrect API key/)
  })

  it('refuses an answer with too few items', async () => {
    server.script({ status: 200, body: { object: 'list', data: [{ object: 'embedding', index: 0, embedding: vectorFor('a', 16) }] } })
    const error = await rejection(embedder().embed(['甲', '乙']))
    expect(error).toBeInstanceOf(EmbeddingProviderError)
    expect((error as Error).message).toMatch(/1 vectors for 2 inputs/)
  })
})

describe('createEmbedder', () => {
  const base = { LOCAL_EMBEDDER: 'hash' as const, OPENAI_BASE_URL: undefined, EMBEDDING_MODEL: 'text-embedding-3-small', EMBEDDING_DIMENSIONS: 512, EMBEDDING_PROVIDER_NEED_VISIBILITY: ['public' as const, 'park' as const] }

  it('uses the local embedder when no key is configured', () => {
    const chosen = createEmbedder({ ...base, OPENAI_API_KEY: undefined })
    expect(chosen).toBeInstanceOf(LocalEmbedder)
    expect(chosen.model).toBe('local-hash-v1-512')
    expect(chosen.dimensions).toBe(512)
    expect([...chosen.needVisibilities].sort()).toEqual(['confidential', 'park', 'private', 'public']) // nothing leaves the process
  })

  it('uses the semantic model fitted on the registry with LOCAL_EMBEDDER=lsa, which needs the database', () => {
    expect(() => createEmbedder({ ...base, LOCAL_EMBEDDER: 'lsa', OPENAI_API_KEY: undefined })).toThrow(/database/)
  })

  it('uses the configured endpoint when a key is set', async () => {
    const chosen = createEmbedder({ ...base, OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: server.baseURL, EMBEDDING_DIMENSIONS: 32 })
    expect(chosen).toBeInstanceOf(OpenAIEmbedder)
    expect(chosen.model).toBe('text-embedding-3-small@32')
    expect([...chosen.needVisibilities].sort()).toEqual(['park', 'public'])
    const [vector] = await chosen.embed(['园区企业技术需求'])
    expect(vector).toHaveLength(32)
    expect(server.requests[0]).toMatchObject({ authorization: `Bearer ${apiKey}`, body: { model: 'text-embedding-3-small', dimensions: 32 } })
  })
})
