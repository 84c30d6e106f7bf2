import { describe, expect, it } from 'vitest'
import { usccCheckCharacter, usccProblem } from '../../src/core/uscc.js'

describe('USCC (GB 32100)', () => {
  it('computes the check character of published examples', () => {
    // Codes printed on public business licences (the check character is the standard's, not ours).
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3')
    expect(usccCheckCharacter('91110108551385082')).toBe('Q')
  })

  it.each([
    ['91350100M000100Y43', null],
    ['91110108551385082Q', null],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y4O', 'characters'],
    ['9135A100M000100Y43', 'division'],
    ['91350100M000100Y44', 'check'],
  ])('%s → %s', (code, problem) => {
    expect(usccProblem(code)).toBe(problem)
  })
})
