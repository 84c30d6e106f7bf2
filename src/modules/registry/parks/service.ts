import type { Queryable, Sql } from '../../../platform/db/client.js'
import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import { changeVersioned, existing, recordCreation } from '../../../platform/db/versioned-change.js'
import { type IndustryRow, findIndustry, insertIndustry, listIndustries, unknownIndustryCodes } from '../industries/queries.js'
import * as parksDb from './queries.js'
import type { NewPark, ParkPatch, ParkRow } from './model.js'
import { DomainError } from '../../../core/errors.js'
import { type Page, decodeCursor, toPage } from '../../../platform/http/pagination.js'
import { canWriteReferenceData } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'

function requireAdmin(principal: Principal, action: string): void {
  if (!canWriteReferenceData(principal)) throw new DomainError('forbidden', `Only admins ${action}`)
}

/** Industry codes a client sends must be on the reference list; name the offending field. */
export async function assertIndustriesKnown(sql: Queryable, codes: readonly string[] | undefined, path: string): Promise<void> {
  const unknown = await unknownIndustryCodes(sql, codes ?? [])
  if (unknown.length > 0) {
    const message = `unknown industry code(s): ${unknown.join(', ')} (see GET /v1/industries)`
    throw new DomainError('validation_failed', `${path}: ${message}`, { errors: [{ path, message }] })
  }
}

export async function createPark(sql: Sql, actor: Actor, input: NewPark): Promise<ParkRow> {
  requireAdmin(actor.principal, 'create parks')
  await assertIndustriesKnown(sql, input.keyIndustries, 'body.keyIndustries')
  return sql.begin(async (tx) => {
    const park = await parksDb.insertPark(tx, input)
    return recordCreation(tx, actor, 'park', park, park.id)
  })
}

export async function getPark(sql: Queryable, id: string): Promise<ParkRow> {
  return existing('park', id, await parksDb.findPark(sql, id))
}

export async function updatePark(sql: Sql, actor: Actor, id: string, checkVersion: (row: ParkRow) => number, patch: ParkPatch): Promise<ParkRow> {
  requireAdmin(actor.principal, 'change parks')
  await assertIndustriesKnown(sql, patch.keyIndustries, 'body.keyIndustries')
  return sql.begin(async (tx) => {
    const { after } = await changeVersioned(tx, actor, {
      entityType: 'park',
      id,
      find: () => parksDb.findPark(tx, id, { forUpdate: true }),
      checkVersion,
      write: (version) => parksDb.updatePark(tx, id, version, patch),
      parkOf: (park) => park.id,
    })
    return after
  })
}

export async function listParks(
  sql: Queryable,
  filter: Omit<parksDb.ParkFilter, 'after'> & { cursor?: string | undefined },
): Promise<Page<ParkRow>> {
  const query = { ...filter, after: decodeCursor(filter.cursor) }
  const [rows, total] = await Promise.all([parksDb.listParks(sql, query), parksDb.countParks(sql, query)])
  return toPage(rows, filter.limit, total, (row) => row)
}

export async function createIndustry(sql: Sql, actor: Actor, input: Omit<IndustryRow, 'createdAt'>): Promise<IndustryRow> {
  requireAdmin(actor.principal, 'add industries')
  return sql.begin(async (tx) => {
    if (await findIndustry(tx, input.code)) throw new DomainError('conflict', `Industry ${input.code} already exists`)
    const industry = await insertIndustry(tx, input)
    await recordAudit(tx, actor, { action: 'industry.create', entityType: 'industry', entityId: industry.code, parkId: null, before: null, after: industry })
    return industry
  })
}

export { listIndustries }
