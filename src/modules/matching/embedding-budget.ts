import type { Config } from '../../platform/config.js'
import type { Queryable } from '../../platform/db/client.js'
import { type BucketUsage, chargeUsage, countIndexedWrites } from '../../platform/db/rate-limits.js'
import { DomainError } from '../../core/errors.js'
import type { AppBindings } from '../../platform/http/types.js'
import { BudgetedEmbedder } from './embeddings/budgeted.js'

export const embeddingBucket = 'embedding'
const dayInSeconds = 24 * 60 * 60

export interface EmbeddingBudget {
  /** Texts per key per window. */
  quota: number
  windowSeconds: number
  /** Needs the provider is given, by visibility; writes to the others cost nothing. */
  sharedNeedVisibilities: readonly string[]
}

/**
 * The daily budget of texts a key may have embedded by the paid provider, or null when nothing is
 * budgeted: the local embedder (no cost) or EMBEDDING_DAILY_BUDGET=0.
 */
export function embeddingBudgetOf(
  config: Pick<Config, 'OPENAI_API_KEY' | 'EMBEDDING_DAILY_BUDGET' | 'EMBEDDING_PROVIDER_NEED_VISIBILITY'>,
): EmbeddingBudget | null {
  if (!config.OPENAI_API_KEY || config.EMBEDDING_DAILY_BUDGET === 0) return null
  return { quota: config.EMBEDDING_DAILY_BUDGET, windowSeconds: dayInSeconds, sharedNeedVisibilities: config.EMBEDDING_PROVIDER_NEED_VISIBILITY }
}

export function embeddingCharge(budget: EmbeddingBudget, texts: number) {
  return { bucket: embeddingBucket, windowSeconds: budget.windowSeconds, cost: texts }
}

export function budgetExhausted(budget: EmbeddingBudget, usage: BucketUsage, headers: Record<string, string> = {}): DomainError {
  return new DomainError(
    'embedding_budget_exhausted',
    `This key has had ${usage.used} texts embedded in the last day (EMBEDDING_DAILY_BUDGET is ${budget.quota}); writes that change searchable text resume when the budget renews`,
    { headers: { ...headers, 'retry-after': String(usage.resetSeconds) } },
  )
}

/**
 * Charges the texts a finished request queued for embedding (its writes to search documents).
 * Charged after the fact, so the request that crosses the budget is served in full: one bulk
 * import can overshoot by its own size, and the next write is refused.
 */
export async function chargeQueuedEmbeddings(sql: Queryable, keyId: string, requestId: string, budget: EmbeddingBudget): Promise<number> {
  const texts = await countIndexedWrites(sql, keyId, requestId, budget.sharedNeedVisibilities)
  if (texts > 0) await chargeUsage(sql, keyId, [embeddingCharge(budget, texts)])
  return texts
}

/**
 * Charges texts about to be embedded right away (a need without a stored vector, ranked); false
 * when that goes over the budget and they must not be sent. Charged first, so racing requests
 * cannot both spend the last unit; a refused charge stays counted until the window renews.
 */
export async function chargeEmbeddingNow(sql: Queryable, keyId: string, budget: EmbeddingBudget, texts: number): Promise<boolean> {
  const [usage] = await chargeUsage(sql, keyId, [embeddingCharge(budget, texts)])
  return usage!.used <= budget.quota
}

/**
 * What a ranking asked through the API searches with: the request's retrievers, its embedder
 * charged to the asking key. A query not embedded yet (a need without a stored vector, a need's
 * aspect) is embedded now at the caller's expense; past the budget the vector retriever is
 * reported unavailable and the ranking comes from full text.
 */
export function chargedRankingDeps(vars: Pick<AppBindings['Variables'], 'sql' | 'deps' | 'principal' | 'logger'>) {
  const { sql, deps, principal, logger } = vars
  const { fullText, embedder, retrievalCache } = deps.retrievers(sql)
  const budget = embeddingBudgetOf(deps.config)
  const charged = budget ? new BudgetedEmbedder(embedder, (texts) => chargeEmbeddingNow(sql, principal.keyId, budget, texts)) : embedder
  return { sql, logger, fullText, embedder: charged, retrievalCache }
}
