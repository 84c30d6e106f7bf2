import type postgres from 'postgres'
import type { Queryable } from '../../../platform/db/client.js'
import type { CountRow, EventFiguresRow, ExpertFlowRow, FunnelRow, OutcomeTotalsRow, PairingRow, StatsPeriod, TopPartnerRow } from './model.js'

export type { CountRow, ExpertFlowRow, OutcomeTotalsRow, PairingRow, StatsPeriod, TopPartnerRow } from './model.js'

/**
 * Money is summed in numeric, which cannot overflow, and handed over as float8: every single
 * amount is at most 100亿元 (the API's cap), so a sum is exact until it passes 2^53 fen (about
 * 90万亿元, thousands of contracts at the cap); beyond that it is the nearest double, never an error.
 * Counts of outcomes are summed as bigint.
 *
 * The aggregations behind the KPI reports. Every function takes the park (null: all parks) and a
 * period of whole days [from, to] in the report's time zone; each says which date places a row in
 * the period.
 */

const start = (sql: Queryable, period: StatsPeriod) => sql`((${period.from}::date)::timestamp at time zone ${period.timeZone})`
const end = (sql: Queryable, period: StatsPeriod) => sql`(((${period.to}::date + 1))::timestamp at time zone ${period.timeZone})`
const within = (sql: Queryable, column: postgres.Fragment, period: StatsPeriod) =>
  sql`${column} >= ${start(sql, period)} and ${column} < ${end(sql, period)}`
const inPark = (sql: Queryable, column: postgres.Fragment, parkId: string | null) => (parkId ? sql`and ${column} = ${parkId}` : sql``)

/**
 * The cohort of needs posted in the period (published, i.e. not draft, and created in it),
 * followed to today: how many reached each stage. A stage counts needs that reached it, whatever
 * the earlier stages (a contract may be recorded without an invitation).
 */
export async function needFunnel(sql: Queryable, parkId: string | null, period: StatsPeriod, byPark = false): Promise<FunnelRow[]> {
  return sql<FunnelRow[]>`
    with cohort as (
      select n.id, n.park_id, n.created_at from needs n
      where n.status <> 'draft' and ${within(sql, sql`n.created_at`, period)} ${inPark(sql, sql`n.park_id`, parkId)}
    ),
    per_need as (
      select c.park_id, c.created_at,
        exists (select 1 from matches m where m.need_id = c.id) as proposed,
        (select min(m.responded_at) from matches m where m.need_id = c.id and m.status = 'accepted') as first_accepted_at,
        exists (select 1 from matches m where m.need_id = c.id and m.status = 'accepted' and m.proposal_id is null) as by_invitation,
        exists (select 1 from matches m where m.need_id = c.id and m.status = 'accepted' and m.proposal_id is not null) as by_proposal,
        exists (select 1 from proposals p where p.need_id = c.id) as with_proposals,
        exists (select 1 from consultations s where s.need_id = c.id and s.status = 'completed') as consulted,
        exists (select 1 from contracts k where k.need_id = c.id and k.signed_at is not null) as signed,
        exists (select 1 from contracts k where k.need_id = c.id and k.review_status = 'verified') as verified
      from cohort c
    )
    select ${byPark ? sql`park_id` : sql`null::uuid`} as park_id,
      count(*)::int as posted,
      count(*) filter (where proposed)::int as proposed,
      count(*) filter (where first_accepted_at is not null)::int as accepted,
      count(*) filter (where consulted)::int as consulted,
      count(*) filter (where signed)::int as signed,
      count(*) filter (where verified)::int as verified,
      count(*) filter (where by_invitation)::int as invitation,
      count(*) filter (where by_proposal)::int as proposal,
      count(*) filter (where with_proposals)::int as needs_with_proposals,
      percentile_cont(0.5) within group (order by extract(epoch from first_accepted_at - created_at)::float8 / 3600) as median_hours_to_first_acceptance
    from per_need
    ${byPark ? sql`group by park_id` : sql``}
  `
}

export interface ContractGroupRow {
  key: string
  name: string
  count: number
  valueFen: number
}

/**
 * Contracts signed in the period (by signing date) and not terminated, counted and summed by
 * contract type and by the need's industry.
 */
export async function signedContracts(sql: Queryable, parkId: string | null, period: StatsPeriod): Promise<{ byKind: ContractGroupRow[]; byIndustry: ContractGroupRow[] }> {
  const signed = sql`
    k.signed_at is not null and k.status <> 'terminated'
    and k.signed_on between ${period.from}::date and ${period.to}::date ${inPark(sql, sql`k.park_id`, parkId)}
  `
  const byKind = await sql<ContractGroupRow[]>`
    select k.kind::text as key, k.kind::text as name, count(*)::int as count, sum(k.value_fen)::float8 as value_fen
    from contracts k where ${signed}
    group by k.kind order by value_fen desc, key
  `
  const byIndustry = await sql<ContractGroupRow[]>`
    select n.industry_code as key, i.name, count(*)::int as count, sum(k.value_fen)::float8 as value_fen
    from contracts k join needs n on n.id = k.need_id join industries i on i.code = n.industry_code
    where ${signed}
    group by n.industry_code, i.name order by value_fen desc, key
  `
  return { byKind, byIndustry }
}

