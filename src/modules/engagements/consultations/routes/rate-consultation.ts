import { objectResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ConsultationRatingSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { rateConsultation } from '../service.js'

export const route = transitionOperation(
  '/v1/consultations/{id}/rating',
  {
    operationId: 'rateConsultation',
    summary: '评价咨询 · Rate a completed consultation (the need\'s enterprise, once)',
    description: '需求所属企业：对已完成的咨询评价，只能评价一次。\n\n' + 'The need\'s enterprise rates a completed consultation, once.',
    tags: [tags.consultations],
  },
  { schema: ConsultationRatingSchema, description: '评分 · The rating' },
  objectResponse(ConsultationSchema, '已评分 · Rated'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  const row = await rateConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, { rating: body.rating, comment: body.comment ?? '' })
  return c.json(toConsultationResponse(row), 200, { etag: etagOf(row) })
}
