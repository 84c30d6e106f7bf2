/** The webhooks module as other modules see it: everything else in src/modules/webhooks/ is its own. */
export { subscribeWebhooks } from './subscriptions.js'
export { type DeliverOptions, type DeliverResult, deliverWebhooks } from './delivery.js'
export { registerWebhookCatalogue } from './catalogue.js'
