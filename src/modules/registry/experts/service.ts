import type { Actor } from '../../../platform/db/audit.js'
import { changeVersioned, existing, recordCreation } from '../../../platform/db/versioned-change.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import { findEnterprise } from '../enterprises/queries.js'
import { publish } from '../../../platform/db/events.js'
import * as expertsDb from './queries.js'
import type { ExpertListQuery, ExpertPatch, ExpertRow, NewAchievement, NewExpert } from './model.js'
import { unknownIndustryCodes } from '../industries/queries.js'
import { DomainError, type FieldError } from '../../../core/errors.js'
import type { Page } from '../../../platform/http/pagination.js'
import { canChangeExpertCredentials, canCreateExpert, canWriteExpert, enterpriseReadScope, expertCredentialFields } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'
import { requestReindex } from '../../../platform/db/outbox.js'

/** The profile plus its ordered achievements and society memberships, written together. */
export type ExpertInput = NewExpert & {
  achievements?: NewAchievement[] | undefined
  societyIds?: string[] | undefined
}

/** Fields present are changed; `achievements` and `societyIds`, when present, replace the whole set. */
export type ExpertChange = ExpertPatch & {
  achievements?: NewAchievement[] | undefined
  societyIds?: string[] | undefined
}

/**
 * Checks every reference in the input at once, so one 400 names every bad field. `current` is the
 * stored expert on update (its achievements are the only ids an input achievement may carry).
 */
async function assertReferences(tx: Queryable, principal: Principal, input: ExpertChange, current: ExpertRow | null): Promise<void> {
  const errors: FieldError[] = []
  if (input.industries) {
    const unknown = await unknownIndustryCodes(tx, input.industries)
    if (unknown.length) errors.push({ path: 'body.industries', message: `unknown industry code(s): ${unknown.join(', ')} (see GET /v1/industries)` })
  }
  if (input.societyIds) {
    const unknown = await expertsDb.unknownSocietyIds(tx, input.societyIds)
    if (unknown.length) errors.push({ path: 'body.societyIds', message: `unknown society id(s): ${unknown.join(', ')}` })
  }
  if (input.enterpriseId && input.enterpriseId !== current?.enterpriseId) {
    // Only enterprises the caller may read can be named, so the check reveals nothing beyond its scope.
    if (!(await findEnterprise(tx, input.enterpriseId, enterpriseReadScope(principal)))) {
      errors.push({ path: 'body.enterpriseId', message: 'no such enterprise' })
    }
  }
  if (input.achievements) {
    const known = new Set(current?.achievements.map((achievement) => achievement.id) ?? [])
    const seen = new Set<string>()
    input.achievements.forEach((achievement, index) => {
      if (achievement.id === undefined) return
      if (!known.has(achievement.id)) {
        errors.push({ path: `body.achievements.${index}.id`, message: 'not an achievement of this expert; omit id for a new one' })
      } else if (seen.has(achievement.id)) {
        errors.push({ path: `body.achievements.${index}.id`, message: 'appears more than once' })
      }
      seen.add(achievement.id)
    })
  }
  if (errors.length) {
    throw new DomainError('validation_failed', errors.map((error) => `${error.path}: ${error.message}`).join('; '), { errors })
  }
}

async function assertNameFree(tx: Queryable, name: string, organisation: string, selfId: string | null): Promise<void> {
  const other = await expertsDb.findExpertByNameAndOrganisation(tx, name, organisation)
  if (other && other.id !== selfId) {
    throw new DomainError('conflict', `An expert named ${name} at ${organisation || '(no organisation)'} already exists (name and organisation are unique together)`)
  }
}

/** Credentials (院士, 职称, employer, organisation) are the association's to change: any other key that changes one is 403. */
function assertCredentialsKept(principal: Principal, profile: ExpertPatch, current: ExpertRow): void {
  if (canChangeExpertCredentials(principal)) return
  const changed = expertCredentialFields.filter((field) => profile[field] !== undefined && profile[field] !== current[field])
  if (changed.length > 0) {
    const message = 'a credential (院士, 职称, employer, organisation): only the association changes it'
    throw new DomainError('forbidden', `${changed.map((field) => `body.${field}`).join(', ')}: ${message}`, {
      errors: changed.map((field) => ({ path: `body.${field}`, message })),
    })
  }
}

