import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCandidateProfiles } from '../../../src/modules/matching/candidates/queries.js'
import { createSql } from '../../../src/platform/db/client.js'
import { type TestDatabase, createTestDatabase } from '../../helpers/database.js'

// Plans are per session of a server: the embedded database's statements are not prepared (one
// session shared by every connection), so there is nothing to plan once there.
describe.skipIf(!process.env.TEST_DATABASE_URL)('sessions of the pool (PostgreSQL)', () => {
  let db: TestDatabase

  beforeAll(async () => {
    db = await createTestDatabase()
    await db.migrate()
  })
  afterAll(() => db?.close())

  /** How often one session planned the candidate profiles' statement, run with different values each time. */
  async function plansOfProfiles(options: { genericPlans?: boolean }) {
    const session = createSql(db.url, { max: 1, ...options })
    try {
      for (let i = 0; i < 8; i++) {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
        await loadCandidateProfiles(session, i % 2 === 0 ? [{ kind: 'expert', id }] : [{ kind: 'society', id }, { kind: 'workstation', id }])
      }
      // Summed: postgres.js prepares one statement per set of parameter types (an empty array's differs).
      const [row] = await session<{ genericPlans: number; customPlans: number }[]>`
        select sum(generic_plans)::int as generic_plans, sum(custom_plans)::int as custom_plans
        from pg_prepared_statements where statement like '%with profiles as%' and statement not like '%pg_prepared_statements%'
      `
      return row
    } finally {
      await session.end({ timeout: 5 })
    }
  }

  it('plan a prepared statement once, not at every execution', async () => {
    expect(await plansOfProfiles({})).toEqual({ genericPlans: 8, customPlans: 0 })
  })

  it('(without the setting, PostgreSQL plans it again for each execution)', async () => {
    const plans = await plansOfProfiles({ genericPlans: false })
    expect(plans!.customPlans).toBeGreaterThan(0)
  })
})
