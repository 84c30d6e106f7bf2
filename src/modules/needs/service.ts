import type { Queryable, Sql } from '../../platform/db/client.js'
import { type Actor, recordAudit } from '../../platform/db/audit.js'
import { changeVersioned, existing, recordCreation } from '../../platform/db/versioned-change.js'
import { findEnterprise } from '../registry/index.js'
import { publish } from '../../platform/db/events.js'
import * as needsDb from './queries.js'
import { type NeedStatus, needStatuses, needStatusesTakingPartners, needVisibilities, needVisibilitiesForAllExperts } from '../../core/vocabulary.js'

export { needStatuses, needVisibilities }
import type { NeedListQuery, NeedPatch, NeedRow, NewNeed } from './model.js'
import { DomainError, invalidField } from '../../core/errors.js'
import type { Page } from '../../platform/http/pagination.js'
import { type NeedReadScope, canWriteNeed, enterpriseReadScope, needReadScope, notFound } from '../../core/access.js'
import type { Principal } from '../../core/principal.js'
import { assertIndustriesKnown } from '../registry/index.js'
import { requestReindex } from '../../platform/db/outbox.js'
import { assertProposalsMayOpen, conflictedEnterpriseIds } from '../../core/engagement-rules.js'
import { notifyNeedChange } from './notifications.js'
import { type Concealed, concealEnterprise, concealPage } from './confidential.js'

/** draft → open → in_progress → resolved → closed; a stalled engagement may reopen; any live need may close. */
const statusTransitions: Record<NeedStatus, readonly NeedStatus[]> = {
  draft: ['open', 'closed'],
  open: ['in_progress', 'closed'],
  in_progress: ['open', 'resolved', 'closed'],
  resolved: ['closed'],
  closed: [],
}

export function assertNeedTransition(current: NeedStatus, wanted: NeedStatus): void {
  if (current === wanted) return
  if (!statusTransitions[current].includes(wanted)) {
    throw new DomainError('conflict', `A need in status ${current} cannot become ${wanted}`, {
      currentState: current,
      wantedState: wanted,
      allowed: statusTransitions[current],
    })
  }
}

function assertBudget(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && min > max) throw invalidField('budgetMaxFen', 'must not be below budgetMinFen')
}

export type NeedInput = Omit<NewNeed, 'enterpriseId' | 'parkId'> & { enterpriseId?: string | undefined }

/** Enterprises post for themselves; park staff for an enterprise of their park; admins for any. */
export async function createNeed(sql: Sql, actor: Actor, input: NeedInput): Promise<NeedRow> {
  return sql.begin((tx) => createNeedInTx(tx, actor, input))
}

/** The create with every check, inside the caller's transaction (bulk import batches many). */
export async function createNeedInTx(tx: Queryable, actor: Actor, input: NeedInput): Promise<NeedRow> {
  const { principal } = actor
  if (principal.role === 'expert') throw new DomainError('forbidden', 'Experts do not post needs')
  const enterpriseId = principal.role === 'enterprise' ? (input.enterpriseId ?? principal.enterpriseId) : input.enterpriseId
  if (!enterpriseId) throw invalidField('enterpriseId', 'required for this role')
  // Independent statements are sent together (one round trip, one socket write each way); the
  // refusals are still judged in the order below, so the same request gets the same answer.
  const [enterprise, unknownIndustry] = await Promise.all([
    findEnterprise(tx, enterpriseId, enterpriseReadScope(principal)),
    assertIndustriesKnown(tx, [input.industryCode], 'body.industryCode').then(() => null, (error: unknown) => error),
  ])
  if (!enterprise || !canWriteNeed(principal, { enterpriseId, parkId: enterprise.parkId })) throw notFound('enterprise', enterpriseId)
  if (input.status && input.status !== 'draft' && input.status !== 'open') throw invalidField('status', 'a new need is draft or open')
  assertBudget(input.budgetMinFen, input.budgetMaxFen)
  if (unknownIndustry) throw unknownIndustry
  const need = await needsDb.insertNeed(tx, { ...input, enterpriseId, parkId: enterprise.parkId })
  await Promise.all([recordCreation(tx, actor, 'need', need, need.parkId), requestReindex(tx, 'need', [need.id])])
  return need
}

export async function getNeed(sql: Queryable, principal: Principal, id: string): Promise<NeedRow> {
  return existing('need', id, await needsDb.findNeed(sql, id, await readScopeOf(sql, principal)))
}

type CheckVersion = (row: NeedRow) => number

export function updateNeed(sql: Sql, actor: Actor, id: string, checkVersion: CheckVersion, patch: NeedPatch): Promise<NeedRow> {
  return sql.begin((tx) => updateNeedInTx(tx, actor, id, checkVersion, patch))
}

