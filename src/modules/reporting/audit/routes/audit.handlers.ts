import { auditChanges, auditEntityLabels, auditEntityName, readAuditTrail } from '../service.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './audit.routes.js'

export const listAuditEvents: AppRouteHandler<typeof routes.listAuditEvents> = async (c) => {
  const page = await readAuditTrail(c.var.sql, c.var.principal, c.req.valid('query'))
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: c.var.deps.config.REPORT_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' })
  return c.json(
    {
      total: page.total,
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        id: String(row.id),
        at: row.at.toISOString(),
        atLocal: local.format(row.at),
        actorKeyId: row.actorKeyId,
        actorRole: row.actorRole,
        actorKeyName: row.actorKeyName,
        actorOrganisation: row.actorOrganisation,
        action: row.action,
        entityType: row.entityType,
        entityTypeLabel: auditEntityLabels[row.entityType],
        entityId: row.entityId,
        entityName: auditEntityName(row.before, row.after),
        needTitle: row.needTitle,
        parkId: row.parkId,
        changes: auditChanges(row.before, row.after),
        before: row.before as Record<string, unknown> | null,
        after: row.after as Record<string, unknown> | null,
        requestId: row.requestId,
        clientRequestId: row.clientRequestId,
      })),
    },
    200,
  )
}
