import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ConsultationListQuerySchema, ConsultationPageSchema, toConsultationResponse } from '../model.js'
import { listConsultations } from '../service.js'

export const route = listOperation(
  '/v1/consultations',
  {
    operationId: 'listConsultations',
    summary: '咨询列表 · Consultations this key may see',
    description: '咨询双方看自己的咨询，园区工作人员看本园区的，管理员看全部。\n\n' + 'The two parties see their own; park staff their park\'s; admins all.',
    tags: [tags.consultations],
  },
  ConsultationListQuerySchema,
  ConsultationPageSchema,
  '一页咨询 · A page of consultations',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listConsultations(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toConsultationResponse) }, 200)
}
