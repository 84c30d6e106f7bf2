import { describe, expect, it } from 'vitest'
import { formatYuan, resolvePeriod } from '../../src/domain/stats.js'

describe('stats helpers', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123_456_789, '1,234,567.89'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('formatYuan(%i) = %s', (fen, text) => expect(formatYuan(fen)).toBe(text))

  it('defaults to the 365 days ending today and checks the order and span', () => {
    expect(resolvePeriod({}, new Date('2026-11-29T10:00:00Z'))).toEqual({ from: '2025-11-30', to: '2026-11-29' })
    expect(resolvePeriod({ to: '2026-03-01' })).toEqual({ from: '2025-03-02', to: '2026-03-01' })
    expect(() => resolvePeriod({ from: '2026-02-01', to: '2026-01-31' })).toThrow(/before/)
    expect(() => resolvePeriod({ from: '2010-01-01', to: '2026-01-01' })).toThrow(/10 years/)
  })
})
