import { describe, expect, it } from 'vitest'
import { contractStatuses } from '../../../src/core/vocabulary.js'
import { canTransition, contractState } from '../../../src/modules/engagements/contracts/guards.js'

describe('contract state machine', () => {
  const allowed = new Set(['draft→signed', 'draft→terminated', 'signed→in_progress', 'signed→terminated', 'in_progress→completed', 'in_progress→terminated'])
  it.each(contractStatuses.flatMap((from) => contractStatuses.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed.has(`${from}→${to}`))
  })

  it('names a completed contract by its review', () => {
    expect(contractState({ status: 'completed', reviewStatus: 'verified' })).toBe('verified')
    expect(contractState({ status: 'signed', reviewStatus: null })).toBe('signed')
  })
})
