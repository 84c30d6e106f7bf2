import { operationsRouter } from '../../../platform/http/kit.js'
import * as createWebhookSubscription from './create-webhook-subscription.js'
import * as deleteWebhookSubscription from './delete-webhook-subscription.js'
import * as getWebhookSubscription from './get-webhook-subscription.js'
import * as listWebhookDeliveries from './list-webhook-deliveries.js'
import * as listWebhookSubscriptions from './list-webhook-subscriptions.js'
import * as redeliverWebhook from './redeliver-webhook.js'
import * as rotateWebhookSecret from './rotate-webhook-secret.js'
import * as updateWebhookSubscription from './update-webhook-subscription.js'

export const webhooksRouter = operationsRouter(
  listWebhookSubscriptions,
  createWebhookSubscription,
  getWebhookSubscription,
  updateWebhookSubscription,
  deleteWebhookSubscription,
  rotateWebhookSecret,
  listWebhookDeliveries,
  redeliverWebhook,
)
