import type { Actor } from '../db/audit.js'
import type { Principal } from '../../core/principal.js'

/** Who acts in a request, as the audit log records it: the key's principal, the server's request id and the client's own. */
export function actorOf(c: {
  get(key: 'principal'): Principal
  get(key: 'requestId'): string
  get(key: 'clientRequestId'): string | undefined
}): Actor {
  return { principal: c.get('principal'), requestId: c.get('requestId'), clientRequestId: c.get('clientRequestId') }
}
