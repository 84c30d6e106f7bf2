import type { Principal } from '../../../core/principal.js'
import { DomainError } from '../../../core/errors.js'
import { canActForParty, notFound, partyReadScope } from '../../../core/access.js'
import type { ContractStatus } from '../../../core/vocabulary.js'
import type { Queryable } from '../../../platform/db/client.js'
import * as contractsDb from './queries.js'

// What every change of a contract checks first: its state machine, who may act, and the row lock.

type Status = ContractStatus

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

export function illegal(current: string, wanted: string, detail?: string): DomainError {
  return new DomainError('conflict', detail ?? `A contract that is ${current} cannot become ${wanted}`, { currentState: current, wantedState: wanted })
}

/** A completed contract's state is its review's: pending, verified or rejected. */
export function contractState(row: Pick<contractsDb.ContractRow, 'status' | 'reviewStatus'>): string {
  return row.status === 'completed' && row.reviewStatus ? row.reviewStatus : row.status
}

export function invalid(path: string, message: string): DomainError {
  return new DomainError('validation_failed', `${path}: ${message}`, { errors: [{ path, message }] })
}

/** The contract under a row lock: transitions of one contract are serialised, the later one sees the earlier. */
export async function lockVisible(tx: Queryable, principal: Principal, id: string) {
  const current = await contractsDb.findContract(tx, id, partyReadScope(principal), { forUpdate: true })
  if (!current) throw notFound('contract', id)
  return current
}

export function assertParty(principal: Principal, contract: contractsDb.ContractRow, action: string) {
  if (!canActForParty(principal, contract)) throw new DomainError('forbidden', `Only the two parties and admins ${action} a contract`)
}