/** Admins and park staff register experts; the profile, achievements and memberships commit together. */
export async function createExpert(sql: Sql, actor: Actor, input: ExpertInput): Promise<ExpertRow> {
  return sql.begin((tx) => createExpertInTx(tx, actor, input))
}

/** The create with every check, inside the caller's transaction (bulk import batches many). */
export async function createExpertInTx(tx: Queryable, actor: Actor, input: ExpertInput): Promise<ExpertRow> {
  if (!canCreateExpert(actor.principal)) throw new DomainError('forbidden', `A ${actor.principal.role} key may not register experts`)
  const { achievements = [], societyIds = [], ...profile } = input
  await assertReferences(tx, actor.principal, input, null)
  await assertNameFree(tx, profile.name, profile.organisation ?? '', null)
  const { id } = await expertsDb.insertExpert(tx, profile)
  await expertsDb.replaceAchievements(tx, id, achievements)
  await expertsDb.replaceMemberships(tx, id, societyIds)
  const expert = await recordCreation(tx, actor, 'expert', (await expertsDb.findExpert(tx, id))!, null)
  await requestReindex(tx, 'expert', [id])
  return expert
}

/** Every role reads expert profiles: they are published professional profiles. */
export async function getExpert(sql: Queryable, id: string): Promise<ExpertRow> {
  return existing('expert', id, await expertsDb.findExpert(sql, id))
}

/**
 * Admins change any expert, an expert key only its own. Because every role can read every expert,
 * a refusal is 403 (it reveals nothing), while a missing expert is 404.
 */
export async function updateExpert(
  sql: Sql,
  actor: Actor,
  id: string,
  checkVersion: (row: ExpertRow) => number,
  change: ExpertChange,
  followDeclines?: (autoNextMatchIds: string[]) => Promise<void>,
): Promise<ExpertRow> {
  const autoNextMatchIds: string[] = []
  const updated = await sql.begin((tx) => updateExpertInTx(tx, actor, id, checkVersion, change, autoNextMatchIds))
  if (autoNextMatchIds.length > 0) await followDeclines?.(autoNextMatchIds)
  return updated
}

/**
 * The update with every check, inside the caller's transaction. An expert made unavailable
 * declines its unanswered invitations in the same transaction (engagements follow the event; the
 * ids of those whose need asked for the next candidate are added to `autoNextMatchIds`);
 * engagements it already accepted go on.
 */
export async function updateExpertInTx(
  tx: Queryable,
  actor: Actor,
  id: string,
  checkVersion: (row: ExpertRow) => number,
  change: ExpertChange,
  autoNextMatchIds: string[] = [],
): Promise<ExpertRow> {
  const { principal } = actor
  const { achievements, societyIds, ...profile } = change
  // Invitations are locked before the expert, the order accepts take them in.
  if (profile.availability === 'unavailable') await publish(tx, actor, 'expert.stopping', { expertId: id })
  const { before: current, after: updated } = await changeVersioned(tx, actor, {
    entityType: 'expert',
    id,
    find: () => expertsDb.findExpert(tx, id, { forUpdate: true }),
    authorise: (current) => {
      if (!canWriteExpert(principal, current)) {
        throw new DomainError('forbidden', principal.role === 'expert' ? 'An expert key changes only its own profile' : `A ${principal.role} key may not change expert profiles`)
      }
    },
    checkVersion,
    check: async (current) => {
      assertCredentialsKept(principal, profile, current)
      await assertReferences(tx, principal, change, current)
      const name = profile.name ?? current.name
      const organisation = profile.organisation ?? current.organisation
      if (name !== current.name || organisation !== current.organisation) await assertNameFree(tx, name, organisation, id)
    },
    write: async (version) => {
      if (!(await expertsDb.updateExpert(tx, id, version, profile))) return null
      if (achievements) await expertsDb.replaceAchievements(tx, id, achievements)
      if (societyIds) await expertsDb.replaceMemberships(tx, id, societyIds)
      return expertsDb.findExpert(tx, id)
    },
    parkOf: () => null,
  })
  if (current.availability !== 'unavailable' && updated.availability === 'unavailable') {
    await publish(tx, actor, 'expert.stopped', { expertId: id, autoNextMatchIds })
  }
  await requestReindex(tx, 'expert', [id])
  return updated
}

export function listExperts(sql: Queryable, query: ExpertListQuery): Promise<Page<ExpertRow>> {
  return expertsDb.pageExperts(sql, query)
}
