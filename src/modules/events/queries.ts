import type { Queryable } from '../../platform/db/client.js'
import { afterCursor } from '../../platform/db/keyset.js'
import type { PageCursor } from '../../platform/http/pagination.js'
import type { Meeting } from './agenda-model.js'
import type { EventPairInput, EventRow, NewEvent, SolutionSummary } from './model.js'

/** An event with its enrolment and adjustments, each list as JSON in the response's own field names. */
const eventColumns = (sql: Queryable) => sql`
  v.id, v.park_id, v.title, to_char(v.event_date, 'YYYY-MM-DD') as date, v.venue, v.slots, v.tables, v.min_confidence,
  v.status, v.solution, v.solved_at, v.published_at, v.version, v.created_at, v.updated_at,
  to_char(v.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
  coalesce((select jsonb_agg(jsonb_build_object('needId', n.need_id, 'minMeetings', n.min_meetings, 'maxMeetings', n.max_meetings) order by n.need_id)
            from event_needs n where n.event_id = v.id), '[]'::jsonb) as needs,
  coalesce((select jsonb_agg(jsonb_build_object('expertId', x.expert_id, 'slots', x.slots, 'cap', x.cap) order by x.expert_id)
            from event_experts x where x.event_id = v.id), '[]'::jsonb) as experts,
  coalesce((select jsonb_agg(jsonb_build_object('needId', p.need_id, 'expertId', p.expert_id) order by p.need_id, p.expert_id)
            from event_pairs p where p.event_id = v.id and p.rule = 'pin'), '[]'::jsonb) as pins,
  coalesce((select jsonb_agg(jsonb_build_object('needId', p.need_id, 'expertId', p.expert_id) order by p.need_id, p.expert_id)
            from event_pairs p where p.event_id = v.id and p.rule = 'forbid'), '[]'::jsonb) as forbids
`

