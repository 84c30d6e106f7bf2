import { z } from '@hono/zod-openapi'
import { timestamp } from '../../../core/schemas.js'

export const IndexStatusSchema = z
  .object({
    settled: z.boolean().openapi({ description: '索引已就绪: nothing waits to be indexed and the term statistics count every document, so rankings will not change until the registry does', example: true }),
    embeddingModel: z.string().openapi({ description: '生成新向量所用的向量模型。The model new vectors are made with', example: 'local-hash-v1-512' }),
    documents: z
      .array(z.object({ kind: z.string().openapi({ description: 'expert 专家 · society 学会 · workstation 工作站 · need 需求', example: 'expert' }), count: z.number().int().openapi({ description: '该类检索文档的数量。Search documents of that kind', example: 330 }) }))
      .openapi({ description: '各类检索文档的数量。Search documents per kind' }),
    vectors: z
      .array(
        z.object({
          model: z.string().openapi({ description: '向量模型。Embedding model', example: 'local-hash-v1-512' }),
          dimensions: z.number().int().openapi({ description: '向量维数。Its dimensions', example: 512 }),
          count: z.number().int().openapi({ description: '已存储的向量数。Vectors stored', example: 536 }),
        }),
      )
      .openapi({ description: '各向量模型已存储的向量数。Stored vectors per model' }),
    termStatisticsRefreshedAt: timestamp('检索词统计最近一次更新的时间（UTC 时间）；从未更新时为 null。When the term statistics were last taken (null: never)').nullable(),
    termStatisticsStale: z.boolean().openapi({ description: '此后有文档变动：下一次更新（索引处理完成后，或定时任务）会使排序略有变化。Documents changed since then: the next refresh (after indexing settles, or the scheduled job) will move rankings slightly', example: false }),
    outbox: z
      .object({
        pending: z.number().int().openapi({ description: '尚未完成的索引任务数。Indexing jobs not done yet', example: 0 }),
        failing: z.number().int().openapi({ description: '其中上次尝试失败的任务数（会逐步延长间隔重试）。Of those, jobs whose last attempt failed (retried with backoff)', example: 0 }),
        oldestPendingSeconds: z.number().nullable().openapi({ description: '最早一个待处理任务已等待的秒数；没有时为 null。Age of the oldest pending job', example: null }),
        lastDueInSeconds: z.number().nullable().openapi({ description: '距最后一个待处理任务到期（重试等待结束）的秒数；没有时为 null。Seconds until the last pending job is due (its backoff runs out)', example: null }),
      })
      .openapi({ description: '待索引任务: the outbox of indexing jobs', example: { pending: 0, failing: 0, oldestPendingSeconds: null, lastDueInSeconds: null } }),
  })
  .openapi('IndexStatus', { description: '检索索引状态: whether matching reflects the registry yet' })

/** What the index holds now, as counted; the service adds whether that is settled and the model in use. */
export type IndexCounts = Omit<z.infer<typeof IndexStatusSchema>, 'settled' | 'embeddingModel' | 'termStatisticsRefreshedAt'> & {
  termStatisticsRefreshedAt: Date | null
}
