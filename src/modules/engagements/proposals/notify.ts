import type { NotificationType } from '../../../core/vocabulary.js'
import type { Actor } from '../../../platform/db/audit.js'
import type { Queryable } from '../../../platform/db/client.js'
import { notifyEngagement } from '../notify.js'
import type { ProposalRow } from './model.js'

/** A proposal's parties told of it: the need's side and the proposing expert, who reads the need while the proposal is live. */
export const notifyProposal = (tx: Queryable, actor: Actor | null, type: NotificationType, proposal: ProposalRow) =>
  notifyEngagement(
    tx,
    actor,
    type,
    'proposal',
    { id: proposal.id, needId: proposal.needId, parkId: proposal.parkId, enterpriseId: proposal.enterpriseId, expertIds: [proposal.proposerExpertId] },
    proposal.status !== 'declined' && proposal.status !== 'withdrawn',
    {
      status: proposal.status,
      candidateKind: proposal.candidateKind,
      candidateId: proposal.candidateId,
      candidateName: proposal.candidateName,
      proposerExpertId: proposal.proposerExpertId,
      durationDays: proposal.durationDays,
      priceMinFen: proposal.priceMinFen,
      priceMaxFen: proposal.priceMaxFen,
      declineReason: proposal.declineReason,
      matchId: proposal.matchId,
    },
  )
