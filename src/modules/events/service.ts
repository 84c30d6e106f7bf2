import { canReadParkStats, notFound, requireRole } from '../../core/access.js'
import { DomainError, invalidField } from '../../core/errors.js'
import type { Principal } from '../../core/principal.js'
import { type Actor } from '../../platform/db/audit.js'
import type { Queryable, Sql } from '../../platform/db/client.js'
import { changeVersioned, recordCreation } from '../../platform/db/versioned-change.js'
import { type Page, decodeCursor, toPage } from '../../platform/http/pagination.js'
import type { EventListQuery, EventPatch, EventRow, NewEvent } from './model.js'
import * as eventsDb from './queries.js'

/**
 * Matchmaking events (产需对接会): a park's staff (and admins) run them. Other roles may not use
 * the routes at all (403); another park's event is 404, as if it did not exist.
 */
export function requireOrganiser(principal: Principal, action: string): void {
  requireRole(principal, ['admin', 'park_staff'], action)
}

/** The event, if this key oversees its park; otherwise 404. */
export async function visibleEvent(sql: Queryable, principal: Principal, id: string, options: { forUpdate?: boolean } = {}): Promise<EventRow> {
  requireOrganiser(principal, 'use matchmaking events')
  const row = await eventsDb.findEvent(sql, id, options)
  if (!row || !canReadParkStats(principal, row.parkId)) throw notFound('event', id)
  return row
}

/** The slots an expert attends: as given, or every slot of the day. */
const slotsOf = (slots: number[] | undefined, count: number) => slots ?? Array.from({ length: count }, (_, i) => i)

/**
 * Checks the enrolment against the event as it will be: enrolled needs are the park's, experts
 * exist, slot indexes name slots of the day, pins and forbids name enrolled pairs and never the
 * same pair. Each refusal names its field.
 */
async function assertEnrolment(sql: Queryable, parkId: string, state: Pick<EventRow, 'slots' | 'needs' | 'experts' | 'pins' | 'forbids'>) {
  // Checked here, not in the schema: the API document cannot say "end after start", and promises no more than the route checks.
  const backwards = state.slots.findIndex((slot) => slot.start >= slot.end)
  if (backwards >= 0) throw invalidField('slots', `slot ${backwards}: its end must be after its start`)
  const needIds = state.needs.map((need) => need.needId)
  if (new Set(needIds).size !== needIds.length) throw invalidField('needs', 'a need is enrolled twice')
  const found = new Map((await eventsDb.needsByIds(sql, needIds)).map((need) => [need.id, need]))
  const foreign = needIds.find((id) => found.get(id)?.parkId !== parkId)
  if (foreign) throw invalidField('needs', `no need ${foreign} in the event's park`)
  for (const need of state.needs) {
    if ((need.minMeetings ?? 1) > (need.maxMeetings ?? Math.max(2, need.minMeetings ?? 1))) throw invalidField('needs', `need ${need.needId}: minMeetings above maxMeetings`)
  }
  const expertIds = state.experts.map((expert) => expert.expertId)
  if (new Set(expertIds).size !== expertIds.length) throw invalidField('experts', 'an expert is enrolled twice')
  const experts = new Set((await eventsDb.existingExperts(sql, expertIds)).map((row) => row.id))
  const missing = expertIds.find((id) => !experts.has(id))
  if (missing) throw invalidField('experts', `no expert ${missing}`)
  const badSlot = state.experts.find((expert) => (expert.slots ?? []).some((slot) => slot >= state.slots.length))
  if (badSlot) throw invalidField('experts', `expert ${badSlot.expertId}: a slot index beyond the event's ${state.slots.length} slots`)
  const key = (pair: { needId: string; expertId: string }) => `${pair.needId}:${pair.expertId}`
  for (const [field, pairs] of [['pins', state.pins], ['forbids', state.forbids]] as const) {
    const stray = pairs.find((pair) => !needIds.includes(pair.needId) || !expertIds.includes(pair.expertId))
    if (stray) throw invalidField(field, `need ${stray.needId} and expert ${stray.expertId} must both be enrolled`)
  }
  const pinned = new Set(state.pins.map(key))
  const both = state.forbids.find((pair) => pinned.has(key(pair)))
  if (both) throw invalidField('forbids', `need ${both.needId} and expert ${both.expertId} are pinned and forbidden at once`)
}

