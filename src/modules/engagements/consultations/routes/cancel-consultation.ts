import { objectResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ConsultationCancelSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { cancelConsultation } from '../service.js'

export const route = transitionOperation(
  '/v1/consultations/{id}/cancel',
  {
    operationId: 'cancelConsultation',
    summary: '取消咨询 · Cancel a scheduled consultation (either party)',
    description: '咨询双方：填写理由，取消一次已预约的咨询。\n\n' + 'Either party cancels a scheduled consultation, giving a reason.',
    tags: [tags.consultations],
  },
  { schema: ConsultationCancelSchema, description: '理由 · The reason' },
  objectResponse(ConsultationSchema, '已取消 · Cancelled'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await cancelConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, c.req.valid('json').reason)
  return c.json(toConsultationResponse(row), 200, { etag: etagOf(row) })
}
