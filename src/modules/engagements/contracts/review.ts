import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import { DomainError } from '../../../core/errors.js'
import { canReviewContract } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'
import { assertParty, contractState, illegal, invalid, lockVisible } from './guards.js'
import type { ReviewDecision } from './model.js'
import * as contractsDb from './queries.js'
import { getContract } from './service.js'

// After completion: corrections by the parties (revisions) and the park's review of each.

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
export async function reviewContract(sql: Sql, actor: Actor, id: string, decision: ReviewDecision, comment: string): Promise<contractsDb.ContractRow> {
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
