import type { PartyReadScope } from '../../../core/access.js'
import type { PageCursor } from '../../../platform/http/pagination.js'
import type { Queryable } from '../../../platform/db/client.js'
import { afterCursor } from '../../../platform/db/keyset.js'
import { patchChanges, versionedUpdate } from '../../../platform/db/patch.js'

export type ConsultationStatus = 'scheduled' | 'completed' | 'cancelled'
export type ConsultationMode = 'on_site' | 'online' | 'phone'

export interface ConsultationRow {
  id: string
  matchId: string
  needId: string
  parkId: string
  enterpriseId: string
  expertId: string
  mode: ConsultationMode
  status: ConsultationStatus
  scheduledAt: Date
  heldAt: Date | null
  hours: number | null
  summary: string
  expertNotes: string
  rating: number | null
  ratingComment: string
  ratedAt: Date | null
  cancelReason: string | null
  cancelledByRole: string | null
  completedAt: Date | null
  cancelledAt: Date | null
  version: number
  createdAt: Date
  updatedAt: Date
  cursorAt: string
  /** Names beside the ids, as they are now, for the people who read a consultation. */
  needTitle: string
  enterpriseName: string
  expertName: string
}

export const consultationColumns = (sql: Queryable) => sql`
  c.id, c.match_id, c.need_id, c.park_id, c.enterprise_id, c.expert_id, c.mode, c.status, c.scheduled_at, c.held_at,
  c.hours::float8 as hours, c.summary, c.expert_notes, c.rating, c.rating_comment, c.rated_at, c.cancel_reason,
  c.cancelled_by_role, c.completed_at, c.cancelled_at, c.version, c.created_at, c.updated_at,
  to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
  (select n.title from needs n where n.id = c.need_id) as need_title,
  (select e.name from enterprises e where e.id = c.enterprise_id) as enterprise_name,
  (select x.name from experts x where x.id = c.expert_id) as expert_name
`

function scopeCondition(sql: Queryable, scope: PartyReadScope) {
  switch (scope.kind) {
    case 'all':
      return sql`true`
    case 'park':
      return sql`c.park_id = ${scope.parkId}`
    case 'enterprise':
      return sql`c.enterprise_id = ${scope.enterpriseId}`
    case 'expert':
      return sql`c.expert_id = ${scope.expertId}`
  }
}

export interface NewConsultation {
  matchId: string
  needId: string
  parkId: string
  enterpriseId: string
  expertId: string
  mode: ConsultationMode
  scheduledAt: string
}

export async function insertConsultation(sql: Queryable, consultation: NewConsultation): Promise<ConsultationRow> {
  const [row] = await sql<ConsultationRow[]>`
    with inserted as (
      insert into consultations (match_id, need_id, park_id, enterprise_id, expert_id, mode, scheduled_at)
      values (${consultation.matchId}, ${consultation.needId}, ${consultation.parkId}, ${consultation.enterpriseId},
              ${consultation.expertId}, ${consultation.mode}, ${consultation.scheduledAt})
      returning *
    )
    select ${consultationColumns(sql)} from inserted c
  `
  return row!
}

export async function findConsultation(
  sql: Queryable,
  id: string,
  scope: PartyReadScope,
  options: { forUpdate?: boolean } = {},
): Promise<ConsultationRow | null> {
  const [row] = await sql<ConsultationRow[]>`
    select ${consultationColumns(sql)} from consultations c
    where c.id = ${id} and ${scopeCondition(sql, scope)}
    ${options.forUpdate ? sql`for no key update` : sql``}
  `
  return row ?? null
}

export interface ConsultationFilter {
  matchId?: string | undefined
  needId?: string | undefined
  status?: ConsultationStatus | undefined
  after: PageCursor | null
  limit: number
}

