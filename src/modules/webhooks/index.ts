/** The webhooks module as other modules see it: everything else in src/modules/webhooks/ is its own. */
export { subscribeWebhooks } from './subscriptions.js'
