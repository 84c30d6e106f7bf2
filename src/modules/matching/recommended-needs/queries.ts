import type { Queryable } from '../../../platform/db/client.js'
import { takenSlots } from '../../needs/index.js'
import { type CandidateKind, type NeedStatus, type NeedVisibility, type ProposalStatus, needStatusesTakingPartners } from '../../../core/vocabulary.js'

/** The candidate asked about, and the expert who answers for it (itself, a society's contact, a workstation's lead). */
export async function loadCandidateOwner(sql: Queryable, kind: CandidateKind, id: string): Promise<{ name: string; answeringExpertId: string | null } | null> {
  const [row] = await sql<{ name: string; answeringExpertId: string | null }[]>`
    select x.name, x.answering_expert_id from (
      select e.name, e.id as answering_expert_id from experts e where ${kind} = 'expert' and e.id = ${id}
      union all
      select s.name, s.contact_expert_id from societies s where ${kind} = 'society' and s.id = ${id}
      union all
      select w.name, w.lead_expert_id from workstations w where ${kind} = 'workstation' and w.id = ${id}
    ) x
  `
  return row ?? null
}

/** Where the candidate stands with a need it may still take up: an unanswered invitation, a proposal under consideration. */
export interface NeedStanding {
  id: string
  invitationId: string | null
  proposal: Extract<ProposalStatus, 'submitted' | 'shortlisted'> | null
}

/**
 * Needs the candidate could still take up: taking partners with a slot left, and not already
 * answered by it (an accepted or declined invitation or proposal: done, or turned down). Live
 * ones come with where it stands.
 */
export function needsOpenTo(sql: Queryable, candidate: { kind: CandidateKind; id: string }): Promise<NeedStanding[]> {
  const mine = sql`candidate_kind = ${candidate.kind}::candidate_kind and candidate_id = ${candidate.id}`
  return sql<NeedStanding[]>`
    select n.id,
      (select m.id from matches m where m.need_id = n.id and ${mine} and m.status = 'proposed' limit 1) as invitation_id,
      (select p.status from proposals p where p.need_id = n.id and ${mine} and p.status in ('submitted', 'shortlisted') limit 1) as proposal
    from needs n
    where n.status::text = any(${needStatusesTakingPartners as string[]}::text[])
      and ${takenSlots(sql, sql`n.id`)} < n.partner_slots
      and not exists (select 1 from matches m where m.need_id = n.id and ${mine} and m.status in ('accepted', 'declined'))
      and not exists (select 1 from proposals p where p.need_id = n.id and ${mine} and p.status in ('accepted', 'declined'))
  `
}

/** What a recommended need shows, and what the rules read of it. */
export interface NeedSummary {
  id: string
  title: string
  kind: string
  industryCode: string
  status: NeedStatus
  visibility: NeedVisibility
  enterpriseId: string
  enterpriseName: string
  parkId: string
  regionCode: string
  proposalsCloseAt: Date | null
}

export function loadNeedSummaries(sql: Queryable, ids: readonly string[]): Promise<NeedSummary[]> {
  return sql<NeedSummary[]>`
    select n.id, n.title, n.kind, n.industry_code, n.status, n.visibility, n.enterprise_id, e.name as enterprise_name,
           n.park_id, p.region_code, n.proposals_close_at
    from needs n join enterprises e on e.id = n.enterprise_id join parks p on p.id = n.park_id
    where n.id = any(${ids as string[]}::uuid[])
  `
}
