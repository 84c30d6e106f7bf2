import type { NotificationType } from '../../../core/vocabulary.js'
import type { Actor } from '../../../platform/db/audit.js'
import type { Queryable } from '../../../platform/db/client.js'
import { notifyEngagement } from '../notify.js'
import type { ConsultationRow } from './model.js'

/** A consultation's parties told of it; it follows an accepted invitation, which lets its expert read the need. */
export const notifyConsultation = (tx: Queryable, actor: Actor | null, type: NotificationType, consultation: ConsultationRow) =>
  notifyEngagement(
    tx,
    actor,
    type,
    'consultation',
    { id: consultation.id, needId: consultation.needId, parkId: consultation.parkId, enterpriseId: consultation.enterpriseId, expertIds: [consultation.expertId] },
    true,
    {
      status: consultation.status,
      matchId: consultation.matchId,
      expertId: consultation.expertId,
      mode: consultation.mode,
      scheduledAt: consultation.scheduledAt.toISOString(),
      cancelReason: consultation.cancelReason,
    },
  )
