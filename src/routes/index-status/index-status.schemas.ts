import { z } from '@hono/zod-openapi'
import { timestamp } from '../../lib/schemas.js'

export const IndexStatusSchema = z
  .object({
    settled: z.boolean().openapi({ description: '索引已就绪: nothing waits to be indexed and the term statistics count every document, so rankings will not change until the registry does', example: true }),
    embeddingModel: z.string().openapi({ description: 'The model new vectors are made with', example: 'local-hash-v1-512' }),
    documents: z
      .array(z.object({ kind: z.string().openapi({ description: 'expert 专家 · society 学会 · workstation 工作站 · need 需求', example: 'expert' }), count: z.number().int().openapi({ description: 'Search documents of that kind', example: 330 }) }))
      .openapi({ description: 'Search documents per kind' }),
    vectors: z
      .array(
        z.object({
          model: z.string().openapi({ description: 'Embedding model', example: 'local-hash-v1-512' }),
          dimensions: z.number().int().openapi({ description: 'Its dimensions', example: 512 }),
          count: z.number().int().openapi({ description: 'Vectors stored', example: 536 }),
        }),
      )
      .openapi({ description: 'Stored vectors per model' }),
    termStatisticsRefreshedAt: timestamp('When the term statistics were last taken (null: never)').nullable(),
    termStatisticsStale: z.boolean().openapi({ description: 'Documents changed since then: the next refresh (after indexing settles, or the scheduled job) will move rankings slightly', example: false }),
    outbox: z
      .object({
        pending: z.number().int().openapi({ description: 'Indexing jobs not done yet', example: 0 }),
        failing: z.number().int().openapi({ description: 'Of those, jobs whose last attempt failed (retried with backoff)', example: 0 }),
        oldestPendingSeconds: z.number().nullable().openapi({ description: 'Age of the oldest pending job', example: null }),
        lastDueInSeconds: z.number().nullable().openapi({ description: 'Seconds until the last pending job is due (its backoff runs out)', example: null }),
      })
      .openapi({ description: '待索引任务: the outbox of indexing jobs', example: { pending: 0, failing: 0, oldestPendingSeconds: null, lastDueInSeconds: null } }),
  })
  .openapi('IndexStatus', { description: '检索索引状态: whether matching reflects the registry yet' })
