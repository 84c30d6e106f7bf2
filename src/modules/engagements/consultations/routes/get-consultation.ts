import { readHandler, readOperation, tags } from '../../../../platform/http/kit.js'
import { ConsultationSchema, toConsultationResponse } from '../model.js'
import { getConsultation } from '../service.js'

export const route = readOperation('/v1/consultations/{id}', {
  operationId: 'getConsultation', tags: [tags.consultations], summary: '查看一次咨询 · Read one consultation',
  description: '能在咨询列表中看到该咨询的密钥均可查看，并得到改期时 If-Match 要用的 ETag；看不到的咨询返回 404。\n\nA consultation this key may see in the list, with its ETag for the If-Match of a reschedule; any other key gets 404.',
}, ConsultationSchema, '咨询 · The consultation')

export const handler = readHandler(route, ({ sql, actor }, id) => getConsultation(sql, actor.principal, id), toConsultationResponse)
