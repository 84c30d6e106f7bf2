import { describe, expect, it } from 'vitest'
import { axisTicks, barChart, chartWidth, escapeXml, fitText, layoutTitle, textWidth } from '../../../src/platform/http/svg-chart.js'

describe('svg chart', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })

  it('draws bars proportional to their values, labelled', () => {
    const svg = barChart('图表 <测试>', [
      { label: '新材料', value: 200, display: '200' },
      { label: '氢能', value: 50, display: '50' },
    ])
    expect(svg).toContain('<title>图表 &lt;测试&gt;</title>')
    const widths = [...svg.matchAll(/<rect x="180" y="\d+" width="(\d+)"/g)].map((m) => Number(m[1]))
    expect(widths).toHaveLength(2)
    expect(widths[0]! / widths[1]!).toBeCloseTo(4, 1)
    expect(svg).toContain('>新材料</text>')
  })

  it('says so when there is nothing to draw', () => {
    expect(barChart('空', [])).toContain('>无数据</text>')
  })

  it('estimates CJK glyphs at one em and others at 0.6 em', () => {
    expect(textWidth('长治', 18)).toBe(36)
    expect(textWidth('2026', 10)).toBe(24)
    expect(textWidth('园区（潞州）', 10)).toBe(60)
  })

  it('keeps a short title on one line at 18px, a little longer one on one line at 17px', () => {
    expect(layoutTitle(['需求对接漏斗', '长治高新技术产业开发区', '2026-01-01 至 2026-12-31'])).toEqual({ fontSize: 18, lines: ['需求对接漏斗 · 长治高新技术产业开发区 · 2026-01-01 至 2026-12-31'] })
    expect(layoutTitle(['技术合同金额（按行业）', '长治高新技术产业开发区', '2026-01-01 至 2026-12-31']).fontSize).toBe(17)
  })

  it('wraps a long title to two lines between segments when it can, never splitting a Latin word or starting a line with closing punctuation', () => {
    const twoSegments = layoutTitle(['需求对接漏斗 · 山西转型综合改革示范区长治高新技术产业开发区', '2026-01-01 至 2026-12-31 · 新材料与现代煤化工产业园'])
    expect(twoSegments).toEqual({ fontSize: 18, lines: ['需求对接漏斗 · 山西转型综合改革示范区长治高新技术产业开发区', '2026-01-01 至 2026-12-31 · 新材料与现代煤化工产业园'] })
    const latin = layoutTitle(['技术合同金额（按行业）', 'Changzhi National Hi-tech Industrial Development Zone, New Materials & Modern Coal Chemical Park', '2026-01-01 至 2026-12-31'])
    expect(latin.lines).toHaveLength(2)
    expect(latin.lines.join(' ')).toContain('Changzhi National Hi-tech Industrial Development Zone, New Materials & Modern Coal Chemical Park')
    const cjk = layoutTitle(['技术合同金额（按行业）', '山西转型综合改革示范区长治高新技术产业开发区新材料与现代煤化工产业园区）科技创新服务中心管理委员会', '2026-01-01 至 2026-12-31'])
    expect(cjk.lines[1]).not.toMatch(/^[）」，。]/)
    for (const { fontSize, lines } of [latin, cjk]) for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(chartWidth - 32)
  })

  it('cuts the longest segment short with … when two lines at 14px cannot hold it', () => {
    const name = '长'.repeat(200)
    const { fontSize, lines } = layoutTitle(['需求对接漏斗', name, '2026-01-01 至 2026-12-31'])
    expect(fontSize).toBe(14)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/长… · 2026-01-01 至 2026-12-31$/)
    for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(chartWidth - 32)
    const svg = barChart(['需求对接漏斗', name, '2026-01-01 至 2026-12-31'], [])
    expect(svg).toContain(`<g class="chart-title"><title>需求对接漏斗 · ${name} · 2026-01-01 至 2026-12-31</title>`)
  })

  it('shortens a bar label that does not fit, keeping the whole label as its tooltip', () => {
    expect(fitText('新材料', 14, 164)).toBe('新材料')
    expect(fitText('先进高分子与碳基复合新材料产业链', 14, 164)).toBe('先进高分子与碳基复合…')
    const svg = barChart('图', [{ label: '先进高分子与碳基复合新材料产业链', value: 1, display: '1' }])
    expect(svg).toContain('<title>先进高分子与碳基复合新材料产业链</title>先进高分子与碳基复合…</text>')
  })

  it('puts round ticks on the value axis from 0 to at least the largest bar', () => {
    expect(axisTicks(3480.5)).toEqual([0, 1000, 2000, 3000, 4000])
    expect(axisTicks(7, true)).toEqual([0, 2, 4, 6, 8])
    expect(axisTicks(2, true)).toEqual([0, 1, 2])
    expect(axisTicks(0.9)).toEqual([0, 0.5, 1])
    expect(axisTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3])
    expect(axisTicks(0)).toEqual([0, 1])
    const svg = barChart('金额', [{ label: '氢能', value: 3480.5, display: '3,480.5 万元' }], { axis: { caption: '万元' } })
    expect(svg).toContain('>4,000</text>')
    expect(svg).toContain('>万元</text>')
  })
})
