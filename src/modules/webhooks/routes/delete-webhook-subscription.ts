import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema, inDocumentOrder, tags, transitionErrors, type AppRouteHandler } from '../../../platform/http/kit.js'
import { actorOf } from '../../../platform/http/actor.js'
import { deleteWebhookSubscription } from '../service.js'

export const route = createRoute({
  method: 'delete',
  path: '/v1/webhooks/{id}',
  ...inDocumentOrder({
    operationId: 'deleteWebhookSubscription', tags: [tags.webhooks], summary: '删除订阅 · Delete a webhook subscription',
    description: '删除订阅及其投递记录，之后不再推送。\n\nDeletes the subscription and its delivery log; nothing more is sent.',
  }),
  request: { params: IdParamSchema },
  responses: { 204: { description: '已删除 · Deleted' }, ...transitionErrors },
})

export const handler: AppRouteHandler<typeof route> = async (c) => {
  await deleteWebhookSubscription(c.var.sql, actorOf(c), c.req.valid('param').id)
  return c.body(null, 204)
}
