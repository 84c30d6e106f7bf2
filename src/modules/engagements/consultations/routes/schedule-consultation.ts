import { createHandler, createUnderOperation, objectResponse, tags } from '../../../../platform/http/kit.js'
import { ConsultationCreateSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { scheduleConsultation } from '../service.js'

export const route = createUnderOperation('/v1/matches/{id}/consultations', {
  operationId: 'scheduleConsultation', tags: [tags.consultations], summary: '预约咨询 · Schedule a consultation on an accepted invitation',
  description: '需求所属企业、应邀专家或管理员：在已接受的邀请上预约一次咨询（时间与方式）；邀请未被接受返回 409。\n\nThe need\'s enterprise, the answering expert or an admin. The invitation must be accepted (else 409 with `currentState`).',
}, { schema: ConsultationCreateSchema, description: '时间与方式 · When and how' }, objectResponse(ConsultationSchema, '已预约 · Scheduled'))

export const handler = createHandler(
  route,
  ({ sql, actor, c }) => scheduleConsultation(sql, actor, c.req.valid('param').id, c.req.valid('json')),
  toConsultationResponse,
  (consultation) => `/v1/consultations/${consultation.id}`,
)
