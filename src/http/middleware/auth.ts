import type { MiddlewareHandler } from 'hono'
import { findActiveKeyByHash } from '../../modules/accounts/queries.js'
import { hashApiKey } from '../../modules/accounts/service.js'
import type { Principal } from '../../core/principal.js'
import { DomainError } from '../../core/errors.js'
import type { AppBindings } from '../../platform/http/types.js'

// The scheme is case-insensitive (RFC 9110 §11.1); the key is not.
const bearerPattern = /^[Bb][Ee][Aa][Rr][Ee][Rr]\s+(kcm_[A-Za-z0-9]{32})\s*$/

/** Resolves `Authorization: Bearer <key>` to a principal; every /v1 route requires one. */
export const authenticate: MiddlewareHandler<AppBindings> = async (c, next) => {
  const header = c.req.header('authorization')
  const challenge = { 'www-authenticate': 'Bearer realm="kechuang"' }
  if (!header) throw new DomainError('unauthenticated', 'Send an API key as `Authorization: Bearer <key>`', { headers: challenge })
  const match = bearerPattern.exec(header)
  if (!match) throw new DomainError('unauthenticated', 'The Authorization header is not a Bearer API key', { headers: challenge })
  const row = await findActiveKeyByHash(c.get('sql'), hashApiKey(match[1]!))
  if (!row) throw new DomainError('unauthenticated', 'Unknown or revoked API key', { headers: challenge })
  c.set('principal', toPrincipal(row))
  await next()
}

function toPrincipal(row: Awaited<ReturnType<typeof findActiveKeyByHash>> & object): Principal {
  switch (row.role) {
    case 'admin':
      return { role: 'admin', keyId: row.id }
    case 'park_staff':
      return { role: 'park_staff', keyId: row.id, parkId: row.parkId! }
    case 'enterprise':
      return { role: 'enterprise', keyId: row.id, enterpriseId: row.enterpriseId!, parkId: row.enterpriseParkId! }
    case 'expert':
      return { role: 'expert', keyId: row.id, expertId: row.expertId! }
  }
}
