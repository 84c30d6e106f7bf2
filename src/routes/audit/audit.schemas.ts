import { z } from '@hono/zod-openapi'
import { auditEntityTypes } from '../../db/audit.js'
import { auditEntityLabels } from '../../domain/audit.js'
import { timestamp } from '../../lib/schemas.js'

const entityTypeList = auditEntityTypes.map((type) => `${type} (${auditEntityLabels[type]})`).join(', ')

const snapshot = (description: string) =>
  z.record(z.string(), z.unknown()).nullable().openapi({ description, example: { title: '高硫煤气化废水酚氨回收工艺优化', status: 'open' } })

export const AuditEventSchema = z
  .object({
    id: z.string().openapi({ description: 'Sequence number of the entry', example: '1024' }),
    at: timestamp('When it happened (UTC)'),
    atLocal: z.string().openapi({ description: '时间（报表时区，默认北京时间） · when it happened in the report time zone (REPORT_TIME_ZONE)', example: '2026-12-05 09:30:12' }),
    actorKeyId: z.string().nullable().openapi({ description: 'API key that did it (null for the system)', example: '5b2d7e1a-3c4f-4a8b-9d0e-1f2a3b4c5d6e' }),
    actorRole: z.string().nullable().openapi({ description: 'Role of that key', example: 'enterprise' }),
    actorKeyName: z.string().nullable().openapi({ description: '操作人 · the name of the key that did it (null for the system)', example: '太原高新区 产业服务科 王敏' }),
    actorOrganisation: z
      .string()
      .nullable()
      .openapi({ description: '操作人所属 · the park, enterprise or expert that key acts for (null for admins and the system)', example: '山西转型综改示范区' }),
    action: z.string().openapi({ description: 'What was done: entity.verb', example: 'need.update' }),
    entityType: z.enum(auditEntityTypes).openapi({ description: `对象类型 · kind of object: ${entityTypeList}`, example: 'contract' }),
    entityTypeLabel: z.string().openapi({ description: '对象类型（中文） · the kind of object in Chinese', example: '技术合同' }),
    entityId: z.string().openapi({ description: 'Id of the object', example: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90' }),
    entityName: z.string().nullable().openapi({ description: '对象名称 · the title or name of the object as the entry recorded it', example: '高硫煤气化废水酚氨回收工艺优化' }),
    needTitle: z
      .string()
      .nullable()
      .openapi({ description: '所属需求 · the need the object is or belongs to (for needs, invitations, consultations and contracts), as it is titled now', example: '高硫煤气化废水酚氨回收工艺优化' }),
    parkId: z.string().nullable().openapi({ description: 'Park the object belongs to, if any', example: 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f' }),
    changes: z
      .array(
        z.object({
          field: z.string().openapi({ description: '字段 · the field', example: 'status' }),
          before: z.unknown().openapi({ description: '修改前 · its value before (null on create)', example: 'submitted' }),
          after: z.unknown().openapi({ description: '修改后 · its value after', example: 'verified' }),
        }),
      )
      .openapi({ description: '改动 · only the fields the write changed (every field it set, on a create), without bookkeeping such as version' }),
    before: snapshot('The object before (null on create)'),
    after: snapshot('The object after'),
    requestId: z.string().nullable().openapi({ description: 'The server\'s id of the request that made the change (its X-Request-Id answer header)', example: 'f4b1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }),
    clientRequestId: z.string().nullable().openapi({ description: 'What the client sent as X-Request-Id with that request, if anything', example: 'erp-sync-2026-12-04-0017' }),
  })
  .openapi('AuditEvent', { description: 'One write: who, when, what, before and after' })

export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size (1–100)', example: 50 }),
  cursor: z.string().max(20).optional().openapi({ description: 'The `nextCursor` of the previous page', example: '1024' }),
  entityType: z
    .string()
    .max(40)
    .optional()
    .openapi({ description: `只看此类对象 · only this kind of object: ${entityTypeList}; the plural or the Chinese label also work (contracts, 合同)`, example: 'contract' }),
  entityId: z.string().max(64).optional().openapi({ description: 'Only this object', example: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90' }),
})

export const AuditPageSchema = z
  .object({
    items: z.array(AuditEventSchema).openapi({ description: 'Newest first' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for older entries', example: '1000' }),
    total: z.number().int().openapi({ description: '共计 · entries matching the filters, on every page', example: 128 }),
  })
  .openapi('AuditPage', { description: 'A page of the audit trail' })
