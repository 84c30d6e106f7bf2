import { notifyContract } from './notify.js'
import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import { consultationIdsOfNeed } from '../consultations/queries.js'
import * as contractsDb from './queries.js'
import { loadCandidateProfiles, loadNeedContext } from '../../matching/index.js'
import { lockNeedState } from '../queries.js'
import { matchRows } from '../matches/queries.js'
import { DomainError, invalidField } from '../../../core/errors.js'
import { assertEngagementAllows, conflictOfInterest } from '../../../core/engagement-rules.js'
import { getNeed } from '../../needs/index.js'
import type { Principal } from '../../../core/principal.js'
import type { ContractStatus } from '../../../core/vocabulary.js'
import { writtenOr } from '../party-rows.js'
import { assertParty, canTransition, contractState, illegal } from './guards.js'
import type { ContractKind, ContractListQuery, ContractOutcomes, ContractPatch, ContractRow, NewContract } from './model.js'

const { contractRows } = contractsDb

/** 技术合同 categories, as the registration office names them. */
export const contractKindLabels: Record<ContractKind, string> = {
  development: '技术开发',
  assignment: '技术转让',
  licence: '技术许可',
  consulting: '技术咨询',
  service: '技术服务',
}

/**
 * A contract follows an engagement: an accepted invitation of the need, whose candidate becomes
 * the counterpart. The need's enterprise, the invitation's answering expert and admins record it;
 * park staff review contracts and do not write them. Whoever records it, the same rules hold: the
 * engagement must allow a contract and the counterpart must not be the enterprise's own.
 */
export async function createContract(sql: Sql, actor: Actor, input: NewContract): Promise<ContractRow> {
  const { principal } = actor
  if (principal.role === 'park_staff') throw new DomainError('forbidden', 'Park staff review contracts; the parties record them')
  const visible = await getNeed(sql, principal, input.needId)
  if (principal.role === 'enterprise' && visible.enterpriseId !== principal.enterpriseId) {
    throw new DomainError('forbidden', 'Only the need\'s enterprise records contracts for it')
  }
  const { matchId } = input
  return sql.begin(async (tx) => {
    const need = (await lockNeedState(tx, visible.id))!
    const match = await matchRows.visible(tx, principal, matchId, { forUpdate: true })
    assertEngagementAllows('contract', match, { id: visible.id, status: need.status })
    if ((input.counterpartKind && input.counterpartKind !== match.candidateKind) || (input.counterpartId && input.counterpartId !== match.candidateId)) {
      throw invalidField('counterpartId', 'differs from the invitation\'s candidate; omit it or give the same')
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
  if (foreign.length > 0) throw invalidField('consultationIds', `not consultations of this need: ${foreign.join(', ')}`)
}

export const getContract = (sql: Queryable, principal: Principal, id: string): Promise<ContractRow> => contractRows.visible(sql, principal, id)

export const listContracts = (sql: Queryable, principal: Principal, query: ContractListQuery) => contractsDb.listContracts(sql, principal, query)

/**
 * Terms change by PATCH until completion. A completed contract is under review (or verified):
 * it changes only by a revision, which goes back to review.
 */
export function updateContract(sql: Sql, actor: Actor, id: string, checkVersion: (row: ContractRow) => number, patch: ContractPatch): Promise<ContractRow> {
  return contractRows.change(sql, actor, id, 'update', async (tx, current) => {
    assertParty(actor.principal, current, 'change')
    const version = checkVersion(current)
    if (current.status === 'completed') {
      throw new DomainError('conflict', `A ${contractState(current)} contract is frozen: correct it with POST /v1/contracts/${id}/revisions`, {
        currentState: contractState(current),
      })
    }
    if (current.status === 'terminated') throw new DomainError('conflict', 'A terminated contract cannot change', { currentState: 'terminated' })
    if (current.status !== 'draft' && patch.signedOn === null) throw invalidField('signedOn', 'a signed contract keeps its signing date')
    if (patch.consultationIds) {
      patch = { ...patch, consultationIds: [...new Set(patch.consultationIds)] }
      await assertConsultationsOfNeed(tx, current.needId, patch.consultationIds!)
    }
    const updated = await contractsDb.updateContractFields(tx, id, version, patch)
    return writtenOr(updated, () => new DomainError('precondition_failed', 'The contract changed meanwhile; GET it again'))
  })
}

type Moved = Exclude<ContractStatus, 'draft'>

/** A move of the state machine by a party: the checks, the steps around the write, the audit entry named after the move. */
function transition(
  sql: Sql,
  actor: Actor,
  id: string,
  to: Moved,
  steps: {
    before?: (tx: Queryable, current: ContractRow) => Promise<void>
    after?: (tx: Queryable, moved: ContractRow) => Promise<ContractRow>
    terminationReason?: string
  } = {},
): Promise<ContractRow> {
  return contractRows.change(sql, actor, id, actionName[to], async (tx, current) => {
    assertParty(actor.principal, current, to === 'terminated' ? 'terminate' : 'move')
    if (!canTransition(current.status, to)) throw illegal(contractState(current), to)
    await steps.before?.(tx, current)
    const extra = steps.terminationReason === undefined ? {} : { terminationReason: steps.terminationReason }
    const moved = writtenOr(await contractsDb.transitionContract(tx, id, current.status, to, extra), () => illegal(contractState(current), to))
    return steps.after ? await steps.after(tx, moved) : moved
  })
}

const actionName: Record<Moved, string> = {
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
      if (!signedOn) throw invalidField('signedOn', 'required: the contract has no signing date yet')
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

/**
 * in_progress → completed with its outcomes; the contract goes to park review as revision 1,
 * whose record holds the outcomes as first reported.
 */
export function completeContract(sql: Sql, actor: Actor, id: string, outcomes: ContractOutcomes) {
  return transition(sql, actor, id, 'completed', {
    after: async (tx, moved) => {
      const updated = (await contractsDb.updateContractFields(tx, id, moved.version, outcomes))!
      const changes = Object.fromEntries(Object.entries(outcomes).map(([field, value]) => [field, { from: null, to: value }]))
      await contractsDb.insertRevision(tx, actor.principal, { contractId: id, number: 1, reason: '完成并提交成果', changes })
      await notifyContract(tx, actor, 'contract.submitted_for_review', updated)
      return updated
    },
  })
}