/** Outcomes of verified contracts completed in the period (by completion time). */
export async function verifiedOutcomes(sql: Queryable, parkId: string | null, period: StatsPeriod): Promise<OutcomeTotalsRow> {
  const [row] = await sql<OutcomeTotalsRow[]>`
    select count(*)::int as contracts, coalesce(sum(k.value_fen), 0)::float8 as value_fen,
      coalesce(sum(k.new_products), 0)::bigint as new_products, coalesce(sum(k.added_revenue_fen), 0)::float8 as added_revenue_fen,
      coalesce(sum(k.patents_filed), 0)::bigint as patents_filed, coalesce(sum(k.patents_granted), 0)::bigint as patents_granted,
      coalesce(sum(k.jobs_created), 0)::bigint as jobs_created
    from contracts k
    where k.review_status = 'verified' and ${within(sql, sql`k.completed_at`, period)} ${inPark(sql, sql`k.park_id`, parkId)}
  `
  return row!
}

/**
 * Per partner kind, the `limit` best by completed consultations (held in the period, counted for
 * the invitation's candidate), then by the value of verified contracts completed in the period
 * where it is the counterpart.
 */
export async function topPartners(sql: Queryable, parkId: string | null, period: StatsPeriod, limit: number): Promise<TopPartnerRow[]> {
  return sql<TopPartnerRow[]>`
    with consulted as (
      select m.candidate_kind as kind, m.candidate_id as id, count(*)::int as n
      from consultations s join matches m on m.id = s.match_id
      where s.status = 'completed' and ${within(sql, sql`s.held_at`, period)} ${inPark(sql, sql`s.park_id`, parkId)}
      group by m.candidate_kind, m.candidate_id
    ),
    verified as (
      select k.counterpart_kind as kind, k.counterpart_id as id, sum(k.value_fen) as v
      from contracts k
      where k.review_status = 'verified' and ${within(sql, sql`k.completed_at`, period)} ${inPark(sql, sql`k.park_id`, parkId)}
      group by k.counterpart_kind, k.counterpart_id
    ),
    combined as (
      select coalesce(c.kind, v.kind) as kind, coalesce(c.id, v.id) as id, coalesce(c.n, 0) as completed_consultations,
        coalesce(v.v, 0)::float8 as verified_value_fen
      from consulted c full join verified v on v.kind = c.kind and v.id = c.id
    ),
    ranked as (
      select combined.*,
        row_number() over (partition by kind order by completed_consultations desc, verified_value_fen desc, id) as rank
      from combined
    )
    select r.kind, r.id, r.completed_consultations, r.verified_value_fen,
      coalesce(x.name, s.name, w.name, '') as name
    from ranked r
    left join experts x on r.kind = 'expert' and x.id = r.id
    left join societies s on r.kind = 'society' and s.id = r.id
    left join workstations w on r.kind = 'workstation' and w.id = r.id
    where r.rank <= ${limit}
    order by r.kind, r.rank
  `
}

/**
 * 一会一企一智库 at the end of the period: key enterprises (`enterprises.is_key`) registered by
 * then; paired with a society when one of its needs has an invitation to a society accepted by
 * then; with a workstation when one has an accepted invitation to a workstation, or the
 * enterprise hosts a workstation created by then; paired when both.
 */
export async function pairingCoverage(sql: Queryable, parkId: string | null, period: StatsPeriod): Promise<PairingRow> {
  const before = end(sql, period)
  const [row] = await sql<PairingRow[]>`
    with key_enterprises as (
      select e.id,
        exists (
          select 1 from matches m join needs n on n.id = m.need_id
          where n.enterprise_id = e.id and m.status = 'accepted' and m.candidate_kind = 'society' and m.responded_at < ${before}
        ) as with_society,
        (exists (
          select 1 from matches m join needs n on n.id = m.need_id
          where n.enterprise_id = e.id and m.status = 'accepted' and m.candidate_kind = 'workstation' and m.responded_at < ${before}
        ) or exists (select 1 from workstations w where w.host_enterprise_id = e.id and w.created_at < ${before})) as with_workstation
      from enterprises e
      where e.is_key and e.created_at < ${before} ${inPark(sql, sql`e.park_id`, parkId)}
    )
    select count(*)::int as key_enterprises,
      count(*) filter (where with_society)::int as with_society,
      count(*) filter (where with_workstation)::int as with_workstation,
      count(*) filter (where with_society and with_workstation)::int as paired
    from key_enterprises
  `
  return row!
}

