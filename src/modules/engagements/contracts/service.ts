import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import { consultationIdsOfNeed } from '../consultations/queries.js'
import * as contractsDb from './queries.js'
import { loadCandidateProfiles, loadNeedContext } from '../../matching/candidates/queries.js'
import { lockNeedState } from '../queries.js'
import * as matchesDb from '../matches/queries.js'
import { DomainError } from '../../../core/errors.js'
import { type Page, decodeCursor, toPage } from '../../../platform/http/pagination.js'
import { canActForParty, canReviewContract, notFound, partyReadScope } from '../../../core/access.js'
import { assertEngagementAllows, conflictOfInterest } from '../../../core/engagement-rules.js'
import { getNeed } from '../../needs/service.js'
import type { Principal } from '../../../core/principal.js'
import { type CandidateKind } from '../../../core/vocabulary.js'

export const contractKinds = ['development', 'assignment', 'licence', 'consulting', 'service'] as const
export const contractStatuses = ['draft', 'signed', 'in_progress', 'completed', 'terminated'] as const
export const reviewStatuses = ['pending', 'verified', 'rejected'] as const

/** 技术合同 categories, as the registration office names them. */
export const contractKindLabels: Record<contractsDb.ContractKind, string> = {
  development: '技术开发',
  assignment: '技术转让',
  licence: '技术许可',
  consulting: '技术咨询',
  service: '技术服务',
}

type Status = contractsDb.ContractStatus

/** draft → signed → in_progress → completed; any but a completed one may be terminated. */
const transitions: Record<Status, readonly Status[]> = {
  draft: ['signed', 'terminated'],
  signed: ['in_progress', 'terminated'],
  in_progress: ['completed', 'terminated'],
  completed: [],
  terminated: [],
}

export function canTransition(from: Status, to: Status): boolean {
  return transitions[from].includes(to)
}

function illegal(current: string, wanted: string, detail?: string): DomainError {
  return new DomainError('conflict', detail ?? `A contract that is ${current} cannot become ${wanted}`, { currentState: current, wantedState: wanted })
}

/** A completed contract's state is its review's: pending, verified or rejected. */
export function contractState(row: Pick<contractsDb.ContractRow, 'status' | 'reviewStatus'>): string {
  return row.status === 'completed' && row.reviewStatus ? row.reviewStatus : row.status
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('validation_failed', `${path}: ${message}`, { errors: [{ path, message }] })
}

export interface ContractInput {
  needId: string
  /** The accepted invitation the contract follows (required: no path records a contract without one). */
  matchId: string
  counterpartKind?: CandidateKind | undefined
  counterpartId?: string | undefined
  consultationIds?: string[] | undefined
  kind: contractsDb.ContractKind
  title: string
  valueFen: number
  signedOn?: string | null | undefined
  registrationNumber?: string | null | undefined
}

/**
 * A contract follows an engagement: an accepted invitation of the need, whose candidate becomes
 * the counterpart. The need's enterprise, the invitation's answering expert and admins record it;
 * park staff review contracts and do not write them. Whoever records it, the same rules hold: the
 * engagement must allow a contract and the counterpart must not be the enterprise's own.
 */
export async function createContract(sql: Sql, actor: Actor, input: ContractInput): Promise<contractsDb.ContractRow> {
  const { principal } = actor
  if (principal.role === 'park_staff') throw new DomainError('forbidden', 'Park staff review contracts; the parties record them')
  const visible = await getNeed(sql, principal, input.needId)
  if (principal.role === 'enterprise' && visible.enterpriseId !== principal.enterpriseId) {
    throw new DomainError('forbidden', 'Only the need\'s enterprise records contracts for it')
  }
  const { matchId } = input
  return sql.begin(async (tx) => {
    const need = (await lockNeedState(tx, visible.id))!
    const match = await matchesDb.findMatch(tx, matchId, partyReadScope(principal), { forUpdate: true })
    if (!match) throw notFound('match', matchId)
    assertEngagementAllows('contract', match, { id: visible.id, status: need.status })
    if ((input.counterpartKind && input.counterpartKind !== match.candidateKind) || (input.counterpartId && input.counterpartId !== match.candidateId)) {
      throw invalid('body.counterpartId', 'differs from the invitation\'s candidate; omit it or give the same')
    }
    if (principal.role === 'expert' && principal.expertId !== match.responderExpertId) {
      throw new DomainError('forbidden', 'An expert records only contracts where it answers for the counterpart')
    }
    const [profile] = await loadCandidateProfiles(tx, [{ kind: match.candidateKind, id: match.candidateId }])
    const conflict = conflictOfInterest(profile!, (await loadNeedContext(tx, visible.id))!)
    if (conflict) throw new DomainError('conflict', `No contract with this counterpart: ${conflict.detail}`, { rule: conflict.rule })
    const consultationIds = [...new Set(input.consultationIds ?? [])]
    await assertConsultationsOfNeed(tx, visible.id, consultationIds)
    const contract = await contractsDb.insertContract(tx, {
      needId: visible.id,
      matchId,
      parkId: need.parkId,
      enterpriseId: visible.enterpriseId,
      counterpartKind: match.candidateKind,
      counterpartId: match.candidateId,
      counterpartExpertId: match.responderExpertId,
      consultationIds,
      kind: input.kind,
      title: input.title,
      valueFen: input.valueFen,
      signedOn: input.signedOn ?? null,
      registrationNumber: input.registrationNumber ?? null,
    })
    await recordAudit(tx, actor, { action: 'contract.create', entityType: 'contract', entityId: contract.id, parkId: contract.parkId, before: null, after: contract })
    return contract
  })
}

