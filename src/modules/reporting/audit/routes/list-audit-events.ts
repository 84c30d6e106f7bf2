import { type AppRouteHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { AuditPageSchema, AuditQuerySchema, toAuditEventResponse } from '../model.js'
import { readAuditTrail } from '../service.js'

export const route = listOperation('/v1/audit-events', {
  operationId: 'listAuditEvents', tags: [tags.audit], summary: '查看审计日志 · Read the audit trail',
  description: '谁在何时改了什么：每条记录列出改动的字段（改前、改后）、对象名称与类型、操作人及其所属单位，时间另附北京时间；可按对象类型（如 合同、需求）或对象 id 筛选。管理员可看全部，园区工作人员只看本园区，其他角色 403。\n\nWho changed what, and when: each entry lists the changed fields (before and after), the object\'s name and kind, the acting key and whom it acts for, and the time in the report time zone. Filter by kind (contract, 合同, contracts) or by object id. Admins read every entry; park staff the entries of their park; other roles get 403.',
}, AuditQuerySchema, AuditPageSchema, '审计记录，最新在前 · Entries, newest first')

// Not listHandler: an entry's local time is in the configured report time zone.
export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { items, total, nextCursor } = await readAuditTrail(c.get('sql'), c.get('principal'), c.req.valid('query'))
  return c.json({ total, nextCursor, items: items.map(toAuditEventResponse(c.get('deps').config.REPORT_TIME_ZONE)) }, 200)
}
