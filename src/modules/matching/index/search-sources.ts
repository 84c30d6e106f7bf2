import type { Queryable } from '../../../platform/db/client.js'
import { type DocumentKind } from '../../../core/vocabulary.js'

export type { DocumentKind }

/** The parts of a source row that matching reads; `search-document.ts` turns them into text. */
export interface MatchSource {
  kind: DocumentKind
  id: string
  parkId: string | null
  regionCode: string | null
  available: boolean
  headline: string
  terms: string[]
  passages: string[]
}

/** Loads the sources of many documents of one kind in one query; missing ids are simply absent. */
export async function loadMatchSources(sql: Queryable, kind: DocumentKind, ids: readonly string[]): Promise<MatchSource[]> {
  if (ids.length === 0) return []
  const idList = ids as string[]
  switch (kind) {
    case 'expert':
      // Achievements the expert excluded from matching stay out; pinned ones come first.
      return sql<MatchSource[]>`
        select 'expert' as kind, e.id, null::uuid as park_id, e.region_code, e.availability <> 'unavailable' as available,
               array_to_string(e.fields, ' ') as headline,
               e.disciplines || e.keywords as terms,
               array_remove(array[e.bio, e.organisation] || coalesce((
                 select array_agg(a.title || ' ' || a.summary order by a.pinned desc, a.position)
                 from expert_achievements a where a.expert_id = e.id and not a.excluded_from_matching
               ), '{}'), '') as passages
        from experts e where e.id = any(${idList}::uuid[])
      `
    case 'society':
      return sql<MatchSource[]>`
        select 'society' as kind, s.id, null::uuid as park_id, s.region_code, true as available,
               s.name as headline, s.disciplines as terms, array_remove(array[s.description], '') as passages
        from societies s where s.id = any(${idList}::uuid[])
      `
    case 'workstation':
      // A station is as good as its team: members' fields and keywords are part of its text.
      return sql<MatchSource[]>`
        select 'workstation' as kind, w.id, w.park_id, p.region_code, true as available,
               w.name as headline,
               w.fields || coalesce((
                 select array_agg(t) from workstation_members m join experts e on e.id = m.expert_id,
                   unnest(e.fields || e.keywords) t where m.workstation_id = w.id
               ), '{}') as terms,
               array_remove(array[w.description], '') as passages
        from workstations w join parks p on p.id = w.park_id where w.id = any(${idList}::uuid[])
      `
    case 'need':
      return sql<MatchSource[]>`
        select 'need' as kind, n.id, n.park_id, p.region_code, n.status in ('open', 'in_progress') as available,
               n.title as headline, n.keywords || array[i.name] as terms,
               array_remove(array[n.problem, n.goals, n.background], '') as passages
        from needs n join parks p on p.id = n.park_id join industries i on i.code = n.industry_code
        where n.id = any(${idList}::uuid[])
      `
  }
}

/** Every id of a kind, for a full rebuild. */
export async function listSourceIds(sql: Queryable, kind: DocumentKind): Promise<string[]> {
  const table = { expert: 'experts', society: 'societies', workstation: 'workstations', need: 'needs' }[kind]
  const rows = await sql<{ id: string }[]>`select id from ${sql(table)} order by id`
  return rows.map((row) => row.id)
}

/** Workstations whose text includes this expert, to refresh when the expert changes. */
export async function workstationsOfExpert(sql: Queryable, expertId: string): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select workstation_id as id from workstation_members where expert_id = ${expertId}
    union select id from workstations where lead_expert_id = ${expertId}
  `
  return rows.map((row) => row.id)
}
