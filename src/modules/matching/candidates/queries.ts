import type postgres from 'postgres'
import type { Queryable } from '../../../platform/db/client.js'
import { type CandidateKind, type DocumentKind, type NeedVisibility } from '../../../core/vocabulary.js'
import type { CandidateStanding } from '../../../core/engagement-rules.js'

/** What the matching rules read about a candidate. */
export interface CandidateProfile extends CandidateStanding {
  kind: CandidateKind
  id: string
  name: string
  parkId: string | null
  regionCode: string | null
  /** Invitations of this candidate answered or lapsed in the last 365 days. */
  history: InvitationHistory
}

export interface InvitationHistory {
  accepted: number
  declined: number
  expired: number
  /** Consultations completed for this candidate's matches in the last 365 days, and their ratings. */
  completedConsultations: number
  ratedConsultations: number
  /** Mean enterprise rating (1–5) of those rated; null when none is. */
  meanRating: number | null
}

/**
 * Profiles of the given candidates, all kinds in one round trip. A society answers through its
 * contact expert and a workstation through its lead, so their availability is that expert's.
 */
export async function loadCandidateProfiles(
  sql: Queryable,
  refs: readonly { kind: CandidateKind; id: string }[],
): Promise<CandidateProfile[]> {
  const ids = (kind: CandidateKind) => refs.filter((ref) => ref.kind === kind).map((ref) => ref.id)
  const rows = await sql<(Omit<CandidateProfile, 'history'> & InvitationHistory)[]>`
    with profiles as (
    select 'expert' as kind, e.id, e.name, e.organisation, e.enterprise_id,
           e.enterprise_id as responder_enterprise_id, e.organisation as responder_organisation, e.availability::text as availability,
           e.capacity,
           (select count(*)::int from matches m join needs n on n.id = m.need_id
            where m.responder_expert_id = e.id and m.status = 'accepted' and n.status in ('open', 'in_progress')) as open_engagements,
           null::uuid as park_id, e.region_code
    from experts e where e.id = any(${ids('expert')}::uuid[])
    union all
    select 'society', s.id, s.name, s.name, null, c.enterprise_id, coalesce(c.organisation, ''),
           coalesce(c.availability::text, 'available'), null, 0, null, s.region_code
    from societies s left join experts c on c.id = s.contact_expert_id
    where s.id = any(${ids('society')}::uuid[])
    union all
    select 'workstation', w.id, w.name, coalesce(h.name, ''), w.host_enterprise_id, l.enterprise_id, l.organisation,
           l.availability::text, null, 0, w.park_id, p.region_code
    from workstations w join experts l on l.id = w.lead_expert_id join parks p on p.id = w.park_id
    left join enterprises h on h.id = w.host_enterprise_id
    where w.id = any(${ids('workstation')}::uuid[])
    )
    select p.*, h.accepted, h.declined, h.expired, c.completed_consultations, c.rated_consultations, c.mean_rating
    from profiles p cross join lateral (
      select count(*) filter (where m.status = 'accepted')::int as accepted,
             count(*) filter (where m.status = 'declined')::int as declined,
             count(*) filter (where m.status = 'expired')::int as expired
      from matches m
      where m.candidate_kind = p.kind::candidate_kind and m.candidate_id = p.id and m.created_at > now() - interval '365 days'
    ) h cross join lateral (
      select count(*)::int as completed_consultations, count(c.rating)::int as rated_consultations, avg(c.rating)::float8 as mean_rating
      from matches m join consultations c on c.match_id = m.id
      where m.candidate_kind = p.kind::candidate_kind and m.candidate_id = p.id
        and c.status = 'completed' and c.completed_at > now() - interval '365 days'
    ) c
  `
  return rows.map(({ accepted, declined, expired, completedConsultations, ratedConsultations, meanRating, ...profile }) => ({
    ...profile,
    history: { accepted, declined, expired, completedConsultations, ratedConsultations, meanRating },
  }))
}

export interface NeedContext {
  id: string
  enterpriseId: string
  enterpriseName: string
  parkId: string
  regionCode: string
  /** Whose eyes its text is for: a provider embeds only the visibilities configured. */
  visibility: NeedVisibility
}

export async function loadNeedContext(sql: Queryable, needId: string): Promise<NeedContext | null> {
  const [row] = await sql<NeedContext[]>`
    select n.id, n.enterprise_id, e.name as enterprise_name, n.park_id, p.region_code, n.visibility
    from needs n join enterprises e on e.id = n.enterprise_id join parks p on p.id = n.park_id
    where n.id = ${needId}
  `
  return row ?? null
}

/** The need's stored embedding for this model, if the outbox has made one. */
export function storedNeedEmbedding(sql: Queryable, needId: string, model: string): Promise<number[] | null> {
  return storedEmbedding(sql, 'need', needId, model)
}

/** A document's stored embedding for this model, if the outbox has made one. */
export async function storedEmbedding(sql: Queryable, kind: DocumentKind, id: string, model: string): Promise<number[] | null> {
  const [row] = await sql<{ embedding: string }[]>`
    select embedding::text as embedding from match_embeddings where kind = ${kind}::document_kind and id = ${id} and model = ${model}
  `
  return row ? (JSON.parse(row.embedding) as number[]) : null
}

/** The name of an expert, society or workstation given the columns holding its kind and id. */
export function candidateNameOf(sql: Queryable, kind: postgres.Fragment, id: postgres.Fragment) {
  return sql`case ${kind}
    when 'expert' then (select x.name from experts x where x.id = ${id})
    when 'society' then (select so.name from societies so where so.id = ${id})
    when 'workstation' then (select w.name from workstations w where w.id = ${id})
  end`
}
