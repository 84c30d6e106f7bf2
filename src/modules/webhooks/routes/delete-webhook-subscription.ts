import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema, inDocumentOrder, jsonResponse, tags, toResponse, transitionErrors, type AppRouteHandler } from '../../../platform/http/kit.js'
import { actorOf } from '../../../platform/http/actor.js'
import { WebhookSubscriptionSchema } from '../model.js'
import { deleteWebhookSubscription } from '../service.js'

export const route = createRoute({
  method: 'delete',
  path: '/v1/webhooks/{id}',
  ...inDocumentOrder({
    operationId: 'deleteWebhookSubscription', tags: [tags.webhooks], summary: '删除订阅 · Delete a webhook subscription',
    description: '删除订阅及其投递记录，之后不再推送；返回被删除的订阅。\n\nDeletes the subscription and its delivery log; nothing more is sent. Answers the subscription as it was.',
  }),
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(WebhookSubscriptionSchema, '已删除的订阅 · The deleted subscription'), ...transitionErrors },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const row = await deleteWebhookSubscription(c.get('sql'), actorOf(c), c.req.valid('param').id)
  return c.json(toResponse(WebhookSubscriptionSchema, row), 200)
}
