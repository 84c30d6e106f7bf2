import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ConsultationCompleteSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { completeConsultation } from '../service.js'

export const route = transitionOperation('/v1/consultations/{id}/complete', {
  operationId: 'completeConsultation', tags: [tags.consultations], summary: '登记咨询完成 · Record a held consultation (the consulting expert)',
  description: '咨询专家：登记已举行的咨询（时间、时长、纪要与备注）。\n\nscheduled → completed with when, hours, summary and notes. Of two racing transitions one wins; the other gets 409.',
}, { schema: ConsultationCompleteSchema, description: '咨询内容 · What was done' }, objectResponse(ConsultationSchema, '已完成 · Completed'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => {
  const held = c.req.valid('json')
  return completeConsultation(sql, actor, id, { ...held, expertNotes: held.expertNotes ?? '' })
}, toConsultationResponse)
