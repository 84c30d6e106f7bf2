import { describe, expect, it } from 'vitest'
import { cityOf, regionArea } from '../../src/core/regions.js'

describe('administrative division codes', () => {
  it.each([
    ['140000', '14', 'province'], // 山西省
    ['140400', '1404', 'city'], // 长治市
    ['140403', '140403', 'county'], // 潞州区
    ['110101', '110101', 'county'], // 东城区 under 北京市市辖区
  ] as const)('%s covers codes starting %s (%s)', (code, prefix, level) => {
    expect(regionArea(code)).toEqual({ prefix, level })
  })

  it('names the city a code lies in; a province has none', () => {
    expect([cityOf('140403'), cityOf('140400'), cityOf('140000')]).toEqual(['1404', '1404', null])
  })
})
