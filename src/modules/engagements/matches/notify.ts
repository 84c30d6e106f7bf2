import type { NotificationType } from '../../../core/vocabulary.js'
import type { Actor } from '../../../platform/db/audit.js'
import type { Queryable } from '../../../platform/db/client.js'
import { notifyEngagement } from '../notify.js'
import type { MatchRow } from './model.js'

/** An invitation's parties told of it: the need's side and the answering expert, who reads the need while the invitation is live. */
export const notifyMatch = (tx: Queryable, actor: Actor | null, type: NotificationType, match: MatchRow) =>
  notifyEngagement(
    tx,
    actor,
    type,
    'match',
    { id: match.id, needId: match.needId, parkId: match.parkId, enterpriseId: match.enterpriseId, expertIds: [match.responderExpertId] },
    match.status === 'proposed' || match.status === 'accepted',
    {
      status: match.status,
      candidateKind: match.candidateKind,
      candidateId: match.candidateId,
      candidateName: match.candidateName,
      responderExpertId: match.responderExpertId,
      expiresAt: match.expiresAt.toISOString(),
      declineReason: match.declineReason,
    },
  )