/**
 * The kind of an expert's organisation, from its name (no column records it): an expert employed
 * by an enterprise in the system, or at a 公司/集团/厂, is `enterprise`; 大学 `university`;
 * 研究院/研究所/科学院/研究中心/实验室 `institute` (科学院 before 学院); 学院 `university`; 医院
 * `hospital`; else `other`.
 */
const organisationKind = (sql: Queryable) => sql`
  case
    when x.enterprise_id is not null or x.organisation ~ '(公司|集团|厂)' then 'enterprise'
    when x.organisation ~ '大学' then 'university'
    when x.organisation ~ '(研究院|研究所|科学院|研究中心|实验室)' then 'institute'
    when x.organisation ~ '学院' then 'university'
    when x.organisation ~ '医院' then 'hospital'
    else 'other'
  end
`

/**
 * 科技工作者状况: the expert pool at the end of the period (registered by then and not now
 * unavailable), by title, field (an expert counts once in each of its fields), region and
 * organisation kind.
 */
export async function expertProfile(sql: Queryable, period: StatsPeriod) {
  const pool = sql`x.created_at < ${end(sql, period)} and x.availability <> 'unavailable'`
  const [total] = await sql<{ count: number }[]>`select count(*)::int as count from experts x where ${pool}`
  const byTitle = await sql<CountRow[]>`
    select coalesce(nullif(x.title, ''), '未填写') as key, count(*)::int as count from experts x where ${pool}
    group by 1 order by count desc, key
  `
  const byField = await sql<CountRow[]>`
    select f as key, count(*)::int as count from experts x cross join unnest(x.fields) as f where ${pool}
    group by f order by count desc, key
  `
  const byRegion = await sql<CountRow[]>`
    select coalesce(x.region_code, 'unknown') as key, count(*)::int as count from experts x where ${pool}
    group by 1 order by count desc, key
  `
  const byOrganisationKind = await sql<CountRow[]>`
    select ${organisationKind(sql)} as key, count(*)::int as count from experts x where ${pool}
    group by 1 order by count desc, key
  `
  return { total: total!.count, byTitle, byField, byRegion, byOrganisationKind }
}

/**
 * Per calendar month (in the report's time zone) of the period: inflow = experts registered that month; outflow =
 * experts who became unavailable that month (from expert_availability_changes, once per expert
 * and month).
 */
export async function expertFlows(sql: Queryable, period: StatsPeriod): Promise<ExpertFlowRow[]> {
  return sql<ExpertFlowRow[]>`
    with months as (
      select generate_series(date_trunc('month', ${period.from}::date), date_trunc('month', ${period.to}::date), interval '1 month')::date as month
    )
    select to_char(mo.month, 'YYYY-MM') as month,
      (select count(*)::int from experts x
       where ${within(sql, sql`x.created_at`, period)}
         and date_trunc('month', x.created_at at time zone ${period.timeZone}) = mo.month) as inflow,
      (select count(distinct c.expert_id)::int from expert_availability_changes c
       where c.to_availability = 'unavailable' and ${within(sql, sql`c.changed_at`, period)}
         and date_trunc('month', c.changed_at at time zone ${period.timeZone}) = mo.month) as outflow
    from months mo
    order by mo.month
  `
}

export async function parkNames(sql: Queryable): Promise<{ id: string; name: string }[]> {
  return sql<{ id: string; name: string }[]>`select id, name from parks order by name`
}

export async function signedValueByPark(sql: Queryable, period: StatsPeriod): Promise<{ parkId: string; count: number; valueFen: number }[]> {
  return sql<{ parkId: string; count: number; valueFen: number }[]>`
    select k.park_id, count(*)::int as count, sum(k.value_fen)::float8 as value_fen from contracts k
    where k.signed_at is not null and k.status <> 'terminated' and k.signed_on between ${period.from}::date and ${period.to}::date
    group by k.park_id
  `
}

/** Matchmaking events of the period (published, by their date in the period) and what came of their meetings. */
export async function eventFigures(sql: Queryable, parkId: string | null, period: StatsPeriod): Promise<EventFiguresRow> {
  const [row] = await sql<EventFiguresRow[]>`
    select count(distinct v.id)::int as held,
      count(m.need_id) filter (where m.slot is not null)::int as meetings,
      count(m.match_id)::int as invitations,
      count(m.match_id) filter (where x.status = 'accepted')::int as accepted
    from events v left join event_meetings m on m.event_id = v.id left join matches x on x.id = m.match_id
    where v.status = 'published' and v.event_date between ${period.from}::date and ${period.to}::date ${inPark(sql, sql`v.park_id`, parkId)}
  `
  return row!
}
