import { readIndexStatus } from '../service.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './index-status.routes.js'

export const getIndexStatus: AppRouteHandler<typeof routes.getIndexStatus> = async (c) => {
  const status = await readIndexStatus(c.var.sql, c.var.principal, c.var.deps.retrievers(c.var.sql).embedder.model)
  return c.json({ ...status, termStatisticsRefreshedAt: status.termStatisticsRefreshedAt?.toISOString() ?? null }, 200)
}
