import { mayIdentifyNeedEnterprise } from '../../core/access.js'
import type { Principal } from '../../core/principal.js'
import type { Queryable } from '../../platform/db/client.js'
import { confidentialNeeds } from './queries.js'
import type { Concealed } from './model.js'

export type { Concealed } from './model.js'

/**
 * Confidential needs (保密需求) at the edge of every answer: a row that names a need's enterprise
 * (a need, an invitation, a proposal, a recommended need) goes to a key with the enterprise's id
 * and name null where `mayIdentifyNeedEnterprise` says the key may not be told who posted it.
 * Rows stay whole inside the service (rules and notifications need the enterprise); only what a
 * client reads is concealed, and null rather than absent, so every answer keeps its shape.
 */

/** Of these needs, those whose enterprise this key may not be told: one read, none for admins. */
export async function needsWithheldFrom(sql: Queryable, principal: Principal, needIds: readonly string[]): Promise<Set<string>> {
  if (principal.role === 'admin' || needIds.length === 0) return new Set()
  const needs = await confidentialNeeds(sql, [...new Set(needIds)])
  return new Set(needs.filter((need) => !mayIdentifyNeedEnterprise(principal, need, need.acceptedExpertIds)).map((need) => need.id))
}

/** The rows, each about the need `needIdOf` names, as this key may read them. */
export async function concealEnterprises<Row extends { enterpriseId: string }>(
  sql: Queryable,
  principal: Principal,
  rows: readonly Row[],
  needIdOf: (row: Row) => string,
): Promise<Concealed<Row>[]> {
  const withheld = await needsWithheldFrom(sql, principal, rows.map(needIdOf))
  // The cast: a mapped type over a generic row is not worked out by TypeScript; the spread is exactly `Concealed<Row>`.
  return rows.map((row) => (withheld.has(needIdOf(row)) ? { ...row, enterpriseId: null, ...('enterpriseName' in row ? { enterpriseName: null } : {}) } : row) as Concealed<Row>)
}

/** One row as this key may read it. */
export async function concealEnterprise<Row extends { enterpriseId: string }>(sql: Queryable, principal: Principal, row: Row, needIdOf: (row: Row) => string): Promise<Concealed<Row>> {
  return (await concealEnterprises(sql, principal, [row], needIdOf))[0]!
}

/** A page whose rows this key reads concealed. */
export async function concealPage<Row extends { enterpriseId: string }, Rest extends object>(
  sql: Queryable,
  principal: Principal,
  page: Rest & { items: Row[] },
  needIdOf: (row: Row) => string,
): Promise<Omit<Rest, 'items'> & { items: Concealed<Row>[] }> {
  return { ...page, items: await concealEnterprises(sql, principal, page.items, needIdOf) }
}

/** The need an engagement row is about. */
export const byNeedId = (row: { needId: string }): string => row.needId
