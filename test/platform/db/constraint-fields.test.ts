import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fieldOfConstraint } from '../../../src/platform/db/errors.js'
import { type TestDatabase, createTestDatabase } from '../../helpers/database.js'

/**
 * References only the server sets (the acting key, a row's own park copied from its parent, the
 * child rows of a parent being written): a client cannot name a missing row through them.
 */
const serverSetReferences = new Set([
  'api_keys_park_id_fkey', 'api_keys_enterprise_id_fkey', 'api_keys_expert_id_fkey',
  'audit_events_actor_key_id_fkey', 'audit_events_park_id_fkey', 'idempotency_records_api_key_id_fkey',
  'expert_achievements_expert_id_fkey', 'society_memberships_expert_id_fkey', 'workstation_members_workstation_id_fkey',
  'workstation_members_expert_id_fkey', 'workstations_park_id_fkey', 'needs_park_id_fkey',
  'match_embeddings_kind_id_fkey', 'matches_need_id_fkey', 'matches_park_id_fkey', 'matches_proposed_by_key_id_fkey',
  'consultations_match_id_fkey', 'consultations_need_id_fkey', 'consultations_park_id_fkey',
  'consultations_enterprise_id_fkey', 'consultations_expert_id_fkey', 'contracts_need_id_fkey', 'contracts_park_id_fkey',
  'contracts_enterprise_id_fkey', 'contract_revisions_contract_id_fkey', 'contract_revisions_created_by_key_id_fkey',
  'contract_reviews_contract_id_fkey', 'contract_reviews_reviewer_key_id_fkey', 'contract_reviews_contract_id_revision_fkey',
  'expert_availability_changes_expert_id_fkey', 'rate_limit_counters_api_key_id_fkey',
  // Webhooks: the owner is the acting key's principal; events, deliveries and attempts are the service's own.
  'webhook_subscriptions_park_id_fkey', 'webhook_subscriptions_enterprise_id_fkey', 'webhook_subscriptions_expert_id_fkey',
  'webhook_subscriptions_created_by_key_id_fkey', 'webhook_deliveries_event_id_fkey', 'webhook_deliveries_subscription_id_fkey',
  'webhook_attempts_delivery_id_fkey',
  // A proposal's need is its path, its proposer the candidate's responder, its match the one its accept made.
  'proposals_need_id_fkey', 'proposals_park_id_fkey', 'proposals_proposer_expert_id_fkey', 'proposals_submitted_by_key_id_fkey',
  'proposals_match_id_fkey', 'matches_proposal_id_fkey',
  // Events: the park is checked (400 on parkId) and the enrolled needs and experts, pins and forbids are checked by
  // the service before they are written (400 naming needs, experts, pins or forbids); meetings are the solver's own.
  'events_park_id_fkey', 'events_created_by_key_id_fkey', 'event_needs_event_id_fkey', 'event_needs_need_id_fkey',
  'event_experts_event_id_fkey', 'event_experts_expert_id_fkey', 'event_pairs_event_id_fkey', 'event_pairs_need_id_fkey',
  'event_pairs_expert_id_fkey', 'event_meetings_event_id_fkey', 'event_meetings_need_id_fkey', 'event_meetings_expert_id_fkey',
  'event_meetings_match_id_fkey',
  // A team's need is its path; its members' invitations and their team are the ones its request made.
  'teams_need_id_fkey', 'teams_park_id_fkey', 'teams_created_by_key_id_fkey', 'team_members_team_id_fkey', 'team_members_match_id_fkey', 'matches_team_id_fkey',
])

describe('foreign keys and the fields they guard', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase()
    await db.migrate()
  })
  afterAll(() => db.close())

  it('every reference a client can set names its field when it is refused; the rest are listed as server-set', async () => {
    const rows = await db.sql<{ name: string }[]>`
      select conname as name from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = current_schema() order by conname`
    const names = rows.map((row) => row.name)
    const unaccounted = names.filter((name) => !fieldOfConstraint(name) && !serverSetReferences.has(name))
    expect(unaccounted, 'a new reference: map it to its body field in src/platform/db/errors.ts, or list it here as server-set').toEqual([])
    expect(names.filter((name) => fieldOfConstraint(name) && serverSetReferences.has(name))).toEqual([])
    expect([...serverSetReferences].filter((name) => !names.includes(name)), 'listed here but not in the schema').toEqual([])
    for (const name of names.filter((name) => fieldOfConstraint(name))) expect(fieldOfConstraint(name)!.path).toMatch(/^body\.[a-zA-Z]+$/)
  })
})
