import type { Principal } from '../../../core/principal.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type RowSource, equalFilters, writtenRow } from '../../../platform/db/listing.js'
import { patchChanges, versionedUpdate } from '../../../platform/db/patch.js'
import { partyRows } from '../party-rows.js'
import type { ConsultationCompletion, ConsultationInsert, ConsultationListQuery, ConsultationPatch, ConsultationRow } from './model.js'

export type { ConsultationRow } from './model.js'

export const consultationColumns = (sql: Queryable) => sql`
  c.id, c.match_id, c.need_id, c.park_id, c.enterprise_id, c.expert_id, c.mode, c.status, c.scheduled_at, c.held_at,
  c.hours::float8 as hours, c.summary, c.expert_notes, c.rating, c.rating_comment, c.rated_at, c.cancel_reason,
  c.cancelled_by_role, c.completed_at, c.cancelled_at, c.version, c.created_at, c.updated_at,
  to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
  (select n.title from needs n where n.id = c.need_id) as need_title,
  (select e.name from enterprises e where e.id = c.enterprise_id) as enterprise_name,
  (select x.name from experts x where x.id = c.expert_id) as expert_name
`

const consultations: RowSource = { table: 'consultations', alias: 'c', columns: consultationColumns }

/** Consultations as their parties read them: the need's park, the enterprise, the consulting expert. */
export const consultationRows = partyRows<ConsultationRow>('consultation', consultations, (sql) => ({ park: sql`c.park_id`, enterprise: sql`c.enterprise_id`, expert: sql`c.expert_id` }))

export const insertConsultation = (sql: Queryable, consultation: ConsultationInsert) =>
  consultationRows.inserted(sql, sql`
    insert into consultations (match_id, need_id, park_id, enterprise_id, expert_id, mode, scheduled_at)
    values (${consultation.matchId}, ${consultation.needId}, ${consultation.parkId}, ${consultation.enterpriseId},
            ${consultation.expertId}, ${consultation.mode}, ${consultation.scheduledAt})
  `)

/** A page of the consultations this key may see, by invitation, need and status. */
export const listConsultations = (sql: Queryable, principal: Principal, query: ConsultationListQuery) =>
  consultationRows.page(sql, principal, equalFilters(sql, 'c', { match_id: query.matchId, need_id: query.needId, status: query.status }), query)

const whileScheduled = (sql: Queryable) => sql`status = 'scheduled'`

/** scheduled → completed, only if still scheduled; null when it was not. */
export function completeConsultation(sql: Queryable, id: string, completion: ConsultationCompletion): Promise<ConsultationRow | null> {
  const { heldAt, hours, summary, expertNotes } = completion
  const set = sql`status = 'completed', held_at = ${heldAt}, hours = ${hours}, summary = ${summary}, expert_notes = ${expertNotes}, completed_at = now()`
  return consultationRows.updated(sql, id, set, whileScheduled(sql))
}

/** scheduled → cancelled, only if still scheduled. */
export function cancelConsultation(sql: Queryable, id: string, reason: string, role: string): Promise<ConsultationRow | null> {
  return consultationRows.updated(sql, id, sql`status = 'cancelled', cancel_reason = ${reason}, cancelled_by_role = ${role}, cancelled_at = now()`, whileScheduled(sql))
}

/** The enterprise's rating of a completed consultation, given once. */
export function rateConsultation(sql: Queryable, id: string, rating: number, comment: string): Promise<ConsultationRow | null> {
  return consultationRows.updated(sql, id, sql`rating = ${rating}, rating_comment = ${comment}, rated_at = now()`, sql`status = 'completed' and rating is null`)
}

const patchColumns = { mode: 'mode', scheduledAt: 'scheduled_at' } as const satisfies Record<keyof ConsultationPatch, string>

/** Reschedules a scheduled consultation, only at the version read. */
export function updateConsultation(sql: Queryable, id: string, version: number, patch: ConsultationPatch): Promise<ConsultationRow | null> {
  const changes = patchChanges(patch, patchColumns)
  return writtenRow<ConsultationRow>(sql, consultations, sql`${versionedUpdate(sql, 'consultations', changes)} where id = ${id} and version = ${version} and ${whileScheduled(sql)}`)
}

/** Consultations of a need, for checking the ids a contract links. */
export async function consultationIdsOfNeed(sql: Queryable, needId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await sql<{ id: string }[]>`select id from consultations where need_id = ${needId} and id = any(${ids as string[]}::uuid[])`
  return new Set(rows.map((row) => row.id))
}
