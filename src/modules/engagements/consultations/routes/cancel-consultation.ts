import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ConsultationCancelSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { cancelConsultation } from '../service.js'

export const route = transitionOperation('/v1/consultations/{id}/cancel', {
  operationId: 'cancelConsultation', tags: [tags.consultations], summary: '取消咨询 · Cancel a scheduled consultation (either party)',
  description: '咨询双方：填写理由，取消一次已预约的咨询。\n\nEither party cancels a scheduled consultation, giving a reason.',
}, { schema: ConsultationCancelSchema, description: '理由 · The reason' }, objectResponse(ConsultationSchema, '已取消 · Cancelled'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => cancelConsultation(sql, actor, id, c.req.valid('json').reason), toConsultationResponse)
