/**
 * 行政区划代码 (GB/T 2260) are six digits: province (2), prefecture-level city (2), county or
 * district (2). A code ending in 0000 names a province and 00 a city, and covers every code under
 * it: filtering by 140400 (长治市) must find experts registered in 140403 (潞州区).
 */
export interface RegionArea {
  /** The digits every code inside the area starts with. */
  prefix: string
  level: 'province' | 'city' | 'county'
}

export function regionArea(code: string): RegionArea {
  if (code.endsWith('0000')) return { prefix: code.slice(0, 2), level: 'province' }
  if (code.endsWith('00')) return { prefix: code.slice(0, 4), level: 'city' }
  return { prefix: code, level: 'county' }
}

/** The prefecture-level city a code lies in, or null for a province-level code. */
export function cityOf(code: string): string | null {
  return code.endsWith('0000') ? null : code.slice(0, 4)
}
