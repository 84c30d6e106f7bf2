import { findKeyNames } from './queries.js'
import type { Queryable } from '../../platform/db/client.js'
import type { Principal } from '../../core/principal.js'
import type { Me } from './model.js'

/** The caller as the API sees it: the key's role and scope, with the names a person recognises them by. */
export async function describeCaller(sql: Queryable, principal: Principal): Promise<Me> {
  const names = await findKeyNames(sql, principal.keyId)
  return {
    keyId: principal.keyId,
    keyName: names?.keyName ?? null,
    role: principal.role,
    parkId: 'parkId' in principal ? principal.parkId : null,
    parkName: names?.parkName ?? null,
    enterpriseId: principal.role === 'enterprise' ? principal.enterpriseId : null,
    enterpriseName: names?.enterpriseName ?? null,
    expertId: principal.role === 'expert' ? principal.expertId : null,
    expertName: names?.expertName ?? null,
  }
}
