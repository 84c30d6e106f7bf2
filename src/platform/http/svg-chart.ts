import { formatDecimal } from '../../core/human-units.js'

/** A horizontal bar chart as a standalone SVG document: no script, no external resources. */
export interface Bar {
  label: string
  value: number
  /** The text shown after the bar (the value, formatted). */
  display: string
}

export interface ChartOptions {
  /** A value axis under the bars: its unit caption, and ticks on whole numbers only (counts). */
  axis?: { caption: string; integer?: boolean }
  emptyText?: string
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!)
}

export const chartWidth = 720
const width = chartWidth
const labelWidth = 180
const valueWidth = 150
const barHeight = 28
const gap = 12
const titleMargin = 16
const minTitleFontSize = 14
const titleFontSizes = [18, 17, 16, 15, minTitleFontSize]
const separator = ' · '
const ellipsis = '…'

/**
 * Glyphs a CJK font sets a full em wide (Han, kana, Hangul, fullwidth forms and punctuation, the
 * ellipsis); everything else is estimated at 0.6 em. The SVG is drawn without a browser to
 * measure text, so layout works on this estimate.
 */
const wide = /[\u1100-\u115F\u2026\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u

const glyphWidth = (char: string) => (wide.test(char) ? 1 : 0.6)

/** The estimated width of `text` at `fontSize`, in px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) ems += glyphWidth(char)
  return ems * fontSize
}

/** `text` shortened with "…" until it fits `maxWidth`. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text
  const chars = [...text]
  let room = maxWidth - textWidth(ellipsis, fontSize)
  let kept = 0
  while (kept < chars.length && room - glyphWidth(chars[kept]!) * fontSize >= 0) room -= glyphWidth(chars[kept++]!) * fontSize
  return chars.slice(0, kept).join('').trimEnd() + ellipsis
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char) && !wide.test(char)

/**
 * `segments` joined by " · " on one line, or on two: between segments where possible, else
 * inside one (CJK may break anywhere; a Latin word is not split when a space lies before it).
 * null when two lines at `fontSize` cannot hold it.
 */
function wrap(segments: readonly string[], fontSize: number, maxWidth: number): string[] | null {
  const fits = (line: string) => textWidth(line, fontSize) <= maxWidth
  const full = segments.join(separator)
  if (fits(full)) return [full]
  for (let i = segments.length - 1; i >= 1; i--) {
    const first = segments.slice(0, i).join(separator)
    const second = segments.slice(i).join(separator)
    if (fits(first) && fits(second)) return [first, second]
  }
  const chars = [...full]
  let room = maxWidth
  let cut = 0
  while (cut < chars.length && room - glyphWidth(chars[cut]!) * fontSize >= 0) room -= glyphWidth(chars[cut++]!) * fontSize
  if (isWordChar(chars[cut - 1]) && isWordChar(chars[cut])) {
    const space = chars.lastIndexOf(' ', cut - 1)
    if (space > 0) cut = space
  }
  // Chinese line-breaking rules: no line ends with an opening bracket or starts with closing punctuation.
  while (cut > 1 && (/[（(《“‘【「]/.test(chars[cut - 1]!) || /[）)》”’】」，。、；：！？]/.test(chars[cut] ?? ''))) cut--
  const first = chars.slice(0, cut).join('').replace(/[\s·]+$/, '')
  const second = chars.slice(cut).join('').replace(/^[\s·]+/, '')
  return fits(second) ? [first, second] : null
}

/**
 * The title's lines and font size: one line at 18px, or a little smaller (16px); else two lines from 18px down to 14px;
 * past that the longest segment (a long park name) is cut short with "…" — the whole title stays
 * in the chart's <title>, which readers see as a tooltip.
 */
export function layoutTitle(segments: readonly string[], maxWidth = width - 2 * titleMargin): { fontSize: number; lines: string[] } {
  const oneLine = segments.join(separator)
  for (const fontSize of titleFontSizes.filter((size) => size >= 16)) {
    if (textWidth(oneLine, fontSize) <= maxWidth) return { fontSize, lines: [oneLine] }
  }
  for (const fontSize of titleFontSizes) {
    const lines = wrap(segments, fontSize, maxWidth)
    if (lines) return { fontSize, lines }
  }
  const fontSize = minTitleFontSize
  const longest = segments.reduce((best, segment, index) => (textWidth(segment, fontSize) > textWidth(segments[best]!, fontSize) ? index : best), 0)
  const chars = [...segments[longest]!]
  const shortened = (keep: number) => segments.map((segment, index) => (index === longest ? chars.slice(0, keep).join('').trimEnd() + ellipsis : segment))
  // Binary search for the most characters of the longest segment that still wrap into two lines.
  let [low, high] = [0, chars.length - 1]
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (wrap(shortened(mid), fontSize, maxWidth)) low = mid
    else high = mid - 1
  }
  return { fontSize, lines: wrap(shortened(low), fontSize, maxWidth) ?? [fitText(segments.join(separator), fontSize, maxWidth)] }
}

