import type { NeedVisibility, NotificationType } from './vocabulary.js'

/**
 * One thing that happened, as the module that made it happen describes it, inside its
 * transaction (published as the `notification` domain event). The webhooks module turns it into
 * one delivery per subscription allowed to know of it. Who may know is said here, by the
 * publisher, because only it knows the parties; what text goes out is decided per subscriber:
 * a need's title is sent only to those who may read the need.
 */
export interface Notification {
  type: NotificationType
  /** The object the event is about; the receiver reads it with its own key for the full record. */
  subject: { kind: 'need' | 'match' | 'proposal' | 'consultation' | 'contract'; id: string }
  /** Who may be told: the need's park staff and enterprise, and the experts who are parties (a responder, a proposer, a counterpart). Admins always may. */
  audience: { parkId: string; enterpriseId: string; expertIds: string[] }
  /**
   * The need the event concerns. `expertsMayRead` is true when the experts in the audience may
   * read its text at this moment (a public need, or an invitation or proposal still live); the
   * title goes to them only then. The need's side always reads it.
   */
  need: { id: string; title: string; visibility: NeedVisibility; expertsMayRead: boolean }
  /**
   * The event's facts, without any need text: ids, statuses, dates, amounts in fen, a decline
   * reason. Every value must be something each audience member may read.
   */
  data: Record<string, string | number | boolean | null | string[]>
}
