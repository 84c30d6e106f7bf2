import type { Notification } from '../../core/notifications.js'
import type { NeedVisibility, NotificationType } from '../../core/vocabulary.js'
import type { Actor } from '../../platform/db/audit.js'
import type { Queryable } from '../../platform/db/client.js'
import { publish } from '../../platform/db/events.js'

/** An engagement as a notification names it: its parties and the need it hangs on. */
export interface NotifiedEngagement {
  id: string
  needId: string
  parkId: string
  enterpriseId: string
  /** The experts who are its parties: a responder, a proposer, a consulting or contracted expert. */
  expertIds: string[]
}

/**
 * Tells the parties of an invitation, proposal, consultation or contract what happened to it, in
 * the change's transaction. `expertsMayRead` says whether the engagement still lets its experts
 * read the need (a live invitation or proposal, an accepted one); a public need they read anyway.
 */
export async function notifyEngagement(
  tx: Queryable,
  actor: Actor | null,
  type: NotificationType,
  kind: Notification['subject']['kind'],
  engagement: NotifiedEngagement,
  expertsMayRead: boolean,
  data: Notification['data'],
): Promise<void> {
  const [need] = await tx<{ title: string; visibility: NeedVisibility }[]>`select title, visibility from needs where id = ${engagement.needId}`
  await publish(tx, actor ?? systemActor, 'notification', {
    type,
    subject: { kind, id: engagement.id },
    audience: { parkId: engagement.parkId, enterpriseId: engagement.enterpriseId, expertIds: engagement.expertIds },
    need: { id: engagement.needId, title: need!.title, visibility: need!.visibility, expertsMayRead: expertsMayRead || need!.visibility === 'public' },
    data,
  })
}

/** The actor of what the service does by itself (expiry, reminders, auto-next), as auto-next names it: no real key. */
const systemActor: Actor = { principal: { role: 'admin', keyId: '00000000-0000-0000-0000-000000000000' } }
