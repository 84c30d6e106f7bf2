import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema, inDocumentOrder, jsonResponse, listHandler, tags, toResponse } from '../../../platform/http/kit.js'
import { authErrorResponses, commonErrorResponses, notFoundResponse } from '../../../platform/http/problem.js'
import { WebhookDeliveryListQuerySchema, WebhookDeliveryPageSchema, WebhookDeliverySchema } from '../model.js'
import { listWebhookDeliveries } from '../service.js'

export const route = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}/deliveries',
  ...inDocumentOrder({
    operationId: 'listWebhookDeliveries', tags: [tags.webhooks], summary: '投递记录 · Delivery log',
    description: '该订阅的每次事件投递：状态、尝试次数、最近的状态码和错误、下次尝试时间，以及最近的尝试记录。\n\nEach event delivered to this subscription: status, attempts, last status code and error, next attempt, and its latest attempts.',
  }),
  request: { params: IdParamSchema, query: WebhookDeliveryListQuerySchema },
  responses: { 200: jsonResponse(WebhookDeliveryPageSchema, '一页投递 · A page of deliveries'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})

export const handler = listHandler(
  route,
  ({ sql, actor, c }) => listWebhookDeliveries(sql, actor, c.req.valid('param').id, c.req.valid('query')),
  (row) => toResponse(WebhookDeliverySchema, row),
)
