import type { Queryable } from '../../../platform/db/client.js'
import { indexCounts } from './queries.js'
import type { IndexCounts } from './model.js'
import { requireRole } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'

export interface IndexStatus extends IndexCounts {
  /** Nothing waits to be indexed and the term statistics count every document: answers will not move on their own. */
  settled: boolean
  /** The embedding model new vectors are made with. */
  embeddingModel: string
}

/**
 * Whether the search index has caught up with the registry. Rankings change until it has: a new
 * expert is found once its outbox job ran, and ranked with its true weight once the term
 * statistics were taken again. Admins and park staff (who import and then want to know when
 * matching reflects it) may ask.
 */
export async function readIndexStatus(sql: Queryable, principal: Principal, embeddingModel: string): Promise<IndexStatus> {
  requireRole(principal, ['admin', 'park_staff'], 'read the index status')
  const counts = await indexCounts(sql)
  return { ...counts, embeddingModel, settled: counts.outbox.pending === 0 && !counts.termStatisticsStale }
}
