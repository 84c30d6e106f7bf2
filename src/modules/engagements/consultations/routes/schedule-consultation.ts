import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import { IdParamSchema, IdempotencyHeaderSchema, jsonBody, objectResponse, transitionErrors } from '../../../../platform/http/operations.js'
import { idempotencyResponses } from '../../../../platform/http/problem.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { ConsultationCreateSchema, ConsultationSchema, toConsultationResponse } from '../model.js'
import { scheduleConsultation } from '../service.js'

export const route = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/consultations',
  operationId: 'scheduleConsultation',
  summary: '预约咨询 · Schedule a consultation on an accepted invitation',
  description:
    '需求所属企业、应邀专家或管理员：在已接受的邀请上预约一次咨询（时间与方式）；邀请未被接受返回 409。\n\n' +
    'The need\'s enterprise, the answering expert or an admin. The invitation must be accepted (else 409 with `currentState`).',
  tags: [tags.consultations],
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(ConsultationCreateSchema, '时间与方式 · When and how') },
  responses: { 201: objectResponse(ConsultationSchema, '已预约 · Scheduled'), ...transitionErrors, ...idempotencyResponses },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const row = await scheduleConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, body)
    return c.json(toConsultationResponse(row), 201, { etag: etagOf(row), location: `/v1/consultations/${row.id}` })
  })
}
