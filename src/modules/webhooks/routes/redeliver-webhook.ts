import { createRoute } from '@hono/zod-openapi'
import { inDocumentOrder, jsonResponse, tags, toResponse, transitionErrors, type AppRouteHandler } from '../../../platform/http/kit.js'
import { actorOf } from '../../../platform/http/actor.js'
import { DeliveryParamSchema, WebhookDeliverySchema } from '../model.js'
import { redeliverWebhook } from '../service.js'

export const route = createRoute({
  method: 'post',
  path: '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
  ...inDocumentOrder({
    operationId: 'redeliverWebhook', tags: [tags.webhooks], summary: '手动重发 · Redeliver',
    description: '把一次投递重新排队并尽快发送，内容和 webhook-id 都不变（接收方据此去重），并重新计算 24 小时的重试期。订阅已停用时 409。\n\nQueues one delivery again, sent shortly with the same body and webhook-id (receivers dedupe by it), with a new day of retries. 409 while the subscription is disabled.',
  }),
  request: { params: DeliveryParamSchema },
  responses: { 202: jsonResponse(WebhookDeliverySchema, '已重新排队 · Queued again'), ...transitionErrors },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { id, deliveryId } = c.req.valid('param')
  const row = await redeliverWebhook(c.get('sql'), actorOf(c), id, deliveryId)
  return c.json(toResponse(WebhookDeliverySchema, row), 202)
}
