import type { NeedReadScope } from '../../core/access.js'
import type { CandidateAffiliation, NeedParty } from '../../core/engagement-rules.js'
import type { Page } from '../../platform/http/pagination.js'
import type { Queryable } from '../../platform/db/client.js'
import { type RowSource, equalFilters, findRow, pageRows, writtenRow } from '../../platform/db/listing.js'
import { patchChanges } from '../../platform/db/patch.js'
import { containsText } from '../../platform/db/text.js'
import { updateVersionedRow } from '../../platform/db/versioned-row.js'
import type { NeedListQuery, NeedPatch, NeedRow, NewNeed } from './model.js'
import { needVisibilitiesForAllExperts } from '../../core/vocabulary.js'

const needs: RowSource = {
  table: 'needs',
  alias: 'n',
  columns: (sql) => sql`
    n.id, n.enterprise_id, n.park_id, n.title, n.industry_code, n.background, n.problem, n.goals, n.kind,
    n.keywords, n.budget_min_fen, n.budget_max_fen, n.trl_wanted, n.deadline::text as deadline, n.visibility,
    n.status, n.proposals_close_at, n.version, n.created_at, n.updated_at,
    to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
  `,
}

/** The read rules of `needReadScope`, as SQL. */
function scopeCondition(sql: Queryable, scope: NeedReadScope) {
  if (scope.kind === 'all') return sql`true`
  if (scope.kind === 'park') return sql`n.park_id = ${scope.parkId}`
  if (scope.kind === 'enterprise') {
    return sql`(n.enterprise_id = ${scope.enterpriseId} or (n.status <> 'draft' and (n.visibility = 'public' or (n.visibility = 'park' and n.park_id = ${scope.parkId}))))`
  }
  return sql`((n.status <> 'draft' and n.visibility::text = any(${needVisibilitiesForAllExperts as string[]}::text[])
      and not (n.visibility = 'confidential' and n.enterprise_id = any(${scope.concealedEnterpriseIds as string[]}::uuid[])))
    or exists (select 1 from matches m where m.need_id = n.id and m.responder_expert_id = ${scope.expertId} and m.status in ('proposed', 'accepted'))
    or exists (select 1 from proposals p where p.need_id = n.id and p.proposer_expert_id = ${scope.expertId} and p.status in ('submitted', 'shortlisted', 'accepted')))`
}

export async function insertNeed(sql: Queryable, need: NewNeed & { enterpriseId: string; parkId: string }): Promise<NeedRow> {
  const row = await writtenRow<NeedRow>(
    sql,
    needs,
    sql`
      insert into needs (enterprise_id, park_id, title, industry_code, background, problem, goals, kind, keywords,
                         budget_min_fen, budget_max_fen, trl_wanted, deadline, visibility, status)
      values (${need.enterpriseId}, ${need.parkId}, ${need.title}, ${need.industryCode}, ${need.background ?? ''},
              ${need.problem}, ${need.goals ?? ''}, ${need.kind}, ${need.keywords ?? []}, ${need.budgetMinFen ?? null},
              ${need.budgetMaxFen ?? null}, ${need.trlWanted ?? null}, ${need.deadline ?? null},
              ${need.visibility ?? 'park'}, ${need.status ?? 'draft'})
    `,
  )
  return row!
}

export function findNeed(sql: Queryable, id: string, scope: NeedReadScope, options: { forUpdate?: boolean } = {}): Promise<NeedRow | null> {
  return findRow<NeedRow>(sql, needs, id, scopeCondition(sql, scope), options)
}

/** The column of each field a patch may change; anything else a caller's object carries is left out. */
const patchColumns = {
  title: 'title', industryCode: 'industry_code', background: 'background', problem: 'problem', goals: 'goals', kind: 'kind', keywords: 'keywords',
  budgetMinFen: 'budget_min_fen', budgetMaxFen: 'budget_max_fen', trlWanted: 'trl_wanted', deadline: 'deadline', visibility: 'visibility', status: 'status',
  proposalsCloseAt: 'proposals_close_at',
} as const satisfies Record<keyof NeedPatch, string>

/** Applies only the fields present in the patch, and only if the version is still the one read. */
export function updateNeed(sql: Queryable, id: string, version: number, patch: NeedPatch): Promise<NeedRow | null> {
  return updateVersionedRow<NeedRow>(sql, needs, id, version, patchChanges(patch, patchColumns))
}

/** What the list's filters let through (its paging aside). */
function filterConditions(sql: Queryable, scope: NeedReadScope, filter: NeedListQuery) {
  return sql`
    ${scopeCondition(sql, scope)}
    ${equalFilters(sql, 'n', {
      park_id: filter.parkId,
      enterprise_id: filter.enterpriseId,
      // An empty `industryCode=` filters nothing, as before.
      industry_code: filter.industryCode || undefined,
      status: filter.status,
      kind: filter.kind,
      visibility: filter.visibility,
    })}
    ${filter.enterpriseId && scope.kind === 'expert' ? unidentifiedExcluded(sql, scope.expertId) : sql``}
    ${filter.openForProposals === undefined ? sql`` : filter.openForProposals ? sql`and n.proposals_close_at > now()` : sql`and (n.proposals_close_at is null or n.proposals_close_at <= now())`}
    ${filter.q ? sql`and (${containsText(sql, sql`n.title`, filter.q)} or ${containsText(sql, sql`n.problem`, filter.q)} or ${filter.q} = any(n.keywords))` : sql``}
  `
}

