import { tags, toResponse, updateHandler, updateOperation } from '../../../platform/http/kit.js'
import { WebhookSubscriptionPatchSchema, WebhookSubscriptionSchema } from '../model.js'
import { updateWebhookSubscription } from '../service.js'
import { targetPolicy } from './policy.js'

export const route = updateOperation('/v1/webhooks/{id}', {
  operationId: 'updateWebhookSubscription', tags: [tags.webhooks], summary: '修改订阅 · Change a webhook subscription',
  description: '修改网址、事件类型、备注，或停用 / 重新启用（status）。重新启用会清除停用原因，待投递的事件重新开始投递。需带 If-Match。\n\nChange the URL, event types or description, or pause / re-enable (status); re-enabling clears the reason and resumes pending deliveries. Requires If-Match.',
}, WebhookSubscriptionPatchSchema, WebhookSubscriptionSchema, '修改后的订阅 · The changed subscription')

export const handler = updateHandler(
  route,
  (caller, id, checkVersion) => updateWebhookSubscription(caller.sql, caller.actor, targetPolicy(caller), id, checkVersion, caller.c.req.valid('json')),
  (row) => toResponse(WebhookSubscriptionSchema, row),
)
