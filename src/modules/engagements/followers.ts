import type { DomainEvents } from '../../core/events.js'
import { needStatusesTakingPartners } from '../../core/vocabulary.js'
import { type Actor, auditParkMoves, recordAudit } from '../../platform/db/audit.js'
import type { Queryable } from '../../platform/db/client.js'
import { notifyConsultation } from './consultations/notify.js'
import { notifyMatch } from './matches/notify.js'
import { notifyProposal } from './proposals/notify.js'
import { declineLiveProposalsOfNeed } from './proposals/queries.js'
import { cancelScheduledConsultationsOfNeed, declineOpenInvitationsOfResponder, lockOpenInvitationsOfResponder, moveEnterpriseEngagements, withdrawOpenInvitationsOfNeed } from './queries.js'

/*
 * How engagements (invitations, consultations, contracts) follow changes to the records they
 * hang on; each runs in the publisher's transaction (see core/events.ts), subscribed in index.ts.
 */

/**
 * What follows a need's status, in the transaction that changed it: a need that stops taking
 * partners (resolved, closed) ends its unanswered invitations, so nobody can accept it and no
 * expert keeps reading a private need through them; a closed need also calls off its scheduled
 * consultations. Accepted invitations stay as the record of who worked on it.
 */
export async function followNeedStatus(tx: Queryable, actor: Actor, need: DomainEvents['need.status_changed']): Promise<void> {
  if (!needStatusesTakingPartners.includes(need.after)) await endWaitingOnNeed(tx, actor, need.needId, `需求已${need.after === 'closed' ? '关闭' : '解决'} (the need was ${need.after})`)
  if (need.after === 'closed') {
    const reason = '需求已关闭 (the need was closed)'
    for (const consultation of await cancelScheduledConsultationsOfNeed(tx, need.needId, reason, actor.principal.role)) {
      await recordAudit(tx, actor, {
        action: 'consultation.cancel',
        entityType: 'consultation',
        entityId: consultation.id,
        parkId: consultation.parkId,
        before: { ...consultation, status: 'scheduled', cancelReason: null, cancelledByRole: null, cancelledAt: null, version: consultation.version - 1 },
        after: consultation,
      })
      await notifyConsultation(tx, actor, 'consultation.cancelled', consultation)
    }
  }
}

/**
 * What waits on a need that stops taking partners (closed, resolved, or every slot taken) ends:
 * its unanswered invitations are withdrawn and its undecided proposals declined with `reason`,
 * each audited and its parties told.
 */
export async function endWaitingOnNeed(tx: Queryable, actor: Actor | null, needId: string, reason: string, options: { spareSlotHoldingTeams?: boolean } = {}): Promise<void> {
  for (const match of await withdrawOpenInvitationsOfNeed(tx, needId, options)) {
    await recordAudit(tx, actor, {
      action: 'match.withdraw',
      entityType: 'match',
      entityId: match.id,
      parkId: match.parkId,
      before: { ...match, status: 'proposed', version: match.version - 1 },
      after: match,
    })
    await notifyMatch(tx, actor, 'match.withdrawn', match)
  }
  for (const proposal of await declineLiveProposalsOfNeed(tx, needId, reason)) {
    await recordAudit(tx, actor, { action: 'proposal.decline', entityType: 'proposal', entityId: proposal.id, parkId: proposal.parkId, before: null, after: proposal })
    await notifyProposal(tx, actor, 'proposal.declined', proposal)
  }
}


/** An enterprise's invitations, consultations and contracts move to its new park, each move audited there. */
export async function followEnterpriseToPark(tx: Queryable, actor: Actor, event: DomainEvents['enterprise.park_changed']): Promise<void> {
  const engagements = await moveEnterpriseEngagements(tx, event.enterpriseId, event.toParkId)
  await auditParkMoves(tx, actor, [
    { entityType: 'match', moved: engagements.matches },
    { entityType: 'consultation', moved: engagements.consultations },
    { entityType: 'contract', moved: engagements.contracts },
    { entityType: 'proposal', moved: engagements.proposals },
  ])
}

/** Locks the unanswered invitations an expert answers before the expert row, as an accept does. */
export async function lockBeforeExpertStops(tx: Queryable, _actor: Actor, event: DomainEvents['expert.stopping']): Promise<void> {
  await lockOpenInvitationsOfResponder(tx, event.expertId)
}

/**
 * An expert who stops taking engagements declines its unanswered invitations in the same
 * transaction; those whose need asked for the next candidate are handed back for the auto-next.
 * Engagements it already accepted go on.
 */
export async function declineForStoppedExpert(tx: Queryable, actor: Actor, event: DomainEvents['expert.stopped']): Promise<void> {
  for (const match of await declineOpenInvitationsOfResponder(tx, event.expertId, '专家已暂停接受对接 (the expert stopped taking engagements)')) {
    const before = { ...match, status: 'proposed', declineReason: null, respondedAt: null, version: match.version - 1 }
    await recordAudit(tx, actor, { action: 'match.decline', entityType: 'match', entityId: match.id, parkId: match.parkId, before, after: match })
    await notifyMatch(tx, actor, 'match.declined', match)
    if (match.autoNext) event.autoNextMatchIds.push(match.id)
  }
}
