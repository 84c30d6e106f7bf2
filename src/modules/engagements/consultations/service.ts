import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import * as consultationsDb from './queries.js'
import { lockNeedState } from '../queries.js'
import * as matchesDb from '../matches/queries.js'
import { DomainError } from '../../../core/errors.js'
import { type Page, decodeCursor, toPage } from '../../../platform/http/pagination.js'
import { canActForParty, notFound, partyOf, partyReadScope } from '../../../core/access.js'
import { assertEngagementAllows } from '../../../core/engagement-rules.js'
import type { Principal } from '../../../core/principal.js'
import type { ConsultationStatus } from '../../../core/vocabulary.js'

/** The state names a 409 reports: the status, and `rated` once the enterprise has rated. */
type ConsultationState = ConsultationStatus | 'rated'

function illegal(current: ConsultationState, wanted: ConsultationState): DomainError {
  return new DomainError('conflict', `A consultation that is ${current} cannot become ${wanted}`, { currentState: current, wantedState: wanted })
}

const stateOf = (row: consultationsDb.ConsultationRow): ConsultationState => (row.rating !== null ? 'rated' : row.status)

/**
 * Either party to an accepted match (or an admin) schedules a consultation on it; a match that
 * is not accepted is a 409 naming its state.
 */
export async function scheduleConsultation(
  sql: Sql,
  actor: Actor,
  matchId: string,
  input: { mode: consultationsDb.ConsultationMode; scheduledAt: string },
): Promise<consultationsDb.ConsultationRow> {
  return sql.begin(async (tx) => {
    const seen = await matchesDb.findMatch(tx, matchId, partyReadScope(actor.principal))
    if (!seen) throw notFound('match', matchId)
    const need = (await lockNeedState(tx, seen.needId))!
    const match = await matchesDb.findMatch(tx, matchId, partyReadScope(actor.principal), { forUpdate: true })
    if (!match) throw notFound('match', matchId)
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
    return consultation
  })
}

export async function getConsultation(sql: Queryable, principal: Principal, id: string): Promise<consultationsDb.ConsultationRow> {
  const row = await consultationsDb.findConsultation(sql, id, partyReadScope(principal))
  if (!row) throw notFound('consultation', id)
  return row
}

export async function listConsultations(
  sql: Queryable,
  principal: Principal,
  filter: Omit<consultationsDb.ConsultationFilter, 'after'> & { cursor?: string | undefined },
): Promise<Page<consultationsDb.ConsultationRow>> {
  const scope = partyReadScope(principal)
  const query = { ...filter, after: decodeCursor(filter.cursor) }
  const [rows, total] = await Promise.all([consultationsDb.listConsultations(sql, scope, query), consultationsDb.countConsultations(sql, scope, query)])
  return toPage(rows, filter.limit, total, (row) => row)
}

/**
 * Reads the consultation under a row lock, so two transitions of one consultation are
 * serialised: the second sees the first's result and gets 409.
 */
async function lockVisible(tx: Queryable, principal: Principal, id: string) {
  const current = await consultationsDb.findConsultation(tx, id, partyReadScope(principal), { forUpdate: true })
  if (!current) throw notFound('consultation', id)
  return current
}

/** The answering expert records that it was held: when, how long, what was advised. */
export async function completeConsultation(
  sql: Sql,
  actor: Actor,
  id: string,
  input: consultationsDb.ConsultationCompletion,
): Promise<consultationsDb.ConsultationRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    if (partyOf(actor.principal, current) !== 'expert') throw new DomainError('forbidden', 'Only the consulting expert completes a consultation')
    if (Date.parse(input.heldAt) > Date.now() + 5 * 60_000) {
      throw new DomainError('validation_failed', 'body.heldAt: a consultation cannot be completed before it is held', {
        errors: [{ path: 'body.heldAt', message: 'is in the future' }],
      })
    }
    const updated = await consultationsDb.completeConsultation(tx, id, input)
    if (!updated) throw illegal(stateOf(current), 'completed')
    await recordAudit(tx, actor, { action: 'consultation.complete', entityType: 'consultation', entityId: id, parkId: updated.parkId, before: current, after: updated })
    return updated
  })
}

/** Either party (or an admin) calls off a scheduled consultation, with a reason. */
export async function cancelConsultation(sql: Sql, actor: Actor, id: string, reason: string): Promise<consultationsDb.ConsultationRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    if (!canActForParty(actor.principal, current)) throw new DomainError('forbidden', 'Only the two parties and admins cancel a consultation')
    const updated = await consultationsDb.cancelConsultation(tx, id, reason, actor.principal.role)
    if (!updated) throw illegal(stateOf(current), 'cancelled')
    await recordAudit(tx, actor, { action: 'consultation.cancel', entityType: 'consultation', entityId: id, parkId: updated.parkId, before: current, after: updated })
    return updated
  })
}

/** The need's enterprise rates a completed consultation once (1–5, with a comment). */
export async function rateConsultation(sql: Sql, actor: Actor, id: string, input: { rating: number; comment: string }): Promise<consultationsDb.ConsultationRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    if (partyOf(actor.principal, current) !== 'enterprise') throw new DomainError('forbidden', 'Only the need\'s enterprise rates a consultation')
    const updated = await consultationsDb.rateConsultation(tx, id, input.rating, input.comment)
    if (!updated) throw illegal(stateOf(current), 'rated')
    await recordAudit(tx, actor, { action: 'consultation.rate', entityType: 'consultation', entityId: id, parkId: updated.parkId, before: current, after: updated })
    return updated
  })
}

/** Either party reschedules (mode, time) while it is still scheduled; If-Match guards lost updates. */
export async function updateConsultation(
  sql: Sql,
  actor: Actor,
  id: string,
  checkVersion: (row: consultationsDb.ConsultationRow) => number,
  patch: consultationsDb.ConsultationPatch,
): Promise<consultationsDb.ConsultationRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    if (!canActForParty(actor.principal, current)) throw new DomainError('forbidden', 'Only the two parties and admins reschedule a consultation')
    const version = checkVersion(current)
    if (current.status !== 'scheduled') throw illegal(stateOf(current), 'scheduled')
    const updated = await consultationsDb.updateConsultation(tx, id, version, patch)
    if (!updated) throw new DomainError('precondition_failed', 'The consultation changed meanwhile; GET it again')
    await recordAudit(tx, actor, { action: 'consultation.update', entityType: 'consultation', entityId: id, parkId: updated.parkId, before: current, after: updated })
    return updated
  })
}
