import type { Queryable, Sql } from '../../../platform/db/client.js'
import type { Actor } from '../../../platform/db/audit.js'
import { changeVersioned, existing, recordCreation } from '../../../platform/db/versioned-change.js'
import * as societiesDb from './queries.js'
import type { NewSociety, SocietyListQuery, SocietyPatch, SocietyRow } from './model.js'
import { unknownExpertIds } from '../workstations/queries.js'
import { DomainError } from '../../../core/errors.js'
import type { Page } from '../../../platform/http/pagination.js'
import { canWriteReferenceData } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'
import { publish } from '../../../platform/db/events.js'
import { requestReindex } from '../../../platform/db/outbox.js'

function requireReferenceDataWriter(principal: Principal, action: string): void {
  if (!canWriteReferenceData(principal)) throw new DomainError('forbidden', `Only the association's admins may ${action}`)
}

async function assertNameFree(sql: Queryable, name: string, exceptId: string | null): Promise<void> {
  if (await societiesDb.societyIdByName(sql, name, exceptId)) {
    throw new DomainError('conflict', `A society named ${name} already exists`, {
      errors: [{ path: 'body.name', message: 'already taken by another society' }],
    })
  }
}

async function assertContactExpert(sql: Queryable, expertId: string | null | undefined): Promise<void> {
  if (expertId && (await unknownExpertIds(sql, [expertId])).length > 0) {
    throw new DomainError('validation_failed', `body.contactExpertId: no expert ${expertId}`, {
      errors: [{ path: 'body.contactExpertId', message: `no expert ${expertId}` }],
    })
  }
}

/** Societies are reference data: only admins create them. */
export async function createSociety(sql: Sql, actor: Actor, input: NewSociety): Promise<SocietyRow> {
  requireReferenceDataWriter(actor.principal, 'create societies')
  return sql.begin(async (tx) => {
    await assertContactExpert(tx, input.contactExpertId)
    await assertNameFree(tx, input.name, null)
    const society = await recordCreation(tx, actor, 'society', await societiesDb.insertSociety(tx, input), null)
    await requestReindex(tx, 'society', [society.id])
    return society
  })
}

/** Every role reads every society. */
export async function getSociety(sql: Queryable, id: string): Promise<SocietyRow> {
  return existing('society', id, await societiesDb.findSociety(sql, id))
}

export async function updateSociety(sql: Sql, actor: Actor, id: string, checkVersion: (row: SocietyRow) => number, patch: SocietyPatch): Promise<SocietyRow> {
  requireReferenceDataWriter(actor.principal, 'change societies')
  return sql.begin(async (tx) => {
    const { before: current, after: updated } = await changeVersioned(tx, actor, {
      entityType: 'society',
      id,
      find: () => societiesDb.findSociety(tx, id, { forUpdate: true }),
      checkVersion,
      check: async (current) => {
        await assertContactExpert(tx, patch.contactExpertId)
        if (patch.name !== undefined && patch.name !== current.name) await assertNameFree(tx, patch.name, id)
      },
      write: (version) => societiesDb.updateSociety(tx, id, version, patch),
      parkOf: () => null,
    })
    if (updated.contactExpertId !== current.contactExpertId) await publish(tx, actor, 'responder.changed', { kind: 'society', candidateId: id, expertId: updated.contactExpertId })
    await requestReindex(tx, 'society', [id])
    return updated
  })
}

export function listSocieties(sql: Queryable, query: SocietyListQuery): Promise<Page<SocietyRow>> {
  return societiesDb.pageSocieties(sql, query)
}
