import { subscribe } from '../../platform/db/events.js'
import { fanOutNotification } from './fanout.js'

/** Webhooks record what their subscribers are to be told (see core/events.ts); called once, by src/modules/index.ts. */
export function subscribeWebhooks(): void {
  subscribe('notification', fanOutNotification)
}
