import { notFound } from '../../core/access.js'
import { DomainError } from '../../core/errors.js'
import type { Principal } from '../../core/principal.js'
import type { Queryable } from '../../platform/db/client.js'
import { needsWithheldFrom } from '../needs/index.js'

/**
 * A refusal for a conflict of interest says who posted the need: "works for the enterprise that
 * posted the need" tells a proposer that a team member's employer posted it, a society's new
 * contact that its own employer did. (A confidential need is not shown at all to an expert whose
 * own affiliation conflicts: `needReadScope`.) Of a confidential need whose enterprise this key may not be told,
 * the refusal is the one a need it may not read gets (404), which names nobody. `act` runs whole
 * (its transaction rolled back) before the need is looked at; `needIdOf` says which need it was.
 */
export async function hidingConflicts<T>(sql: Queryable, principal: Principal, needIdOf: () => Promise<string>, act: () => Promise<T>): Promise<T> {
  try {
    return await act()
  } catch (error) {
    if (!(error instanceof DomainError) || error.extra.rule !== 'conflict_of_interest') throw error
    const needId = await needIdOf()
    if ((await needsWithheldFrom(sql, principal, [needId])).has(needId)) throw notFound('need', needId)
    throw error
  }
}