/** Round tick steps (1, 2 or 5 × 10^n) for an axis from 0 to at least `max`. */
export function axisTicks(max: number, integer = false): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / 4
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const normal = raw / magnitude
  let step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude
  if (integer) step = Math.max(1, Math.round(step))
  const decimals = Math.max(0, -Math.floor(Math.log10(step)))
  const count = Math.ceil(max / step - 1e-9)
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(decimals)))
}

/** Bars; `title` is a string or segments to join with " · " (a segment may be cut short to fit). */
export function barChart(title: string | readonly string[], bars: readonly Bar[], options: ChartOptions = {}): string {
  const segments = typeof title === 'string' ? [title] : title
  const fullTitle = segments.join(separator)
  const heading = layoutTitle(segments)
  const lineHeight = Math.round(heading.fontSize * 1.3)
  const firstBaseline = 12 + heading.fontSize
  const top = firstBaseline + (heading.lines.length - 1) * lineHeight + 26
  const plotWidth = width - labelWidth - valueWidth - 24
  const max = Math.max(0, ...bars.map((bar) => bar.value))
  const ticks = options.axis && bars.length > 0 ? axisTicks(max, options.axis.integer) : []
  const scaleMax = ticks.length > 0 ? ticks[ticks.length - 1]! : max
  const barsBottom = top + Math.max(bars.length, 1) * (barHeight + gap) - gap
  const height = barsBottom + (ticks.length > 0 ? 44 : 28)
  const rows = bars.map((bar, index) => {
    const y = top + index * (barHeight + gap)
    const length = scaleMax > 0 && bar.value > 0 ? Math.max(1, Math.round((bar.value / scaleMax) * plotWidth)) : 0
    const label = fitText(bar.label, 14, labelWidth - 16)
    const labelTitle = label === bar.label ? '' : `<title>${escapeXml(bar.label)}</title>`
    return [
      `<text x="${labelWidth - 8}" y="${y + barHeight / 2}" text-anchor="end" dominant-baseline="middle">${labelTitle}${escapeXml(label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${length}" height="${barHeight}" fill="#2f6fb5"><title>${escapeXml(`${bar.label}: ${bar.display}`)}</title></rect>`,
      `<text x="${labelWidth + length + 8}" y="${y + barHeight / 2}" dominant-baseline="middle">${escapeXml(bar.display)}</text>`,
    ].join('')
  })
  const axisY = barsBottom + 8
  const axis =
    ticks.length > 0
      ? [
          `<g class="value-axis" font-size="12" fill="#555555"><line x1="${labelWidth}" y1="${axisY}" x2="${labelWidth + plotWidth}" y2="${axisY}" stroke="#999999"/>`,
          ...ticks.map((tick) => {
            const x = labelWidth + Math.round((tick / scaleMax) * plotWidth)
            return `<line x1="${x}" y1="${axisY}" x2="${x}" y2="${axisY + 4}" stroke="#999999"/><text x="${x}" y="${axisY + 18}" text-anchor="middle">${escapeXml(formatDecimal(tick, 4))}</text>`
          }),
          `<text x="${labelWidth + plotWidth + 24}" y="${axisY + 18}">${escapeXml(options.axis!.caption)}</text></g>`,
        ].join('')
      : ''
  const empty = bars.length === 0 ? [`<text x="${width / 2}" y="${top + barHeight / 2}" text-anchor="middle">${escapeXml(options.emptyText ?? '无数据')}</text>`] : []
  const titleLines = heading.lines.map(
    (line, index) => `<text x="${width / 2}" y="${firstBaseline + index * lineHeight}" text-anchor="middle" font-size="${heading.fontSize}" font-weight="bold">${escapeXml(line)}</text>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(fullTitle)}" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="14">`,
    `<title>${escapeXml(fullTitle)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    // The whole title again on the heading, so hovering a shortened one shows all of it.
    `<g class="chart-title"><title>${escapeXml(fullTitle)}</title>${titleLines.join('')}</g>`,
    ...rows,
    ...(axis ? [axis] : []),
    ...empty,
    '</svg>',
    '',
  ].join('\n')
}
