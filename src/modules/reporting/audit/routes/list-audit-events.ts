import type { z } from '@hono/zod-openapi'
import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { AuditEventSchema, AuditPageSchema, AuditQuerySchema } from '../model.js'
import { auditChanges, auditEntityLabels, auditEntityName, readAuditTrail } from '../service.js'

export const route = listOperation(
  '/v1/audit-events',
  {
    operationId: 'listAuditEvents',
    summary: '查看审计日志 · Read the audit trail',
    description:
      '谁在何时改了什么：每条记录列出改动的字段（改前、改后）、对象名称与类型、操作人及其所属单位，时间另附北京时间；可按对象类型（如 合同、需求）或对象 id 筛选。管理员可看全部，园区工作人员只看本园区，其他角色 403。\n\n' +
      'Who changed what, and when: each entry lists the changed fields (before and after), the object\'s name and kind, the acting key and whom it acts for, and the time in the report time zone. Filter by kind (contract, 合同, contracts) or by object id. Admins read every entry; park staff the entries of their park; other roles get 403.',
    tags: [tags.audit],
  },
  AuditQuerySchema,
  AuditPageSchema,
  '审计记录，最新在前 · Entries, newest first',
)

type Snapshot = Record<string, unknown> | null
// Typed as the schema's own: toResponse's JSON type reads the nullable snapshots as possibly strings.
type AuditEvent = z.infer<typeof AuditEventSchema>

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await readAuditTrail(c.var.sql, c.var.principal, c.req.valid('query'))
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: c.var.deps.config.REPORT_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' })
  const items = page.items.map((row) =>
    toResponse(AuditEventSchema, {
      ...row,
      id: String(row.id),
      atLocal: local.format(row.at),
      entityTypeLabel: auditEntityLabels[row.entityType],
      entityName: auditEntityName(row.before, row.after),
      changes: auditChanges(row.before, row.after),
      before: row.before as Snapshot,
      after: row.after as Snapshot,
    }) as AuditEvent,
  )
  return c.json({ total: page.total, nextCursor: page.nextCursor, items }, 200)
}