async function assertConsultationsOfNeed(tx: Queryable, needId: string, ids: readonly string[]) {
  const found = await consultationIdsOfNeed(tx, needId, ids)
  const foreign = ids.filter((id) => !found.has(id))
  if (foreign.length > 0) throw invalid('body.consultationIds', `not consultations of this need: ${foreign.join(', ')}`)
}

export async function getContract(sql: Queryable, principal: Principal, id: string): Promise<contractsDb.ContractRow> {
  const row = await contractsDb.findContract(sql, id, partyReadScope(principal))
  if (!row) throw notFound('contract', id)
  return row
}

export async function listContracts(
  sql: Queryable,
  principal: Principal,
  filter: Omit<contractsDb.ContractFilter, 'after'> & { cursor?: string | undefined },
): Promise<Page<contractsDb.ContractRow>> {
  const scope = partyReadScope(principal)
  const query = { ...filter, after: decodeCursor(filter.cursor) }
  const [rows, total] = await Promise.all([contractsDb.listContracts(sql, scope, query), contractsDb.countContracts(sql, scope, query)])
  return toPage(rows, filter.limit, total, (row) => row)
}

/** The contract under a row lock: transitions of one contract are serialised, the later one sees the earlier. */
async function lockVisible(tx: Queryable, principal: Principal, id: string) {
  const current = await contractsDb.findContract(tx, id, partyReadScope(principal), { forUpdate: true })
  if (!current) throw notFound('contract', id)
  return current
}

function assertParty(principal: Principal, contract: contractsDb.ContractRow, action: string) {
  if (!canActForParty(principal, contract)) throw new DomainError('forbidden', `Only the two parties and admins ${action} a contract`)
}

/**
 * Terms change by PATCH until completion. A completed contract is under review (or verified):
 * it changes only by a revision, which goes back to review.
 */
export async function updateContract(
  sql: Sql,
  actor: Actor,
  id: string,
  checkVersion: (row: contractsDb.ContractRow) => number,
  patch: contractsDb.ContractTerms,
): Promise<contractsDb.ContractRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    assertParty(actor.principal, current, 'change')
    const version = checkVersion(current)
    if (current.status === 'completed') {
      throw new DomainError('conflict', `A ${contractState(current)} contract is frozen: correct it with POST /v1/contracts/${id}/revisions`, {
        currentState: contractState(current),
      })
    }
    if (current.status === 'terminated') throw new DomainError('conflict', 'A terminated contract cannot change', { currentState: 'terminated' })
    if (current.status !== 'draft' && patch.signedOn === null) throw invalid('body.signedOn', 'a signed contract keeps its signing date')
    if (patch.consultationIds) {
      patch = { ...patch, consultationIds: [...new Set(patch.consultationIds)] }
      await assertConsultationsOfNeed(tx, current.needId, patch.consultationIds!)
    }
    const updated = await contractsDb.updateContractFields(tx, id, version, patch)
    if (!updated) throw new DomainError('precondition_failed', 'The contract changed meanwhile; GET it again')
    await recordAudit(tx, actor, { action: 'contract.update', entityType: 'contract', entityId: id, parkId: updated.parkId, before: current, after: updated })
    return updated
  })
}

async function transition(
  sql: Sql,
  actor: Actor,
  id: string,
  to: Exclude<Status, 'draft'>,
  steps: {
    before?: (tx: Queryable, current: contractsDb.ContractRow) => Promise<void>
    after?: (tx: Queryable, moved: contractsDb.ContractRow) => Promise<contractsDb.ContractRow>
    terminationReason?: string
  } = {},
): Promise<contractsDb.ContractRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    assertParty(actor.principal, current, to === 'terminated' ? 'terminate' : 'move')
    if (!canTransition(current.status, to)) throw illegal(contractState(current), to)
    await steps.before?.(tx, current)
    const extra = steps.terminationReason === undefined ? {} : { terminationReason: steps.terminationReason }
    const moved = await contractsDb.transitionContract(tx, id, current.status, to, extra)
    if (!moved) throw illegal(contractState(current), to)
    const updated = steps.after ? await steps.after(tx, moved) : moved
    await recordAudit(tx, actor, { action: `contract.${actionName[to]}`, entityType: 'contract', entityId: id, parkId: updated.parkId, before: current, after: updated })
    return updated
  })
}

const actionName: Record<Exclude<Status, 'draft'>, string> = {
  signed: 'sign',
  in_progress: 'start',
  completed: 'complete',
  terminated: 'terminate',
}

