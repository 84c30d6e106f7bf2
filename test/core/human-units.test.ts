import { describe, expect, it } from 'vitest'
import { budgetText, formatBeijingTime, formatCount, formatDecimal, formatHours, formatMoney, formatPercent, nextDay, startOfDay } from '../../src/core/human-units.js'
import { maxAmountFen } from '../../src/core/schemas.js'

describe('money in 万元', () => {
  it.each([
    [0, '0 元'],
    [1, '0.01 元'],
    [10, '0.1 元'],
    [100, '1 元'],
    [123_450, '1,234.5 元'],
    [999_900, '9,999 元'],
    [999_999, '9,999.99 元'],
    [1_000_000, '1 万元'],
    [1_004_999, '1 万元'], // 1.004999 万元: rounds down
    [1_005_000, '1.01 万元'], // exactly half a hundredth: rounds up
    [1_999_999_999, '2,000 万元'], // rounding carries into the whole part
    [2_557_200_000, '2,557.2 万元'],
    [6_037_700_000, '6,037.7 万元'],
    [maxAmountFen, '1,000,000 万元'], // one amount's cap: 100亿元
    [Number.MAX_SAFE_INTEGER, '9,007,199,254.74 万元'], // a sum past every cap still reads exactly
    [-1, '-0.01 元'],
    [-2_557_200_000, '-2,557.2 万元'],
    [12.6, '0.13 元'], // no fraction of a fen
  ])('formatMoney(%d) = %s', (fen, text) => expect(formatMoney(fen)).toBe(text))

  it('reads "—" for what is not an amount', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(formatMoney(bad)).toBe('—')
  })

  it('parses back to the fen figure within its rounding', () => {
    for (const fen of [0, 1, 99, 999_999, 1_000_000, 1_234_567, 45_000_001, 2_557_200_000, 987_654_321_098, maxAmountFen]) {
      const text = formatMoney(fen)
      const [, number, unit] = /^(-?[\d,.]+) (万元|元)$/.exec(text)!
      const back = Number(number!.replaceAll(',', '')) * (unit === '万元' ? 1_000_000 : 100)
      expect(Math.abs(back - fen), text).toBeLessThanOrEqual(unit === '万元' ? 5_000 : 0.5)
    }
  })
})

describe('budget ranges', () => {
  it('reads a range, an upper or lower bound alone, one amount, or nothing', () => {
    expect(budgetText(500_000_000, 2_000_000_000)).toBe('500 万元 – 2,000 万元')
    expect(budgetText(null, 2_000_000_000)).toBe('至多 2,000 万元')
    expect(budgetText(50_000_000, null)).toBe('至少 50 万元')
    expect(budgetText(100, 100)).toBe('1 元')
    expect(budgetText(null, null)).toBeNull()
  })
})

describe('shares as percentages', () => {
  it.each([
    [0, '0%'],
    [1, '100%'],
    [0.4, '40%'],
    [17 / 24, '70.8%'],
    [1 / 3, '33.3%'],
    [0.0005, '0.1%'],
    [0.0004, '<0.1%'],
    [0.9994, '99.9%'],
    [0.9995, '>99.9%'], // would round to 100%, but not every one counted
    [1.5, '150%'],
    [12.345, '1,234.5%'],
    [-0.25, '-25%'],
  ])('formatPercent(%d) = %s', (share, text) => expect(formatPercent(share)).toBe(text))

  it('is null when there is nothing to divide by', () => {
    for (const none of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatPercent(none)).toBeNull()
  })
})

describe('hours, counts and decimals', () => {
  it.each([
    [0, '0 分钟'],
    [0.25, '15 分钟'],
    [0.999, '1 小时'], // 59.94 minutes would read as 60 分钟
    [1, '1 小时'],
    [19 / 3, '6.3 小时'],
    [30.5, '30.5 小时'],
    [1234.56, '1,234.6 小时'],
  ])('formatHours(%d) = %s', (hours, text) => expect(formatHours(hours)).toBe(text))

  it('keeps an unknown duration unknown', () => {
    expect(formatHours(null)).toBeNull()
    expect(formatHours(Number.NaN)).toBeNull()
  })

  it('separates thousands', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(-1234)).toBe('-1,234')
    expect(formatDecimal(0.30000000000000004, 4)).toBe('0.3')
    expect(formatDecimal(2500.5)).toBe('2,500.5')
    expect(formatDecimal(-0.001)).toBe('0')
  })
})

describe('instants in Beijing time', () => {
  it('reads the wall clock of UTC+8, across the UTC day boundary', () => {
    expect(formatBeijingTime('2026-12-05T06:03:00Z')).toBe('2026-12-05 14:03 (北京时间)')
    // 16:00 UTC is already the next day (and year) in Beijing; 15:59 is not.
    expect(formatBeijingTime('2025-12-31T16:00:00Z')).toBe('2026-01-01 00:00 (北京时间)')
    expect(formatBeijingTime(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31 23:59 (北京时间)')
    expect(formatBeijingTime(Date.UTC(2026, 1, 28, 16))).toBe('2026-03-01 00:00 (北京时间)')
    expect(formatBeijingTime('not a time')).toBeNull()
  })

  it('says a period end at midnight as 24:00 of the day before (截至…24时)', () => {
    expect(formatBeijingTime('2025-12-31T16:00:00Z', { endOfDay: true })).toBe('2025-12-31 24:00 (北京时间)')
    expect(formatBeijingTime('2026-02-28T16:00:00Z', { endOfDay: true })).toBe('2026-02-28 24:00 (北京时间)')
    expect(formatBeijingTime('2025-12-31T16:00:01Z', { endOfDay: true })).toBe('2026-01-01 00:00 (北京时间)')
  })

  it('finds the instant a day begins in a zone, daylight saving included', () => {
    expect(startOfDay('2026-01-01', 'Asia/Shanghai').toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(startOfDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z')
    expect(startOfDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z') // DST begins at 02:00 that day
    expect(startOfDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z')
    expect(nextDay('2026-02-28')).toBe('2026-03-01')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
  })
})
