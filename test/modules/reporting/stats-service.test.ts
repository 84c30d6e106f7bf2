import { describe, expect, it } from 'vitest'
import { localDate, periodTexts, resolvePeriod } from '../../../src/modules/reporting/stats/service.js'

describe('stats helpers', () => {
  it('gives the period\'s bounds in Beijing time: from its first midnight to 24:00 of its last day', () => {
    expect(periodTexts({ from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Shanghai' })).toEqual({
      from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Shanghai', fromText: '2026-01-01 00:00 (北京时间)', toText: '2026-12-31 24:00 (北京时间)',
    })
    // A report counted in UTC days: its midnights are 08:00 in Beijing.
    expect(periodTexts({ from: '2026-04-01', to: '2026-04-30', timeZone: 'UTC' })).toMatchObject({ fromText: '2026-04-01 08:00 (北京时间)', toText: '2026-05-01 08:00 (北京时间)' })
  })

  it('defaults to the 365 days ending today in the report time zone and checks the order and span', () => {
    const zone = 'Asia/Shanghai'
    expect(resolvePeriod({}, zone, new Date('2026-11-29T10:00:00Z'))).toEqual({ from: '2025-11-30', to: '2026-11-29', timeZone: zone })
    // 18:30 UTC is already the next morning in 长治.
    expect(resolvePeriod({}, zone, new Date('2026-11-29T18:30:00Z')).to).toBe('2026-11-30')
    expect(resolvePeriod({}, 'UTC', new Date('2026-11-29T18:30:00Z')).to).toBe('2026-11-29')
    expect(resolvePeriod({ to: '2026-03-01' }, zone)).toEqual({ from: '2025-03-02', to: '2026-03-01', timeZone: zone })
    expect(() => resolvePeriod({ from: '2026-02-01', to: '2026-01-31' }, zone)).toThrow(/before/)
    expect(() => resolvePeriod({ from: '2010-01-01', to: '2026-01-01' }, zone)).toThrow(/10 years/)
  })

  it('reads the calendar date of an instant in a zone', () => {
    expect(localDate(new Date('2025-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-01-01')
    expect(localDate(new Date('2025-12-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2025-12-31')
  })
})
