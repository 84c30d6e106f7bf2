import type { Principal } from '../../../core/principal.js'
import { DomainError } from '../../../core/errors.js'
import { canActForParty } from '../../../core/access.js'
import type { ContractStatus } from '../../../core/vocabulary.js'
import { illegalChange } from '../party-rows.js'
import type { ContractRow } from './model.js'

// What every change of a contract checks first: its state machine and who may act.

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

export const illegal = (current: string, wanted: string, detail?: string): DomainError => illegalChange('A contract', current, wanted, detail)

/** A completed contract's state is its review's: pending, verified or rejected. */
export function contractState(row: Pick<ContractRow, 'status' | 'reviewStatus'>): string {
  return row.status === 'completed' && row.reviewStatus ? row.reviewStatus : row.status
}

export function assertParty(principal: Principal, contract: ContractRow, action: string) {
  if (!canActForParty(principal, contract)) throw new DomainError('forbidden', `Only the two parties and admins ${action} a contract`)
}