export async function insertEvent(sql: Queryable, input: NewEvent & { parkId: string; createdByKeyId: string | null }): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into events (park_id, title, event_date, venue, slots, tables, min_confidence, created_by_key_id)
    values (${input.parkId}, ${input.title}, ${input.date}::date, ${input.venue ?? ''}, ${sql.json(input.slots as never)}::jsonb,
            ${sql.json(input.tables)}::jsonb, ${input.minConfidence ?? 0.25}, ${input.createdByKeyId})
    returning id`
  return row!.id
}

export async function findEvent(sql: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<EventRow | null> {
  if (options.forUpdate) await sql`select 1 from events where id = ${id} for no key update`
  const [row] = await sql<EventRow[]>`select ${eventColumns(sql)} from events v where v.id = ${id}`
  return row ?? null
}

export async function listEvents(sql: Queryable, filter: { parkId: string | null; status?: string | undefined; after: PageCursor | null; limit: number }): Promise<{ rows: EventRow[]; total: number }> {
  const where = sql`true ${filter.parkId ? sql`and v.park_id = ${filter.parkId}` : sql``} ${filter.status ? sql`and v.status = ${filter.status}` : sql``}`
  const rows = await sql<EventRow[]>`
    select ${eventColumns(sql)} from events v where ${where} ${afterCursor(sql, 'v', filter.after)}
    order by v.created_at desc, v.id desc limit ${filter.limit + 1}`
  const [count] = await sql<{ total: number }[]>`select count(*)::int as total from events v where ${where}`
  return { rows, total: count!.total }
}

/** The event's own fields and a new version; `status` goes back to draft, since a solve no longer matches what changed. */
export async function updateEvent(sql: Queryable, id: string, version: number, patch: Partial<NewEvent>): Promise<boolean> {
  const changes = [
    patch.title !== undefined && sql`title = ${patch.title}`,
    patch.date !== undefined && sql`event_date = ${patch.date}::date`,
    patch.venue !== undefined && sql`venue = ${patch.venue}`,
    patch.slots !== undefined && sql`slots = ${sql.json(patch.slots as never)}::jsonb`,
    patch.tables !== undefined && sql`tables = ${sql.json(patch.tables)}::jsonb`,
    patch.minConfidence !== undefined && sql`min_confidence = ${patch.minConfidence}`,
  ].filter((change) => change !== false)
  const set = changes.reduce((all, change) => sql`${all}, ${change}`, sql`version = version + 1, updated_at = now(), status = 'draft'`)
  const rows = await sql`update events set ${set} where id = ${id} and version = ${version} returning id`
  return rows.length > 0
}

export async function replaceNeeds(sql: Queryable, eventId: string, needs: readonly { needId: string; minMeetings?: number | undefined; maxMeetings?: number | undefined }[]) {
  await sql`delete from event_needs where event_id = ${eventId}`
  for (const need of needs) {
    await sql`insert into event_needs (event_id, need_id, min_meetings, max_meetings)
              values (${eventId}, ${need.needId}, ${need.minMeetings ?? 1}, ${need.maxMeetings ?? Math.max(2, need.minMeetings ?? 1)})`
  }
}

export async function replaceExperts(sql: Queryable, eventId: string, experts: readonly { expertId: string; slots: number[]; cap?: number | undefined }[]) {
  await sql`delete from event_experts where event_id = ${eventId}`
  for (const expert of experts) {
    await sql`insert into event_experts (event_id, expert_id, slots, cap) values (${eventId}, ${expert.expertId}, ${sql.json(expert.slots)}::jsonb, ${expert.cap ?? 3})`
  }
}

export async function replacePairs(sql: Queryable, eventId: string, rule: 'pin' | 'forbid', pairs: readonly EventPairInput[]) {
  await sql`delete from event_pairs where event_id = ${eventId} and rule = ${rule}`
  for (const pair of pairs) {
    await sql`insert into event_pairs (event_id, need_id, expert_id, rule) values (${eventId}, ${pair.needId}, ${pair.expertId}, ${rule})
              on conflict (event_id, need_id, expert_id) do update set rule = excluded.rule`
  }
}

/** The needs among `ids` with their park, enterprise and whether they take partners now. */
export function needsByIds(sql: Queryable, ids: readonly string[]) {
  return sql<{ id: string; parkId: string; enterpriseId: string; status: string }[]>`
    select id, park_id, enterprise_id, status::text as status from needs where id = any(${[...ids]}::uuid[])`
}

export function existingExperts(sql: Queryable, ids: readonly string[]) {
  return sql<{ id: string }[]>`select id from experts where id = any(${[...ids]}::uuid[])`
}

export interface MeetingInsert {
  needId: string
  expertId: string
  slot: number | null
  table: number | null
  score: number
  confidence: number
  pinned: boolean
}

/** Replaces the last solve: its figures on the event (a new version) and its meetings. */
export async function saveSolution(sql: Queryable, eventId: string, summary: SolutionSummary, meetings: readonly MeetingInsert[]) {
  await sql`delete from event_meetings where event_id = ${eventId}`
  for (const m of meetings) {
    await sql`insert into event_meetings (event_id, need_id, expert_id, slot, table_no, score, confidence, pinned)
              values (${eventId}, ${m.needId}, ${m.expertId}, ${m.slot}, ${m.table}, ${m.score}, ${m.confidence}, ${m.pinned})`
  }
  await sql`update events set solution = ${sql.json(summary as never)}::jsonb, status = 'solved', solved_at = now(),
            version = version + 1, updated_at = now() where id = ${eventId}`
}

/** The meetings of an event as the agenda shows them, in slot and table order; optionally one person's. */
export function listMeetings(sql: Queryable, eventId: string, only: { expertId?: string | undefined; enterpriseId?: string | undefined } = {}) {
  return sql<Meeting[]>`
    select m.need_id, n.title as need_title, n.enterprise_id, e.name as enterprise_name, m.expert_id, x.name as expert_name,
           m.slot, v.slots -> m.slot ->> 'start' as start, v.slots -> m.slot ->> 'end' as "end",
           m.table_no as table, v.tables ->> m.table_no as table_name,
           m.score, m.confidence, m.confidence >= v.min_confidence as good, m.pinned, m.match_id, m.publish_error
    from event_meetings m join events v on v.id = m.event_id join needs n on n.id = m.need_id
    join enterprises e on e.id = n.enterprise_id join experts x on x.id = m.expert_id
    where m.event_id = ${eventId}
      ${only.expertId ? sql`and m.expert_id = ${only.expertId}` : sql``}
      ${only.enterpriseId ? sql`and n.enterprise_id = ${only.enterpriseId}` : sql``}
    order by m.slot nulls last, m.table_no nulls last, n.title, x.name`
}

export async function recordPublished(sql: Queryable, eventId: string, needId: string, expertId: string, outcome: { matchId: string | null; error: string | null }) {
  await sql`update event_meetings set match_id = ${outcome.matchId}, publish_error = ${outcome.error}
            where event_id = ${eventId} and need_id = ${needId} and expert_id = ${expertId}`
}

export async function markPublished(sql: Queryable, eventId: string) {
  await sql`update events set status = 'published', published_at = now(), version = version + 1, updated_at = now() where id = ${eventId}`
}
