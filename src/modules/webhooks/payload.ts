import type { Notification } from '../../core/notifications.js'

/** What a receiver gets: the body of every delivery (Standard Webhooks' `type`, `timestamp`, `data`). */
export interface WebhookPayload {
  type: string
  /** ISO 8601: when the event happened. */
  timestamp: string
  data: Record<string, unknown>
}

/**
 * The body for one subscriber: the subject's id (`matchId`, `contractId` …), the publisher's facts
 * and the need, titled only for a subscriber who may read it (`withTitle`). Nothing else of the
 * need's text ever goes out.
 */
export function notificationPayload(n: Notification, at: Date, withTitle: boolean): WebhookPayload {
  const need = withTitle ? { id: n.need.id, title: n.need.title } : { id: n.need.id }
  return { type: n.type, timestamp: at.toISOString(), data: { [`${n.subject.kind}Id`]: n.subject.id, ...n.data, need } }
}

