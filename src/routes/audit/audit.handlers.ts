import { readAuditTrail } from '../../domain/audit.js'
import type { AppRouteHandler } from '../../lib/types.js'
import type * as routes from './audit.routes.js'

export const listAuditEvents: AppRouteHandler<typeof routes.listAuditEvents> = async (c) => {
  const page = await readAuditTrail(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json(
    {
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        ...row,
        id: String(row.id),
        at: row.at.toISOString(),
        before: row.before as Record<string, unknown> | null,
        after: row.after as Record<string, unknown> | null,
      })),
    },
    200,
  )
}