/** The update with every check, inside the caller's transaction. A need this key may not change is not found. */
export async function updateNeedInTx(tx: Queryable, actor: Actor, id: string, checkVersion: CheckVersion, patch: NeedPatch): Promise<NeedRow> {
  const { principal } = actor
  const { before: current, after: updated } = await changeVersioned(tx, actor, {
    entityType: 'need',
    id,
    find: async () => needsDb.findNeed(tx, id, await readScopeOf(tx, principal), { forUpdate: true }),
    authorise: (current) => {
      if (!canWriteNeed(principal, current)) throw notFound('need', id)
    },
    checkVersion,
    check: async (current) => {
      if (patch.status) assertNeedTransition(current.status, patch.status)
      // A budget bound the patch leaves out keeps its stored value; null clears it.
      const { budgetMinFen = current.budgetMinFen, budgetMaxFen = current.budgetMaxFen } = patch
      assertBudget(budgetMinFen, budgetMaxFen)
      if (patch.industryCode !== undefined) await assertIndustriesKnown(tx, [patch.industryCode], 'body.industryCode')
      assertProposalWindow(current, patch, new Date())
    },
    write: (version, before) => needsDb.updateNeed(tx, id, version, withProposalWindow(before, patch)),
    parkOf: (need) => need.parkId,
  })
  if (updated.status !== current.status) await publish(tx, actor, 'need.status_changed', { needId: id, before: current.status, after: updated.status })
  await notifyNeedChange(tx, actor, current, updated)
  await requestReindex(tx, 'need', [id])
  return updated
}

/** The first accept puts an open need in progress; the change is the need's own audit entry. */
export async function startNeed(tx: Queryable, actor: Actor, needId: string): Promise<void> {
  const before = await needsDb.findNeed(tx, needId, { kind: 'all' })
  const started = await needsDb.markNeedInProgress(tx, needId)
  if (started) {
    await recordAudit(tx, actor, { action: 'need.start', entityType: 'need', entityId: needId, parkId: started.parkId, before, after: started })
  }
}

/**
 * Opening a need for proposals is checked against the need as the patch leaves it. While open it
 * stays readable by every expert (public or confidential): making it park or private first takes it out of proposals (null), so no
 * proposer loses the text under its feet unawares. A need that stops taking partners (resolved,
 * closed) stops taking proposals with it (`withProposalWindow`).
 */
function assertProposalWindow(current: NeedRow, patch: NeedPatch, now: Date): void {
  if (patch.proposalsCloseAt) {
    return assertProposalsMayOpen({ status: patch.status ?? current.status, visibility: patch.visibility ?? current.visibility }, new Date(patch.proposalsCloseAt), now)
  }
  const open = patch.proposalsCloseAt === undefined && current.proposalsCloseAt !== null && current.proposalsCloseAt > now
  if (open && patch.visibility !== undefined && !needVisibilitiesForAllExperts.includes(patch.visibility)) {
    throw new DomainError('conflict', 'The need is open for proposals: stop taking them (proposalsCloseAt: null) before narrowing who may read it', { currentState: 'open_for_proposals' })
  }
}

/** The patch as written: a need leaving the statuses that take partners closes its proposals too. */
function withProposalWindow(current: NeedRow, patch: NeedPatch): NeedPatch {
  const status = patch.status ?? current.status
  return current.proposalsCloseAt !== null && !needStatusesTakingPartners.includes(status) ? { ...patch, proposalsCloseAt: null } : patch
}

/** The needs this key may read; an expert's scope leaves out the confidential needs it has a conflict with (one more read, experts only). */
async function readScopeOf(sql: Queryable, principal: Principal): Promise<NeedReadScope> {
  if (principal.role !== 'expert') return needReadScope(principal, [])
  const { affiliations, enterprises } = await needsDb.confidentialConflictInputs(sql, principal.expertId)
  return needReadScope(principal, conflictedEnterpriseIds(affiliations, enterprises))
}

/** Of these needs, those this key may read (ranked lists filter by it in one read). */
export const readableNeedIds = async (sql: Queryable, principal: Principal, ids: readonly string[]): Promise<Set<string>> =>
  ids.length === 0 ? new Set() : needsDb.readableNeedIds(sql, await readScopeOf(sql, principal), ids)

/** A page of the needs this key may read, as it may read them (a confidential need's enterprise concealed). */
export async function listNeeds(sql: Queryable, principal: Principal, query: NeedListQuery): Promise<Page<Concealed<NeedRow>>> {
  return concealPage(sql, principal, await needsDb.pageNeeds(sql, await readScopeOf(sql, principal), query), needIdOf)
}

/** One need as this key may read it (`getNeed` is the whole row, for the services' rules). */
export async function readNeed(sql: Queryable, principal: Principal, id: string): Promise<Concealed<NeedRow>> {
  return concealEnterprise(sql, principal, await getNeed(sql, principal, id), needIdOf)
}

const needIdOf = (need: NeedRow) => need.id
