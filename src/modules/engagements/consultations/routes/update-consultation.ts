import { updateOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ConsultationPatchSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { updateConsultation } from '../service.js'

export const route = updateOperation(
  '/v1/consultations/{id}',
  {
    operationId: 'updateConsultation',
    summary: '咨询改期 · Reschedule a scheduled consultation (either party)',
    description: '咨询双方：修改已预约咨询的时间或方式；需带 If-Match（当前 ETag），仅在已预约状态下可改，否则 409。\n\n' + 'Requires If-Match. Only while scheduled; otherwise 409.',
    tags: [tags.consultations],
  },
  ConsultationPatchSchema,
  ConsultationSchema,
  '已改期 · Rescheduled',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const row = await updateConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toConsultationResponse(row), 200, { etag: etagOf(row) })
}
