import { listHandler, listOperation, tags, toResponse } from '../../../platform/http/kit.js'
import { WebhookSubscriptionListQuerySchema, WebhookSubscriptionPageSchema, WebhookSubscriptionSchema } from '../model.js'
import { listWebhookSubscriptions } from '../service.js'

export const route = listOperation('/v1/webhooks', {
  operationId: 'listWebhookSubscriptions', tags: [tags.webhooks], summary: '我的事件推送订阅 · List webhook subscriptions',
  description: '列出当前密钥所代表的主体的订阅（不含密钥）；管理员看全部。\n\nThe subscriptions of this key\'s principal (without secrets); admins see all.',
}, WebhookSubscriptionListQuerySchema, WebhookSubscriptionPageSchema, '一页订阅 · A page of subscriptions')

export const handler = listHandler(route, ({ sql, actor, c }) => listWebhookSubscriptions(sql, actor, c.req.valid('query')), (row) => toResponse(WebhookSubscriptionSchema, row))
