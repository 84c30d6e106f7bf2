import type postgres from 'postgres'
import { regionArea } from '../../core/regions.js'
import type { Queryable } from './client.js'

/** `column` lies inside the area `code` names: the code itself, or any code under a province or city. */
export function insideRegion(sql: Queryable, column: postgres.Fragment, code: string) {
  const { prefix } = regionArea(code)
  return sql`left(${column}, ${prefix.length}) = ${prefix}`
}
