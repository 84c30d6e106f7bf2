import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/platform/config.js'
import { policiesFor, queuesEmbeddings, rateLimitHeaders } from '../../src/http/middleware/rate-limit.js'
import { BudgetedEmbedder, EmbeddingBudgetExhaustedError } from '../../src/modules/matching/embeddings/budgeted.js'
import { LocalEmbedder } from '../../src/modules/matching/embeddings/local.js'

const config = (env: Record<string, string> = {}) => parseConfig({ NODE_ENV: 'test', ...env })

describe('policiesFor', () => {
  it('applies the default policy everywhere and the candidates policy to rankings only', () => {
    expect(policiesFor(config(), '/v1/needs')).toEqual([{ name: 'default', quota: 600, windowSeconds: 60 }])
    expect(policiesFor(config(), '/v1/needs/5b0c/candidates')).toEqual([
      { name: 'default', quota: 600, windowSeconds: 60 },
      { name: 'candidates', quota: 60, windowSeconds: 60 },
    ])
  })

  it('is empty when switched off, and drops a policy set to 0', () => {
    expect(policiesFor(config({ RATE_LIMIT_ENABLED: '0' }), '/v1/needs/x/candidates')).toEqual([])
    expect(policiesFor(config({ RATE_LIMIT_CANDIDATES: '0' }), '/v1/needs/x/candidates').map((p) => p.name)).toEqual(['default'])
    expect(policiesFor(config({ RATE_LIMIT_REQUESTS: '0' }), '/v1/needs/x/candidates').map((p) => p.name)).toEqual(['candidates'])
  })

  it('refuses a window of 0 seconds at start', () => {
    expect(() => config({ RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(/RATE_LIMIT_WINDOW_SECONDS/)
  })
})

describe('queuesEmbeddings', () => {
  it.each([
    ['POST', '/v1/needs', true],
    ['PATCH', '/v1/needs/5b0c', true],
    ['POST', '/v1/experts', true],
    ['PATCH', '/v1/societies/5b0c', true],
    ['POST', '/v1/workstations', true],
    ['POST', '/v1/import/experts', true],
    ['GET', '/v1/needs', false],
    ['POST', '/v1/needs/5b0c/matches', false],
    ['POST', '/v1/parks', false],
    ['POST', '/v1/contracts', false],
  ] as const)('%s %s → %s', (method, path, expected) => {
    expect(queuesEmbeddings(method, path)).toBe(expected)
  })
})

describe('rateLimitHeaders', () => {
  const policies = [
    { name: 'default', quota: 600, windowSeconds: 60 },
    { name: 'candidates', quota: 60, windowSeconds: 60 },
  ] as const

  it('writes one structured-field item per policy, never a negative remainder', () => {
    const headers = rateLimitHeaders(policies, [
      { allowed: true, remaining: 599, resetSeconds: 42 },
      { allowed: false, remaining: -1, resetSeconds: 12 },
    ])
    expect(headers).toEqual({
      'ratelimit-policy': '"default";q=600;w=60, "candidates";q=60;w=60',
      ratelimit: '"default";r=599;t=42, "candidates";r=0;t=12',
    })
  })

  it('leaves out the RateLimit item of a policy whose remainder the limiter cannot know', () => {
    expect(rateLimitHeaders(policies.slice(0, 1), [{ allowed: true, remaining: undefined, resetSeconds: 60 }])).toEqual({
      'ratelimit-policy': '"default";q=600;w=60',
    })
  })
})

describe('BudgetedEmbedder', () => {
  const inner = new LocalEmbedder({ dimensions: 16 })

  it('charges the texts it sends, not empty ones, and keeps the model', async () => {
    const charged: number[] = []
    const embedder = new BudgetedEmbedder(inner, async (texts) => (charged.push(texts), true))
    expect(embedder.model).toBe(inner.model)
    const vectors = await embedder.embed(['煤焦油加氢', '  ', '催化剂'])
    expect(vectors).toEqual(await inner.embed(['煤焦油加氢', '  ', '催化剂']))
    expect(charged).toEqual([2])
    await embedder.embed([''])
    expect(charged).toEqual([2])
  })

  it('refuses without embedding when the charge is refused', async () => {
    const embedder = new BudgetedEmbedder({ ...inner, model: inner.model, dimensions: 16, embed: () => Promise.reject(new Error('must not be called')) }, async () => false)
    await expect(embedder.embed(['煤焦油'])).rejects.toBeInstanceOf(EmbeddingBudgetExhaustedError)
  })
})
