import { z } from '@hono/zod-openapi'
import { toResponse } from '../../../core/entity.js'
import { type AuditEventRow, auditEntityTypes } from '../../../platform/db/audit.js'
import { auditChanges, auditEntityLabels, auditEntityName } from './service.js'
import { timestamp } from '../../../core/schemas.js'

const entityTypeList = auditEntityTypes.map((type) => `${type} (${auditEntityLabels[type]})`).join(', ')

const snapshot = (description: string) =>
  z.record(z.string(), z.unknown()).nullable().openapi({ description, example: { title: '高硫煤气化废水酚氨回收工艺优化', status: 'open' } })

export const AuditEventSchema = z
  .object({
    id: z.string().openapi({ description: '日志条目序号。Sequence number of the entry', example: '1024' }),
    at: timestamp('发生时间（UTC 时间）。When it happened (UTC)'),
    atLocal: z.string().openapi({ description: '发生时间（报表时区，默认北京时间）。when it happened in the report time zone (REPORT_TIME_ZONE)', example: '2026-12-05 09:30:12' }),
    actorKeyId: z.string().nullable().openapi({ description: '执行操作的 API 密钥 ID（系统操作时为 null）。API key that did it (null for the system)', example: '5b2d7e1a-3c4f-4a8b-9d0e-1f2a3b4c5d6e' }),
    actorRole: z.string().nullable().openapi({ description: '该密钥的角色。Role of that key', example: 'enterprise' }),
    actorKeyName: z.string().nullable().openapi({ description: '操作人：执行操作的 API 密钥名称（系统操作时为 null）。the name of the key that did it (null for the system)', example: '太原高新区 产业服务科 王敏' }),
    actorOrganisation: z.string().nullable().openapi({ description: '操作人所属：该密钥代表的园区、企业或专家（管理员和系统操作时为 null）。the park, enterprise or expert that key acts for (null for admins and the system)', example: '山西转型综改示范区' }),
    action: z.string().openapi({ description: '操作：对象类型.动作。What was done: entity.verb', example: 'need.update' }),
    entityType: z.enum(auditEntityTypes).openapi({ description: `对象类型。kind of object: ${entityTypeList}`, example: 'contract' }),
    entityTypeLabel: z.string().openapi({ description: '对象类型（中文）。the kind of object in Chinese', example: '技术合同' }),
    entityId: z.string().openapi({ description: '对象 ID。Id of the object', example: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90' }),
    entityName: z.string().nullable().openapi({ description: '对象名称：记录时对象的名称或标题。the title or name of the object as the entry recorded it', example: '高硫煤气化废水酚氨回收工艺优化' }),
    needTitle: z.string().nullable().openapi({ description: '所属技术需求：对象本身或其所属的技术需求（适用于技术需求、对接邀请、技术咨询和技术合同），显示其当前名称。the need the object is or belongs to (for needs, invitations, consultations and contracts), as it is titled now', example: '高硫煤气化废水酚氨回收工艺优化' }),
    parkId: z.string().nullable().openapi({ description: '对象所属园区 ID（如有）。Park the object belongs to, if any', example: 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f' }),
    changes: z
      .array(
        z.object({
          field: z.string().openapi({ description: '字段。the field', example: 'status' }),
          before: z.unknown().openapi({ description: '修改前的值（新建时为 null）。its value before (null on create)', example: 'submitted' }),
          after: z.unknown().openapi({ description: '修改后的值。its value after', example: 'verified' }),
        }),
      )
      .openapi({ description: '改动：本次写入改变的字段（新建时为设置的全部字段），不含 version 等内部记录字段。only the fields the write changed (every field it set, on a create), without bookkeeping such as version' }),
    before: snapshot('修改前的对象（新建时为 null）。The object before (null on create)'),
    after: snapshot('修改后的对象。The object after'),
    requestId: z.string().nullable().openapi({ description: '服务器为造成此次修改的请求分配的 ID（即响应头 X-Request-Id）。The server\'s id of the request that made the change (its X-Request-Id answer header)', example: 'f4b1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }),
    clientRequestId: z.string().nullable().openapi({ description: '客户端随该请求发送的 X-Request-Id（如有）。What the client sent as X-Request-Id with that request, if anything', example: 'erp-sync-2026-12-04-0017' }),
  })
  .openapi('AuditEvent', { description: '审计日志条目：一次写入操作的操作人、时间、内容及修改前后。One write: who, when, what, before and after' })

export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: '每页条数（1–100）。Page size (1–100)', example: 50 }),
  cursor: z.string().max(20).optional().openapi({ description: '翻页游标：填上一页返回的 `nextCursor`；取第一页时不填。The `nextCursor` of the previous page', example: '1024' }),
  entityType: z
    .string()
    .max(40)
    .optional()
    .openapi({ description: `只看此类对象，也可写复数或中文名称（如 contracts、合同）。only this kind of object: ${entityTypeList}; the plural or the Chinese label also work (contracts, 合同)`, example: 'contract' }),
  entityId: z.string().max(64).optional().openapi({ description: '只看该对象（对象 ID）。Only this object', example: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90' }),
})

export const AuditPageSchema = z
  .object({
    items: z.array(AuditEventSchema).openapi({ description: '本页日志，最新的在前。Newest first' }),
    nextCursor: z.string().nullable().openapi({ description: '更早日志的游标：作为 `cursor` 传入即取下一页；没有更早的日志时为 null。Pass as `cursor` for older entries', example: '1000' }),
    total: z.number().int().openapi({ description: '共计：符合筛选条件的日志条数（每页都返回）。entries matching the filters, on every page', example: 128 }),
  })
  .openapi('AuditPage', { description: '审计日志的一页。A page of the audit trail' })

type Snapshot = Record<string, unknown> | null

/**
 * An entry as a client reads it: its time also in the report time zone, the object's kind and
 * name for people, and the fields the write changed.
 */
export function toAuditEventResponse(timeZone: string) {
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' })
  return (row: AuditEventRow) =>
    toResponse(AuditEventSchema, {
      ...row,
      id: String(row.id),
      atLocal: local.format(row.at),
      entityTypeLabel: auditEntityLabels[row.entityType],
      entityName: auditEntityName(row.before, row.after),
      changes: auditChanges(row.before, row.after),
      before: row.before as Snapshot,
      after: row.after as Snapshot,
    })
}
