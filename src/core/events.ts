import type { Notification } from './notifications.js'
import type { CandidateKind, NeedStatus } from './vocabulary.js'

/**
 * What happens to one module's records that other modules' records depend on. The module that
 * makes the change publishes the event inside its transaction; each module whose records must
 * follow subscribes (in its index.ts) and changes them in the same transaction, audited. So a
 * lower module (needs, registry) never imports a higher one (engagements), and no change commits
 * without its dependents: publishing an event nobody carries is an error, not a silent skip.
 */
export interface DomainEvents {
  /** A need's status changed: invitations, consultations follow (engagements). */
  'need.status_changed': { needId: string; before: NeedStatus; after: NeedStatus }
  /** An enterprise moved to another park: its needs (needs) and engagements (engagements) move with it. */
  'enterprise.park_changed': { enterpriseId: string; fromParkId: string; toParkId: string }
  /**
   * An expert is about to stop taking engagements: its unanswered invitations are locked before
   * the expert row, the order an accept takes them in, so the two cannot deadlock.
   */
  'expert.stopping': { expertId: string }
  /**
   * An expert stopped taking engagements: its unanswered invitations are declined. The ids of
   * those whose need asked for the next candidate are added to `autoNextMatchIds`.
   */
  'expert.stopped': { expertId: string; autoNextMatchIds: string[] }
  /** A society's contact or a workstation's lead changed: what is to be answered goes to the new one. */
  'responder.changed': { kind: CandidateKind; candidateId: string; expertId: string | null }
  /** Something its parties should be told of: webhooks record one delivery per allowed subscription, in the same transaction (at least once, never for a rolled-back change). */
  notification: Notification
}

export type DomainEventType = keyof DomainEvents
