import type { Queryable } from '../../../platform/db/client.js'
import { outboxStats } from '../../../platform/db/outbox.js'
import type { IndexCounts } from './model.js'

export async function indexCounts(sql: Queryable): Promise<IndexCounts> {
  const [documents, vectors, [terms], outbox] = await Promise.all([
    sql<{ kind: string; count: number }[]>`select kind::text, count(*)::int as count from match_documents group by kind order by kind`,
    sql<{ model: string; dimensions: number; count: number }[]>`
      select model, dimensions, count(*)::int as count from match_embeddings group by model, dimensions order by model, dimensions`,
    sql<{ refreshedAt: Date | null; stale: boolean }[]>`
      select t.refreshed_at,
        coalesce(t.refreshed_at < (select max(d.updated_at) from match_documents d) or t.documents <> (select count(*) from match_documents d), true) as stale
      from (select 1) one left join match_term_totals t on true`,
    outboxStats(sql),
  ])
  return { documents, vectors, termStatisticsRefreshedAt: terms!.refreshedAt, termStatisticsStale: terms!.stale, outbox }
}
