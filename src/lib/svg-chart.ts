/** A horizontal bar chart as a standalone SVG document: no script, no external resources. */
export interface Bar {
  label: string
  value: number
  /** The text shown after the bar (the value, formatted). */
  display: string
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!)
}

const width = 720
const labelWidth = 180
const valueWidth = 150
const barHeight = 28
const gap = 12
const top = 56

export function barChart(title: string, bars: readonly Bar[], emptyText = '无数据'): string {
  const max = Math.max(0, ...bars.map((bar) => bar.value))
  const plotWidth = width - labelWidth - valueWidth - 24
  const height = top + Math.max(bars.length, 1) * (barHeight + gap) + 16
  const rows = bars.map((bar, index) => {
    const y = top + index * (barHeight + gap)
    const length = max > 0 ? Math.max(1, Math.round((bar.value / max) * plotWidth)) : 0
    return [
      `<text x="${labelWidth - 8}" y="${y + barHeight / 2}" text-anchor="end" dominant-baseline="middle">${escapeXml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${length}" height="${barHeight}" fill="#2f6fb5"><title>${escapeXml(`${bar.label}: ${bar.display}`)}</title></rect>`,
      `<text x="${labelWidth + length + 8}" y="${y + barHeight / 2}" dominant-baseline="middle">${escapeXml(bar.display)}</text>`,
    ].join('')
  })
  const empty = bars.length === 0 ? [`<text x="${width / 2}" y="${top + barHeight / 2}" text-anchor="middle">${escapeXml(emptyText)}</text>`] : []
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="14">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="30" text-anchor="middle" font-size="18" font-weight="bold">${escapeXml(title)}</text>`,
    ...rows,
    ...empty,
    '</svg>',
    '',
  ].join('\n')
}
