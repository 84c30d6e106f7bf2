import { readOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ConsultationSchema, toConsultationResponse } from '../model.js'
import { getConsultation } from '../service.js'

export const route = readOperation(
  '/v1/consultations/{id}',
  {
    operationId: 'getConsultation',
    summary: '查看一次咨询 · Read one consultation',
    description:
      '能在咨询列表中看到该咨询的密钥均可查看，并得到改期时 If-Match 要用的 ETag；看不到的咨询返回 404。\n\n' +
      'A consultation this key may see in the list, with its ETag for the If-Match of a reschedule; any other key gets 404.',
    tags: [tags.consultations],
  },
  ConsultationSchema,
  '咨询 · The consultation',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await getConsultation(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(toConsultationResponse(row), 200, { etag: etagOf(row) })
}
