import { objectResponse, tags, transitionHandler, transitionOperation } from '../../../../platform/http/kit.js'
import { ConsultationRatingSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { rateConsultation } from '../service.js'

export const route = transitionOperation('/v1/consultations/{id}/rating', {
  operationId: 'rateConsultation', tags: [tags.consultations], summary: '评价咨询 · Rate a completed consultation (the need\'s enterprise, once)',
  description: '需求所属企业：对已完成的咨询评价，只能评价一次。\n\nThe need\'s enterprise rates a completed consultation, once.',
}, { schema: ConsultationRatingSchema, description: '评分 · The rating' }, objectResponse(ConsultationSchema, '已评分 · Rated'))

export const handler = transitionHandler(route, ({ sql, actor, c }, id) => {
  const { rating, comment } = c.req.valid('json')
  return rateConsultation(sql, actor, id, { rating, comment: comment ?? '' })
}, toConsultationResponse)
