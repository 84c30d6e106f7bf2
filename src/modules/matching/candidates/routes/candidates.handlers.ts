import { rankCandidates } from '../service.js'
import { chargeEmbeddingNow, embeddingBudgetOf } from '../../embedding-budget.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { BudgetedEmbedder } from '../../embeddings/budgeted.js'
import type * as routes from './candidates.routes.js'

export const listCandidates: AppRouteHandler<typeof routes.listCandidates> = async (c) => {
  const { id } = c.req.valid('param')
  const { kinds, limit } = c.req.valid('query')
  const { fullText, embedder } = c.var.deps.retrievers(c.var.sql)
  // A need without a stored vector is embedded now, at the caller's expense; past the budget the
  // vector retriever is reported unavailable and the ranking comes from full text.
  const budget = embeddingBudgetOf(c.var.deps.config)
  const charged = budget
    ? new BudgetedEmbedder(embedder, (texts) => chargeEmbeddingNow(c.var.sql, c.var.principal.keyId, budget, texts))
    : embedder
  const answer = await rankCandidates({ sql: c.var.sql, logger: c.var.logger, fullText, embedder: charged }, c.var.principal, { needId: id, kinds, limit })
  return c.json({ needId: id, ...answer }, 200)
}