async function writeEnrolment(tx: Queryable, id: string, slotCount: number, input: Partial<Pick<NewEvent, 'needs' | 'experts' | 'pins' | 'forbids'>>) {
  if (input.needs) await eventsDb.replaceNeeds(tx, id, input.needs)
  if (input.experts) await eventsDb.replaceExperts(tx, id, input.experts.map((expert) => ({ ...expert, slots: slotsOf(expert.slots, slotCount) })))
  if (input.pins) await eventsDb.replacePairs(tx, id, 'pin', input.pins)
  if (input.forbids) await eventsDb.replacePairs(tx, id, 'forbid', input.forbids)
}

export async function createEvent(sql: Sql, actor: Actor, input: NewEvent): Promise<EventRow> {
  const principal = actor.principal
  requireOrganiser(principal, 'create matchmaking events')
  const parkId = principal.role === 'park_staff' ? (input.parkId ?? principal.parkId) : input.parkId
  if (!parkId) throw invalidField('parkId', 'an admin names the park')
  if (!canReadParkStats(principal, parkId)) throw new DomainError('forbidden', 'Park staff create events of their own park')
  const state = { slots: input.slots, needs: input.needs ?? [], experts: input.experts ?? [], pins: input.pins ?? [], forbids: input.forbids ?? [] }
  await assertEnrolment(sql, parkId, state)
  return sql.begin(async (tx) => {
    const id = await eventsDb.insertEvent(tx, { ...input, parkId, createdByKeyId: principal.keyId || null }).catch((error: { code?: string }) => {
      if (error.code === '23503') throw invalidField('parkId', `no park ${parkId}`)
      throw error
    })
    await writeEnrolment(tx, id, input.slots.length, state)
    return recordCreation(tx, actor, 'event', (await eventsDb.findEvent(tx, id))!, parkId)
  })
}

export const getEvent = (sql: Queryable, principal: Principal, id: string) => visibleEvent(sql, principal, id)

export async function listEvents(sql: Queryable, principal: Principal, query: EventListQuery): Promise<Page<EventRow>> {
  requireOrganiser(principal, 'list matchmaking events')
  const parkId = principal.role === 'park_staff' ? principal.parkId : null
  const { rows, total } = await eventsDb.listEvents(sql, { parkId, status: query.status, after: decodeCursor(query.cursor), limit: query.limit })
  return toPage(rows, query.limit, total, (row) => row)
}

/** Changes fields, enrolment, pins or forbids under If-Match; a published event no longer changes. */
export async function updateEvent(sql: Sql, actor: Actor, id: string, checkVersion: (row: EventRow) => number, patch: EventPatch): Promise<EventRow> {
  requireOrganiser(actor.principal, 'change matchmaking events')
  return sql.begin(async (tx) => {
    const { after } = await changeVersioned(tx, actor, {
      entityType: 'event',
      id,
      find: async () => {
        const row = await eventsDb.findEvent(tx, id, { forUpdate: true })
        return row && canReadParkStats(actor.principal, row.parkId) ? row : null
      },
      checkVersion,
      check: async (current) => {
        if (current.status === 'published') throw new DomainError('conflict', 'A published event no longer changes', { currentState: 'published' })
        const slots = patch.slots ?? current.slots
        // Existing experts' slots are kept only while they still name slots of the day.
        await assertEnrolment(tx, current.parkId, { slots, needs: patch.needs ?? current.needs, experts: patch.experts ?? current.experts, pins: patch.pins ?? current.pins, forbids: patch.forbids ?? current.forbids })
      },
      write: async (version, current) => {
        if (!(await eventsDb.updateEvent(tx, id, version, patch))) return null
        await writeEnrolment(tx, id, (patch.slots ?? current.slots).length, patch)
        return eventsDb.findEvent(tx, id)
      },
      parkOf: (row) => row.parkId,
    })
    return after
  })
}
