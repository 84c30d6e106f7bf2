import { createHandler, createOperation, tags, toResponse } from '../../../platform/http/kit.js'
import { WebhookSubscriptionCreateSchema, WebhookSubscriptionWithSecretSchema } from '../model.js'
import { createWebhookSubscription } from '../service.js'
import { targetPolicy } from './policy.js'

export const route = createOperation('/v1/webhooks', {
  operationId: 'createWebhookSubscription', tags: [tags.webhooks], summary: '订阅事件推送 · Subscribe to webhooks',
  description: '为当前密钥所代表的企业、专家、园区或管理员新建订阅：企业收到自己需求的事件，专家收到自己的邀请、揭榜和合同事件，园区工作人员收到本园区的事件，管理员收到全部。签名密钥只在这里返回一次。网址不能指向本机、内网、链路本地或云元数据地址（400，说明原因）。\n\nCreates a subscription owned by this key\'s enterprise, expert, park or admin role; the secret is returned only here. URLs pointing at loopback, private, link-local or metadata addresses get 400 saying why.',
}, { schema: WebhookSubscriptionCreateSchema, description: '订阅 · The subscription' }, WebhookSubscriptionWithSecretSchema)

export const handler = createHandler(
  route,
  (caller) => createWebhookSubscription(caller.sql, caller.actor, targetPolicy(caller), caller.c.req.valid('json')),
  (row) => toResponse(WebhookSubscriptionWithSecretSchema, row),
  (row) => `/v1/webhooks/${row.id}`,
)
