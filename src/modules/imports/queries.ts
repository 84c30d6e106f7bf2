import type { Queryable } from '../../platform/db/client.js'

/**
 * Natural-key look-ups of bulk import, one statement per batch of rows. `parkId` narrows a look-up
 * to one park (park staff), so a row never resolves to an object outside the caller's reach.
 */

export async function enterpriseIdsByUscc(sql: Queryable, usccs: readonly string[], parkId?: string): Promise<Map<string, string>> {
  if (usccs.length === 0) return new Map()
  const rows = await sql<{ id: string; uscc: string }[]>`
    select id, uscc from enterprises
    where uscc = any(${usccs as string[]}::text[]) ${parkId ? sql`and park_id = ${parkId}` : sql``}
  `
  return new Map(rows.map((row) => [row.uscc, row.id]))
}

/** Keyed by `name \0 organisation`, the experts' unique pair. */
export async function expertIdsByNameAndOrganisation(
  sql: Queryable,
  pairs: readonly { name: string; organisation: string }[],
): Promise<Map<string, string>> {
  if (pairs.length === 0) return new Map()
  const rows = await sql<{ id: string; name: string; organisation: string }[]>`
    select x.id, x.name, x.organisation
    from experts x
    join unnest(${pairs.map((pair) => pair.name)}::text[], ${pairs.map((pair) => pair.organisation)}::text[]) as k(name, organisation)
      on x.name = k.name and x.organisation = k.organisation
  `
  return new Map(rows.map((row) => [`${row.name}\u0000${row.organisation}`, row.id]))
}

/**
 * Keyed by `enterpriseId \0 title`. Titles are not unique in the table, so every id is returned
 * and the caller refuses a key that names more than one need.
 */
export async function needIdsByEnterpriseAndTitle(
  sql: Queryable,
  pairs: readonly { enterpriseId: string; title: string }[],
  parkId?: string,
): Promise<Map<string, string[]>> {
  if (pairs.length === 0) return new Map()
  const rows = await sql<{ id: string; enterpriseId: string; title: string }[]>`
    select n.id, n.enterprise_id, n.title
    from needs n
    join unnest(${pairs.map((pair) => pair.enterpriseId)}::uuid[], ${pairs.map((pair) => pair.title)}::text[]) as k(enterprise_id, title)
      on n.enterprise_id = k.enterprise_id and n.title = k.title
    ${parkId ? sql`where n.park_id = ${parkId}` : sql``}
    order by n.created_at, n.id
  `
  const ids = new Map<string, string[]>()
  for (const row of rows) {
    const key = `${row.enterpriseId}\u0000${row.title}`
    ids.set(key, [...(ids.get(key) ?? []), row.id])
  }
  return ids
}