function filterConditions(sql: Queryable, scope: PartyReadScope, filter: ConsultationFilter) {
  return sql`
    ${scopeCondition(sql, scope)}
    ${filter.matchId ? sql`and c.match_id = ${filter.matchId}` : sql``}
    ${filter.needId ? sql`and c.need_id = ${filter.needId}` : sql``}
    ${filter.status ? sql`and c.status = ${filter.status}` : sql``}
  `
}

export async function listConsultations(sql: Queryable, scope: PartyReadScope, filter: ConsultationFilter): Promise<ConsultationRow[]> {
  return sql<ConsultationRow[]>`
    select ${consultationColumns(sql)} from consultations c
    where ${filterConditions(sql, scope, filter)}
      ${afterCursor(sql, 'c', filter.after)}
    order by c.created_at desc, c.id desc
    limit ${filter.limit + 1}
  `
}

export async function countConsultations(sql: Queryable, scope: PartyReadScope, filter: ConsultationFilter): Promise<number> {
  const [row] = await sql<{ count: number }[]>`select count(*)::int as count from consultations c where ${filterConditions(sql, scope, filter)}`
  return row!.count
}

export interface ConsultationCompletion {
  heldAt: string
  hours: number
  summary: string
  expertNotes: string
}

/** scheduled → completed, only if still scheduled; null when it was not. */
export async function completeConsultation(sql: Queryable, id: string, completion: ConsultationCompletion): Promise<ConsultationRow | null> {
  const [row] = await sql<ConsultationRow[]>`
    with updated as (
      update consultations set status = 'completed', held_at = ${completion.heldAt}, hours = ${completion.hours},
        summary = ${completion.summary}, expert_notes = ${completion.expertNotes}, completed_at = now(),
        version = version + 1, updated_at = now()
      where id = ${id} and status = 'scheduled'
      returning *
    )
    select ${consultationColumns(sql)} from updated c
  `
  return row ?? null
}

/** scheduled → cancelled, only if still scheduled. */
export async function cancelConsultation(sql: Queryable, id: string, reason: string, role: string): Promise<ConsultationRow | null> {
  const [row] = await sql<ConsultationRow[]>`
    with updated as (
      update consultations set status = 'cancelled', cancel_reason = ${reason}, cancelled_by_role = ${role},
        cancelled_at = now(), version = version + 1, updated_at = now()
      where id = ${id} and status = 'scheduled'
      returning *
    )
    select ${consultationColumns(sql)} from updated c
  `
  return row ?? null
}

/** The enterprise's rating of a completed consultation, given once. */
export async function rateConsultation(sql: Queryable, id: string, rating: number, comment: string): Promise<ConsultationRow | null> {
  const [row] = await sql<ConsultationRow[]>`
    with updated as (
      update consultations set rating = ${rating}, rating_comment = ${comment}, rated_at = now(),
        version = version + 1, updated_at = now()
      where id = ${id} and status = 'completed' and rating is null
      returning *
    )
    select ${consultationColumns(sql)} from updated c
  `
  return row ?? null
}

export interface ConsultationPatch {
  mode?: ConsultationMode | undefined
  scheduledAt?: string | undefined
}

const patchColumns = { mode: 'mode', scheduledAt: 'scheduled_at' } as const satisfies Record<keyof ConsultationPatch, string>

/** Reschedules a scheduled consultation, only at the version read. */
export async function updateConsultation(sql: Queryable, id: string, version: number, patch: ConsultationPatch): Promise<ConsultationRow | null> {
  const changes = patchChanges(patch, patchColumns)
  const [row] = await sql<ConsultationRow[]>`
    with updated as (
      ${versionedUpdate(sql, 'consultations', changes)}
      where id = ${id} and version = ${version} and status = 'scheduled'
      returning *
    )
    select ${consultationColumns(sql)} from updated c
  `
  return row ?? null
}

/** Consultations of a need, for checking the ids a contract links. */
export async function consultationIdsOfNeed(sql: Queryable, needId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await sql<{ id: string }[]>`select id from consultations where need_id = ${needId} and id = any(${ids as string[]}::uuid[])`
  return new Set(rows.map((row) => row.id))
}
