import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import * as consultationsDb from './queries.js'
import { lockNeedState } from '../queries.js'
import { matchRows } from '../matches/queries.js'
import { DomainError } from '../../../core/errors.js'
import { canActForParty, partyOf } from '../../../core/access.js'
import { assertEngagementAllows } from '../../../core/engagement-rules.js'
import type { Principal } from '../../../core/principal.js'
import type { ConsultationStatus } from '../../../core/vocabulary.js'
import { illegalChange, writtenOr } from '../party-rows.js'
import { notifyConsultation } from './notify.js'
import type { ConsultationCompletion, ConsultationListQuery, ConsultationPatch, ConsultationRow, NewConsultation } from './model.js'

const { consultationRows } = consultationsDb

/** The state names a 409 reports: the status, and `rated` once the enterprise has rated. */
type ConsultationState = ConsultationStatus | 'rated'

const stateOf = (row: ConsultationRow): ConsultationState => (row.rating !== null ? 'rated' : row.status)
/** The 409 of a change the consultation's state does not allow. */
const illegal = (current: ConsultationRow, wanted: ConsultationState) => illegalChange('A consultation', stateOf(current), wanted)

/**
 * Either party to an accepted match (or an admin) schedules a consultation on it; a match that
 * is not accepted is a 409 naming its state.
 */
export async function scheduleConsultation(sql: Sql, actor: Actor, matchId: string, input: NewConsultation): Promise<ConsultationRow> {
  return sql.begin(async (tx) => {
    const seen = await matchRows.visible(tx, actor.principal, matchId)
    const need = (await lockNeedState(tx, seen.needId))!
    const match = await matchRows.visible(tx, actor.principal, matchId, { forUpdate: true })
    const parties = { enterpriseId: match.enterpriseId, expertId: match.responderExpertId }
    if (!canActForParty(actor.principal, parties)) throw new DomainError('forbidden', 'Only the need\'s enterprise, the answering expert and admins schedule consultations')
    assertEngagementAllows('consultation', match, { id: match.needId, status: need.status })
    const consultation = await consultationsDb.insertConsultation(tx, {
      matchId,
      needId: match.needId,
      parkId: need.parkId,
      enterpriseId: match.enterpriseId,
      expertId: match.responderExpertId,
      mode: input.mode,
      scheduledAt: input.scheduledAt,
    })
    await recordAudit(tx, actor, { action: 'consultation.schedule', entityType: 'consultation', entityId: consultation.id, parkId: consultation.parkId, before: null, after: consultation })
    await notifyConsultation(tx, actor, 'consultation.scheduled', consultation)
    return consultation
  })
}

export const getConsultation = (sql: Queryable, principal: Principal, id: string): Promise<ConsultationRow> => consultationRows.visible(sql, principal, id)

export const listConsultations = (sql: Queryable, principal: Principal, query: ConsultationListQuery) => consultationsDb.listConsultations(sql, principal, query)

/** The answering expert records that it was held: when, how long, what was advised. */
export function completeConsultation(sql: Sql, actor: Actor, id: string, input: ConsultationCompletion): Promise<ConsultationRow> {
  return consultationRows.change(sql, actor, id, 'complete', async (tx, current) => {
    if (partyOf(actor.principal, current) !== 'expert') throw new DomainError('forbidden', 'Only the consulting expert completes a consultation')
    if (Date.parse(input.heldAt) > Date.now() + 5 * 60_000) {
      throw new DomainError('validation_failed', 'body.heldAt: a consultation cannot be completed before it is held', {
        errors: [{ path: 'body.heldAt', message: 'is in the future' }],
      })
    }
    const completed = writtenOr(await consultationsDb.completeConsultation(tx, id, input), () => illegal(current, 'completed'))
    await notifyConsultation(tx, actor, 'consultation.completed', completed)
    return completed
  })
}

/** Either party (or an admin) calls off a scheduled consultation, with a reason. */
export function cancelConsultation(sql: Sql, actor: Actor, id: string, reason: string): Promise<ConsultationRow> {
  return consultationRows.change(sql, actor, id, 'cancel', async (tx, current) => {
    if (!canActForParty(actor.principal, current)) throw new DomainError('forbidden', 'Only the two parties and admins cancel a consultation')
    const cancelled = writtenOr(await consultationsDb.cancelConsultation(tx, id, reason, actor.principal.role), () => illegal(current, 'cancelled'))
    await notifyConsultation(tx, actor, 'consultation.cancelled', cancelled)
    return cancelled
  })
}

/** The need's enterprise rates a completed consultation once (1–5, with a comment). */
export function rateConsultation(sql: Sql, actor: Actor, id: string, input: { rating: number; comment: string }): Promise<ConsultationRow> {
  return consultationRows.change(sql, actor, id, 'rate', async (tx, current) => {
    if (partyOf(actor.principal, current) !== 'enterprise') throw new DomainError('forbidden', 'Only the need\'s enterprise rates a consultation')
    return writtenOr(await consultationsDb.rateConsultation(tx, id, input.rating, input.comment), () => illegal(current, 'rated'))
  })
}

/** Either party reschedules (mode, time) while it is still scheduled; If-Match guards lost updates. */
export function updateConsultation(sql: Sql, actor: Actor, id: string, checkVersion: (row: ConsultationRow) => number, patch: ConsultationPatch): Promise<ConsultationRow> {
  return consultationRows.change(sql, actor, id, 'update', async (tx, current) => {
    if (!canActForParty(actor.principal, current)) throw new DomainError('forbidden', 'Only the two parties and admins reschedule a consultation')
    const version = checkVersion(current)
    if (current.status !== 'scheduled') throw illegal(current, 'scheduled')
    const changed = await consultationsDb.updateConsultation(tx, id, version, patch)
    return writtenOr(changed, () => new DomainError('precondition_failed', 'The consultation changed meanwhile; GET it again'))
  })
}
