import { type Actor, type AuditEntityType, recordAudit } from '../../platform/db/audit.js'
import type { Queryable } from '../../platform/db/client.js'
import { declineOpenInvitationsOfResponder, moveResponder, withdrawOpenInvitationsOfCandidate } from './queries.js'
import { findExpert } from '../registry/index.js'
import { withdrawUndecidedProposalsOfCandidate } from './proposals/queries.js'
import { type CandidateKind } from '../../core/vocabulary.js'

/**
 * A society answers through its contact expert and a workstation through its lead. When that
 * expert changes, in the same transaction, everything still to be answered or acted on for the
 * candidate goes to the new one (unanswered and accepted invitations, scheduled consultations,
 * contracts not terminated), each change audited; the old expert keeps only what it already did.
 * With nobody left to answer (a society's contact removed), unanswered invitations and undecided
 * proposals are withdrawn and the rest waits for the next contact.
 */
export async function handOverResponder(tx: Queryable, actor: Actor, kind: CandidateKind, candidateId: string, expertId: string | null): Promise<void> {
  if (expertId === null) {
    for (const match of await withdrawOpenInvitationsOfCandidate(tx, kind, candidateId)) {
      await recordAudit(tx, actor, { action: 'match.withdraw', entityType: 'match', entityId: match.id, parkId: match.parkId, before: { ...match, status: 'proposed', version: match.version - 1 }, after: match })
    }
    for (const proposal of await withdrawUndecidedProposalsOfCandidate(tx, kind, candidateId)) {
      await recordAudit(tx, actor, { action: 'proposal.withdraw', entityType: 'proposal', entityId: proposal.id, parkId: proposal.parkId, before: null, after: proposal })
    }
    return
  }
  const moved = await moveResponder(tx, kind, candidateId, expertId)
  // A new responder who takes no engagements declines what was handed over unanswered.
  if ((await findExpert(tx, expertId))?.availability === 'unavailable') {
    for (const match of await declineOpenInvitationsOfResponder(tx, expertId, '新负责人暂停接受对接 (the new responder is not taking engagements)')) {
      const before = { ...match, status: 'proposed', declineReason: null, respondedAt: null, version: match.version - 1 }
      await recordAudit(tx, actor, { action: 'match.decline', entityType: 'match', entityId: match.id, parkId: match.parkId, before, after: match })
    }
  }
  const audit = (entityType: AuditEntityType, row: { id: string; parkId: string; version: number }, before: Record<string, unknown>) =>
    recordAudit(tx, actor, { action: `${entityType}.hand_over`, entityType, entityId: row.id, parkId: row.parkId, before: { ...row, ...before, version: row.version - 1 }, after: row })
  for (const { previous, row } of moved.matches) await audit('match', row, { responderExpertId: previous })
  for (const { previous, row } of moved.consultations) await audit('consultation', row, { expertId: previous })
  for (const { previous, row } of moved.contracts) await audit('contract', row, { expertId: previous })
  for (const { previous, row } of moved.proposals) await audit('proposal', row, { proposerExpertId: previous })
}
