import { actionOperation, objectResponse, tags, toResponse, transitionHandler } from '../../../platform/http/kit.js'
import { WebhookSubscriptionWithSecretSchema } from '../model.js'
import { rotateWebhookSecret } from '../service.js'

export const route = actionOperation('/v1/webhooks/{id}/rotate-secret', {
  operationId: 'rotateWebhookSecret', tags: [tags.webhooks], summary: '更换签名密钥 · Rotate the signing secret',
  description: '生成新的签名密钥并只返回这一次；旧密钥立即失效（之后的投递，包括重试，都用新密钥签名）。\n\nA new secret, shown this once; the old one stops signing at once (retries too are signed with the new one).',
}, objectResponse(WebhookSubscriptionWithSecretSchema, '订阅及新密钥 · The subscription with its new secret'))

export const handler = transitionHandler(route, ({ sql, actor }, id) => rotateWebhookSecret(sql, actor, id), (row) => toResponse(WebhookSubscriptionWithSecretSchema, row))
