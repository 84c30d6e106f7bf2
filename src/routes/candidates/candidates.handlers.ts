import { rankCandidates } from '../../domain/candidates.js'
import type { AppRouteHandler } from '../../lib/types.js'
import type * as routes from './candidates.routes.js'

export const listCandidates: AppRouteHandler<typeof routes.listCandidates> = async (c) => {
  const { id } = c.req.valid('param')
  const { kinds, limit } = c.req.valid('query')
  const retrievers = c.var.deps.retrievers(c.var.sql)
  const answer = await rankCandidates({ sql: c.var.sql, logger: c.var.logger, ...retrievers }, c.var.principal, { needId: id, kinds, limit })
  return c.json({ needId: id, ...answer }, 200)
}
