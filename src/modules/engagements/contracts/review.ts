import { notifyContract } from './notify.js'
import type { Actor } from '../../../platform/db/audit.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import { DomainError, invalidField } from '../../../core/errors.js'
import { canReviewContract } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'
import { writtenOr } from '../party-rows.js'
import { assertParty, contractState, illegal } from './guards.js'
import type { ContractFields, ContractRow, ReviewDecision } from './model.js'
import * as contractsDb from './queries.js'
import { getContract } from './service.js'

// After completion: corrections by the parties (revisions) and the park's review of each.

export type RevisionChanges = Omit<ContractFields, 'consultationIds'>

/**
 * A correction of a completed contract (pending, rejected or verified): the changed fields are
 * applied, recorded with their old and new values, and the contract goes back to review.
 */
export function reviseContract(sql: Sql, actor: Actor, id: string, input: { reason: string; changes: RevisionChanges }): Promise<ContractRow> {
  return contractsDb.contractRows.change(sql, actor, id, 'revise', async (tx, current) => {
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
    if (Object.keys(changes).length === 0) throw invalidField('changes', 'changes nothing')
    if (input.changes.signedOn === null) throw invalidField('changes.signedOn', 'a signed contract keeps its signing date')
    await contractsDb.updateContractFields(tx, id, current.version, input.changes)
    const updated = (await contractsDb.markRevised(tx, id))!
    await contractsDb.insertRevision(tx, actor.principal, { contractId: id, number: updated.revision, reason: input.reason, changes })
    await notifyContract(tx, actor, 'contract.submitted_for_review', updated)
    return updated
  })
}

/** Park staff of the need's park, or an admin, verify or reject the revision under review. */
export function reviewContract(sql: Sql, actor: Actor, id: string, decision: ReviewDecision, comment: string): Promise<ContractRow> {
  return contractsDb.contractRows.change(sql, actor, id, decision === 'verified' ? 'verify' : 'reject', async (tx, current) => {
    if (!canReviewContract(actor.principal, current)) throw new DomainError('forbidden', 'Only the park\'s staff and admins review a contract')
    if (current.status !== 'completed' || current.reviewStatus !== 'pending') {
      throw illegal(contractState(current), decision, `Only a completed contract pending review can be ${decision}; this one is ${contractState(current)}`)
    }
    const updated = writtenOr(await contractsDb.reviewContract(tx, id, decision), () => illegal(contractState(current), decision))
    await contractsDb.insertReview(tx, actor.principal, { contractId: id, revision: updated.revision, decision, comment })
    await notifyContract(tx, actor, decision === 'verified' ? 'contract.verified' : 'contract.rejected', updated, comment)
    // The row was read before the review was written: the comment is the one just given.
    return { ...updated, reviewComment: comment }
  })
}

export async function contractHistory(sql: Queryable, principal: Principal, id: string) {
  const contract = await getContract(sql, principal, id)
  const [revisions, reviews] = await Promise.all([contractsDb.listRevisions(sql, id), contractsDb.listReviews(sql, id)])
  return { contract, revisions, reviews }
}
