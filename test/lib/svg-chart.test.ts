import { describe, expect, it } from 'vitest'
import { barChart, escapeXml } from '../../src/lib/svg-chart.js'

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
})
