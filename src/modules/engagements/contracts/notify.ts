import type { NotificationType } from '../../../core/vocabulary.js'
import type { Actor } from '../../../platform/db/audit.js'
import type { Queryable } from '../../../platform/db/client.js'
import { notifyEngagement } from '../notify.js'
import type { ContractRow } from './model.js'

/** A contract's parties and its reviewing park told of it; it follows an accepted invitation, which lets its expert read the need. */
export const notifyContract = (tx: Queryable, actor: Actor | null, type: NotificationType, contract: ContractRow, comment: string | null = null) =>
  notifyEngagement(
    tx,
    actor,
    type,
    'contract',
    { id: contract.id, needId: contract.needId, parkId: contract.parkId, enterpriseId: contract.enterpriseId, expertIds: [contract.expertId] },
    true,
    {
      status: contract.status,
      reviewStatus: contract.reviewStatus,
      revision: contract.revision,
      title: contract.title,
      valueFen: contract.valueFen,
      reviewComment: comment,
    },
  )
