import { readHandler, readOperation, tags, toResponse } from '../../../platform/http/kit.js'
import { WebhookSubscriptionSchema } from '../model.js'
import { getWebhookSubscription } from '../service.js'

export const route = readOperation('/v1/webhooks/{id}', {
  operationId: 'getWebhookSubscription', tags: [tags.webhooks], summary: '查看一个订阅 · Read a webhook subscription',
  description: '只有所有者（和管理员）可查看；不返回密钥。已停用的订阅在 disabledReason 中说明原因。\n\nOwner and admins only; never the secret. A disabled one says why in disabledReason.',
}, WebhookSubscriptionSchema, '订阅 · The subscription')

export const handler = readHandler(route, ({ sql, actor }, id) => getWebhookSubscription(sql, actor, id), (row) => toResponse(WebhookSubscriptionSchema, row))
