import { objectResponse, transitionOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ConsultationCompleteSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { completeConsultation } from '../service.js'

export const route = transitionOperation(
  '/v1/consultations/{id}/complete',
  {
    operationId: 'completeConsultation',
    summary: '登记咨询完成 · Record a held consultation (the consulting expert)',
    description:
      '咨询专家：登记已举行的咨询（时间、时长、纪要与备注）。\n\n' +
      'scheduled → completed with when, hours, summary and notes. Of two racing transitions one wins; the other gets 409.',
    tags: [tags.consultations],
  },
  { schema: ConsultationCompleteSchema, description: '咨询内容 · What was done' },
  objectResponse(ConsultationSchema, '已完成 · Completed'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  const row = await completeConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, { ...body, expertNotes: body.expertNotes ?? '' })
  return c.json(toConsultationResponse(row), 200, { etag: etagOf(row) })
}
