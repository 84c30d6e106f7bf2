/**
 * Human text for figures that machines read in other units: money in 万元, shares as percentages,
 * hours, instants in China Standard Time. Pure and locale-independent (no Intl number formatting),
 * so the same figure reads the same on every server.
 */

const fenPerWan = 1_000_000n

/** 1234567 → "1,234,567" (digits only; the sign is the caller's). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** An integer count of hundredths as "1,234.5": two decimals at most, trailing zeros trimmed. */
function hundredths(value: bigint): string {
  const whole = groupThousands(String(value / 100n))
  const fraction = String(value % 100n).padStart(2, '0').replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

/** Rounds a non-negative a / b half up, in integers (no float error at the .5 boundary). */
function divideRounded(a: bigint, b: bigint): bigint {
  return (a + b / 2n) / b
}

/**
 * Integer fen as a person reads money: 万元 from 1 万元 up (2557200000 → "2,557.2 万元"), 元 below
 * (999999 → "9,999.99 元"); at most two decimals, trailing zeros trimmed, thousands separators.
 * A fraction of a fen is rounded to the fen; a non-finite number reads "—".
 */
export function formatMoney(fen: number): string {
  if (!Number.isFinite(fen)) return '—'
  const whole = BigInt(Math.round(Math.abs(fen)))
  const sign = Math.round(fen) < 0 ? '-' : ''
  if (whole < fenPerWan) return `${sign}${hundredths(whole)} 元`
  // Hundredths of a 万元 are 100 元 (10,000 fen).
  return `${sign}${hundredths(divideRounded(whole, fenPerWan / 100n))} 万元`
}

/**
 * A share (0–1) as a percentage with at most one decimal: 0.7083 → "70.8%", 0.4 → "40%". A share
 * that is neither 0 nor 1 never reads as either ("<0.1%", ">99.9%"), so 一个都没有 and 全部 stay
 * exact. null, undefined, NaN and ±Infinity (nothing to divide by) give null.
 */
export function formatPercent(share: number | null | undefined): string | null {
  if (share === null || share === undefined || !Number.isFinite(share)) return null
  const tenths = Math.round(Math.abs(share) * 1000)
  const sign = share < 0 && tenths > 0 ? '-' : ''
  if (share > 0 && share < 1 && tenths === 0) return '<0.1%'
  if (share < 1 && tenths === 1000) return '>99.9%'
  return `${sign}${tenthsText(tenths)}%`
}

function tenthsText(tenths: number): string {
  const whole = groupThousands(String(Math.trunc(tenths / 10)))
  return tenths % 10 ? `${whole}.${tenths % 10}` : whole
}

/** Hours as "30.5 小时" (one decimal at most), under an hour as whole minutes ("45 分钟"); null stays null. */
export function formatHours(hours: number | null | undefined): string | null {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return null
  const sign = hours < 0 ? '-' : ''
  const minutes = Math.round(Math.abs(hours) * 60)
  if (minutes < 60) return `${minutes ? sign : ''}${minutes} 分钟`
  return `${sign}${tenthsText(Math.round(Math.abs(hours) * 10))} 小时`
}

/** A plain count with thousands separators: 12345 → "12,345". */
export function formatCount(count: number): string {
  return Number.isSafeInteger(count) ? `${count < 0 ? '-' : ''}${groupThousands(String(Math.abs(count)))}` : String(count)
}

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const cstOffsetMs = 8 * 3_600_000
export const beijingSuffix = '(北京时间)'

/**
 * An instant as its wall-clock time in Beijing: "2026-12-05 14:03 (北京时间)". With `endOfDay`,
 * a Beijing midnight reads as 24:00 of the day before ("2026-12-31 24:00 (北京时间)"), the way a
 * period's exclusive end is said (截至…24时). An invalid instant gives null.
 */
export function formatBeijingTime(instant: Date | string | number, options: { endOfDay?: boolean } = {}): string | null {
  const ms = new Date(instant).getTime()
  if (Number.isNaN(ms)) return null
  const local = new Date(ms + cstOffsetMs)
  const midnight = local.getUTCHours() === 0 && local.getUTCMinutes() === 0 && local.getUTCSeconds() === 0 && local.getUTCMilliseconds() === 0
  if (options.endOfDay && midnight) return `${new Date(local.getTime() - 86_400_000).toISOString().slice(0, 10)} 24:00 ${beijingSuffix}`
  return `${local.toISOString().slice(0, 10)} ${local.toISOString().slice(11, 16)} ${beijingSuffix}`
}

/** The instant a calendar day (YYYY-MM-DD) begins in an IANA time zone (daylight saving included). */
export function startOfDay(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`)
  // The zone's offset at a guess, then again at the corrected instant, in case a transition lies between.
  let instant = wall - zoneOffsetMs(new Date(wall), timeZone)
  instant = wall - zoneOffsetMs(new Date(instant), timeZone)
  return new Date(instant)
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
  return wall - Math.floor(instant.getTime() / 1000) * 1000
}

/** The day after a calendar day, YYYY-MM-DD. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/** A plain number with thousands separators and at most `maxDecimals` decimals, trailing zeros trimmed: 1234.5 → "1,234.5". */
export function formatDecimal(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return '—'
  const [whole, fraction = ''] = Math.abs(value).toFixed(maxDecimals).split('.')
  const trimmed = fraction.replace(/0+$/, '')
  const text = `${groupThousands(whole!)}${trimmed ? `.${trimmed}` : ''}`
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text
}

/** A need's budget range for people: "50 万元 – 200 万元", "至多 200 万元", "至少 50 万元", or null without one. */
export function budgetText(minFen: number | null, maxFen: number | null): string | null {
  if (minFen !== null && maxFen !== null) return minFen === maxFen ? formatMoney(minFen) : `${formatMoney(minFen)} – ${formatMoney(maxFen)}`
  if (maxFen !== null) return `至多 ${formatMoney(maxFen)}`
  if (minFen !== null) return `至少 ${formatMoney(minFen)}`
  return null
}
