import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { ConsultationListQuerySchema, ConsultationPageSchema, toConsultationResponse } from '../model.js'
import { listConsultations } from '../service.js'

export const route = listOperation('/v1/consultations', {
  operationId: 'listConsultations', tags: [tags.consultations], summary: '咨询列表 · Consultations this key may see',
  description: '咨询双方看自己的咨询，园区工作人员看本园区的，管理员看全部。\n\nThe two parties see their own; park staff their park\'s; admins all.',
}, ConsultationListQuerySchema, ConsultationPageSchema, '一页咨询 · A page of consultations')

export const handler = listHandler(route, ({ sql, actor, c }) => listConsultations(sql, actor.principal, c.req.valid('query')), toConsultationResponse)
