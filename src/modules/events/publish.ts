import { canWriteNeed } from '../../core/access.js'
import { DomainError } from '../../core/errors.js'
import type { Config } from '../../platform/config.js'
import { type Actor, recordAudit } from '../../platform/db/audit.js'
import type { Sql, TransactionSql } from '../../platform/db/client.js'
import { inviteInTransaction } from '../engagements/index.js'
import type { PublishResult } from './agenda-model.js'
import * as eventsDb from './queries.js'
import { visibleEvent } from './service.js'

/**
 * `POST /v1/events/{id}/publish`: one invitation per timetabled meeting, each through the
 * engagements module's own invitation path (need takes partners, candidate eligible, no live
 * invitation or proposal already), all in one transaction. A pair the rules refuse now (the need
 * filled meanwhile, the expert became unavailable) is rolled back to its savepoint and reported
 * with the rule's words; the others are invited.
 */
export async function publishEvent(sql: Sql, config: Pick<Config, 'MATCH_EXPIRY_HOURS'>, actor: Actor, id: string): Promise<PublishResult> {
  return sql.begin(async (tx) => {
    const event = await visibleEvent(tx, actor.principal, id, { forUpdate: true })
    if (event.status !== 'solved') throw new DomainError('conflict', event.status === 'published' ? 'The event is published already' : 'Solve the event (POST …/assignment) before publishing it', { currentState: event.status })
    const meetings = (await eventsDb.listMeetings(tx, id)).filter((meeting) => meeting.slot !== null)
    const results: PublishResult['results'] = []
    for (const meeting of meetings) {
      const when = `${event.title}，${event.date} ${meeting.start}–${meeting.end}，${meeting.tableName}`
      // The need's title, not its enterprise: a confidential need's poster stays unnamed until the enterprise accepts.
      const outcome = await invite(tx as TransactionSql, actor, event.parkId, meeting, `诚邀您参加${when}，就“${meeting.needTitle}”一对一洽谈。`, config.MATCH_EXPIRY_HOURS)
      await eventsDb.recordPublished(tx, id, meeting.needId, meeting.expertId, outcome)
      results.push({ needId: meeting.needId, expertId: meeting.expertId, matchId: outcome.matchId, outcome: outcome.matchId ? 'invited' : 'refused', detail: outcome.error })
    }
    await eventsDb.markPublished(tx, id)
    const after = (await eventsDb.findEvent(tx, id))!
    const invited = results.filter((result) => result.matchId).length
    await recordAudit(tx, actor, { action: 'event.publish', entityType: 'event', entityId: id, parkId: event.parkId, before: event, after: { ...after, invited, refused: results.length - invited } })
    return { eventId: id, invited, refused: results.length - invited, results }
  })
}

async function invite(
  tx: TransactionSql,
  actor: Actor,
  parkId: string,
  meeting: { needId: string; expertId: string; enterpriseId: string },
  message: string,
  hours: number,
): Promise<{ matchId: string | null; error: string | null }> {
  if (!canWriteNeed(actor.principal, { enterpriseId: meeting.enterpriseId, parkId })) return { matchId: null, error: 'forbidden: this key may not invite for the need' }
  try {
    const match = await tx.savepoint((sp) => inviteInTransaction(sp, actor, meeting.needId, { candidateKind: 'expert', candidateId: meeting.expertId, message }, hours))
    return { matchId: match.id, error: null }
  } catch (error) {
    if (error instanceof DomainError) return { matchId: null, error: error.message }
    throw error
  }
}