/**
 * An expert filtering by enterprise must not learn who posted a confidential need from what the
 * filter lets through: such a need passes only once the expert may be told its enterprise
 * (`mayIdentifyNeedEnterprise`, as SQL: an accepted invitation of the need answered by it).
 */
function unidentifiedExcluded(sql: Queryable, expertId: string) {
  return sql`and (n.visibility <> 'confidential'
    or exists (select 1 from matches m where m.need_id = n.id and m.status = 'accepted' and m.responder_expert_id = ${expertId}))`
}

/**
 * What the conflict rule needs to hide confidential needs from an expert: the affiliations of the
 * expert and of every candidate it answers for (societies it is the contact of, workstations it
 * leads), and the enterprises with a published confidential need. One round trip.
 */
export async function confidentialConflictInputs(sql: Queryable, expertId: string): Promise<{ affiliations: CandidateAffiliation[]; enterprises: NeedParty[] }> {
  const [row] = await sql<{ affiliations: CandidateAffiliation[] | null; enterprises: NeedParty[] | null }[]>`
    select
      (select json_agg(a) from (
        select e.organisation, e.enterprise_id as "enterpriseId", e.enterprise_id as "responderEnterpriseId", e.organisation as "responderOrganisation"
        from experts e where e.id = ${expertId}
        union all
        select s.name, null, c.enterprise_id, c.organisation from societies s join experts c on c.id = s.contact_expert_id where s.contact_expert_id = ${expertId}
        union all
        select coalesce(h.name, ''), w.host_enterprise_id, l.enterprise_id, l.organisation
        from workstations w join experts l on l.id = w.lead_expert_id left join enterprises h on h.id = w.host_enterprise_id
        where w.lead_expert_id = ${expertId}
      ) a) as affiliations,
      (select json_agg(x) from (
        select distinct e.id as "enterpriseId", e.name as "enterpriseName"
        from needs n join enterprises e on e.id = n.enterprise_id where n.visibility = 'confidential' and n.status <> 'draft'
      ) x) as enterprises
  `
  return { affiliations: row?.affiliations ?? [], enterprises: row?.enterprises ?? [] }
}

/** Of these needs, the confidential ones, each with the experts its enterprise accepted (the input of `mayIdentifyNeedEnterprise`). */
export function confidentialNeeds(sql: Queryable, ids: readonly string[]) {
  return sql<{ id: string; visibility: string; enterpriseId: string; parkId: string; acceptedExpertIds: string[] }[]>`
    select n.id, n.visibility, n.enterprise_id, n.park_id,
      array(select m.responder_expert_id::text from matches m where m.need_id = n.id and m.status = 'accepted') as accepted_expert_ids
    from needs n where n.id = any(${ids as string[]}::uuid[]) and n.visibility = 'confidential'
  `
}

/** A page of the needs the query's filters let through, newest first. */
export function pageNeeds(sql: Queryable, scope: NeedReadScope, query: NeedListQuery): Promise<Page<NeedRow>> {
  return pageRows<NeedRow>(sql, needs, filterConditions(sql, scope, query), query)
}

/** open → in_progress (the first accept); null when the need was in another status. */
export function markNeedInProgress(sql: Queryable, needId: string): Promise<NeedRow | null> {
  return writtenRow<NeedRow>(sql, needs, sql`update needs set status = 'in_progress', version = version + 1, updated_at = now() where id = ${needId} and status = 'open'`)
}

/** A need's park follows its enterprise; each moved need with the park it left (`previous`). */
export async function moveEnterpriseNeeds(sql: Queryable, enterpriseId: string, parkId: string): Promise<{ previous: string; row: NeedRow }[]> {
  const rows = await sql<(NeedRow & { previous: string })[]>`
    with moving as (
      select id, park_id as previous from needs where enterprise_id = ${enterpriseId} and park_id <> ${parkId} for no key update
    ),
    updated as (
      update needs set park_id = ${parkId}, updated_at = now(), version = version + 1
      from moving where needs.id = moving.id
      returning needs.*, moving.previous
    )
    select ${needs.columns(sql)}, n.previous from updated n
  `
  return rows.map(({ previous, ...row }) => ({ previous, row }))
}

/** Of these needs, the ids `scope` lets through: one read for a ranked list, with the rules of `findNeed`. */
export async function readableNeedIds(sql: Queryable, scope: NeedReadScope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await sql<{ id: string }[]>`select n.id from needs n where n.id = any(${ids as string[]}::uuid[]) and ${scopeCondition(sql, scope)}`
  return new Set(rows.map((row) => row.id))
}
