import type { Queryable } from '../../platform/db/client.js'
import type { ApiKeyRow, KeyNamesRow, NewApiKey } from './model.js'

/** Keys as the service reads them, with an enterprise key's park. */
const selectKeys = (sql: Queryable) => sql`
  select k.id, k.name, k.prefix, k.role, k.park_id as "parkId", k.enterprise_id as "enterpriseId",
    k.expert_id as "expertId", e.park_id as "enterpriseParkId", k.created_at as "createdAt", k.revoked_at as "revokedAt"
  from api_keys k left join enterprises e on e.id = k.enterprise_id
`

export async function findActiveKeyByHash(sql: Queryable, keyHash: string): Promise<ApiKeyRow | null> {
  const [row] = await sql<ApiKeyRow[]>`
    ${selectKeys(sql)}
    where k.key_hash = ${keyHash} and k.revoked_at is null
  `
  return row ?? null
}

export async function insertApiKey(sql: Queryable, key: NewApiKey): Promise<ApiKeyRow> {
  const [row] = await sql<{ id: string }[]>`
    insert into api_keys (id, name, prefix, key_hash, role, park_id, enterprise_id, expert_id)
    values (coalesce(${key.id ?? null}::uuid, gen_random_uuid()), ${key.name}, ${key.prefix}, ${key.keyHash},
            ${key.role}, ${key.parkId ?? null}, ${key.enterpriseId ?? null}, ${key.expertId ?? null})
    on conflict (key_hash) do nothing
    returning id
  `
  const id = row?.id
  const [created] = await sql<ApiKeyRow[]>`
    ${selectKeys(sql)}
    where ${id ? sql`k.id = ${id}` : sql`k.key_hash = ${key.keyHash}`}
  `
  return created!
}

export async function revokeApiKey(sql: Queryable, idOrPrefix: string): Promise<ApiKeyRow[]> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrPrefix)
  return sql<ApiKeyRow[]>`
    update api_keys k set revoked_at = now()
    where ${isUuid ? sql`k.id = ${idOrPrefix}` : sql`k.prefix = ${idOrPrefix}`} and k.revoked_at is null
    returning k.id, k.name, k.prefix, k.role, k.park_id as "parkId", k.enterprise_id as "enterpriseId",
      k.expert_id as "expertId", null as "enterpriseParkId", k.created_at as "createdAt", k.revoked_at as "revokedAt"
  `
}

export async function listApiKeys(sql: Queryable): Promise<ApiKeyRow[]> {
  return sql<ApiKeyRow[]>`
    ${selectKeys(sql)}
    order by k.created_at, k.id
  `
}

/** The names a person reads beside a key's ids: its own, and those of the park, enterprise or expert it acts for. */
export async function findKeyNames(sql: Queryable, keyId: string): Promise<KeyNamesRow | null> {
  const [row] = await sql<KeyNamesRow[]>`
    select k.name as "keyName", p.name as "parkName", e.name as "enterpriseName", x.name as "expertName"
    from api_keys k
    left join enterprises e on e.id = k.enterprise_id
    left join parks p on p.id = coalesce(k.park_id, e.park_id)
    left join experts x on x.id = k.expert_id
    where k.id = ${keyId}
  `
  return row ?? null
}