/** draft → signed: the signing date (given now or earlier) is required; a registration number may come with it. */
export function signContract(sql: Sql, actor: Actor, id: string, input: { signedOn?: string | undefined; registrationNumber?: string | undefined }) {
  return transition(sql, actor, id, 'signed', {
    before: async (tx, current) => {
      const signedOn = input.signedOn ?? current.signedOn
      if (!signedOn) throw invalid('body.signedOn', 'required: the contract has no signing date yet')
      if (input.signedOn === undefined && input.registrationNumber === undefined) return
      await contractsDb.updateContractFields(tx, id, current.version, { signedOn, registrationNumber: input.registrationNumber })
    },
  })
}

export function startContract(sql: Sql, actor: Actor, id: string) {
  return transition(sql, actor, id, 'in_progress')
}

export function terminateContract(sql: Sql, actor: Actor, id: string, reason: string) {
  return transition(sql, actor, id, 'terminated', { terminationReason: reason })
}

export type OutcomesInput = contractsDb.ContractOutcomes

/**
 * in_progress → completed with its outcomes; the contract goes to park review as revision 1,
 * whose record holds the outcomes as first reported.
 */
export function completeContract(sql: Sql, actor: Actor, id: string, outcomes: OutcomesInput) {
  return transition(sql, actor, id, 'completed', {
    after: async (tx, moved) => {
      const updated = (await contractsDb.updateContractFields(tx, id, moved.version, outcomes))!
      const changes = Object.fromEntries(Object.entries(outcomes).map(([field, value]) => [field, { from: null, to: value }]))
      await contractsDb.insertRevision(tx, {
        contractId: id,
        number: 1,
        reason: '完成并提交成果',
        changes,
        keyId: actor.principal.keyId,
        role: actor.principal.role,
      })
      return updated
    },
  })
}

export type RevisionChanges = Omit<contractsDb.ContractFields, 'consultationIds'>

/**
 * A correction of a completed contract (pending, rejected or verified): the changed fields are
 * applied, recorded with their old and new values, and the contract goes back to review.
 */
export async function reviseContract(sql: Sql, actor: Actor, id: string, input: { reason: string; changes: RevisionChanges }): Promise<contractsDb.ContractRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    assertParty(actor.principal, current, 'revise')
    if (current.status !== 'completed') {
      throw illegal(current.status, 'pending', `Only a completed contract is revised; a ${current.status} one changes by PATCH`)
    }
    const before = current as unknown as Record<string, unknown>
    const changes = Object.fromEntries(
      Object.entries(input.changes)
        .filter(([field, value]) => value !== undefined && JSON.stringify(before[field] ?? null) !== JSON.stringify(value))
        .map(([field, value]) => [field, { from: before[field] ?? null, to: value }]),
    )
    if (Object.keys(changes).length === 0) throw invalid('body.changes', 'changes nothing')
    if (input.changes.signedOn === null) throw invalid('body.changes.signedOn', 'a signed contract keeps its signing date')
    await contractsDb.updateContractFields(tx, id, current.version, input.changes)
    const updated = (await contractsDb.markRevised(tx, id))!
    await contractsDb.insertRevision(tx, {
      contractId: id,
      number: updated.revision,
      reason: input.reason,
      changes,
      keyId: actor.principal.keyId,
      role: actor.principal.role,
    })
    await recordAudit(tx, actor, { action: 'contract.revise', entityType: 'contract', entityId: id, parkId: updated.parkId, before: current, after: updated })
    return updated
  })
}

/** Park staff of the need's park, or an admin, verify or reject the revision under review. */
export async function reviewContract(sql: Sql, actor: Actor, id: string, decision: 'verified' | 'rejected', comment: string): Promise<contractsDb.ContractRow> {
  return sql.begin(async (tx) => {
    const current = await lockVisible(tx, actor.principal, id)
    if (!canReviewContract(actor.principal, current)) throw new DomainError('forbidden', 'Only the park\'s staff and admins review a contract')
    if (current.status !== 'completed' || current.reviewStatus !== 'pending') {
      throw illegal(contractState(current), decision, `Only a completed contract pending review can be ${decision}; this one is ${contractState(current)}`)
    }
    const updated = await contractsDb.reviewContract(tx, id, decision)
    if (!updated) throw illegal(contractState(current), decision)
    await contractsDb.insertReview(tx, { contractId: id, revision: updated.revision, decision, comment, keyId: actor.principal.keyId, role: actor.principal.role })
    // The row was read before the review was written: the comment is the one just given.
    const reviewed = { ...updated, reviewComment: comment }
    await recordAudit(tx, actor, { action: `contract.${decision === 'verified' ? 'verify' : 'reject'}`, entityType: 'contract', entityId: id, parkId: updated.parkId, before: current, after: reviewed })
    return reviewed
  })
}

export async function contractHistory(sql: Queryable, principal: Principal, id: string) {
  const contract = await getContract(sql, principal, id)
  const [revisions, reviews] = await Promise.all([contractsDb.listRevisions(sql, id), contractsDb.listReviews(sql, id)])
  return { contract, revisions, reviews }
}
