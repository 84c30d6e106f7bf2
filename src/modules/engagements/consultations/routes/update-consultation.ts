import { tags, updateHandler, updateOperation } from '../../../../platform/http/kit.js'
import { ConsultationPatchSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { updateConsultation } from '../service.js'

export const route = updateOperation('/v1/consultations/{id}', {
  operationId: 'updateConsultation', tags: [tags.consultations], summary: '咨询改期 · Reschedule a scheduled consultation (either party)',
  description: '咨询双方：修改已预约咨询的时间或方式；需带 If-Match（当前 ETag），仅在已预约状态下可改，否则 409。\n\nRequires If-Match. Only while scheduled; otherwise 409.',
}, ConsultationPatchSchema, ConsultationSchema, '已改期 · Rescheduled')

export const handler = updateHandler(route, ({ sql, actor, c }, id, checkVersion) => updateConsultation(sql, actor, id, checkVersion, c.req.valid('json')), toConsultationResponse)
