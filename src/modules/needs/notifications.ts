import type { Notification } from '../../core/notifications.js'
import { type NotificationType, needVisibilitiesForAllExperts } from '../../core/vocabulary.js'
import type { Actor } from '../../platform/db/audit.js'
import type { Queryable } from '../../platform/db/client.js'
import { publish } from '../../platform/db/events.js'
import type { NeedRow } from './model.js'

/** What a change of a need tells its side (its enterprise, its park staff, admins), in the change's transaction. */
export async function notifyNeedChange(tx: Queryable, actor: Actor, before: NeedRow, after: NeedRow): Promise<void> {
  const now = Date.now()
  const wasTakingProposals = before.proposalsCloseAt !== null && before.proposalsCloseAt.getTime() > now
  const types: NotificationType[] = []
  if (before.status === 'draft' && after.status === 'open') types.push('need.published')
  else if (after.status !== before.status) types.push('need.status_changed')
  if (after.proposalsCloseAt !== null && (!wasTakingProposals || after.proposalsCloseAt.getTime() !== before.proposalsCloseAt?.getTime())) types.push('need.proposals_opened')
  for (const type of types) await publish(tx, actor, 'notification', needNotification(type, before, after))
}

function needNotification(type: NotificationType, before: NeedRow, after: NeedRow): Notification {
  return {
    type,
    subject: { kind: 'need', id: after.id },
    audience: { parkId: after.parkId, enterpriseId: after.enterpriseId, expertIds: [] },
    need: { id: after.id, title: after.title, visibility: after.visibility, expertsMayRead: needVisibilitiesForAllExperts.includes(after.visibility) },
    data: {
      status: after.status,
      previousStatus: before.status,
      visibility: after.visibility,
      proposalsCloseAt: after.proposalsCloseAt?.toISOString() ?? null,
    },
  }
}
