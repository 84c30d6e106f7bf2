import type { Actor } from '../db/audit.js'
import type { Principal } from '../../core/principal.js'

/** Who acts in a request, as the audit log records it: the key's principal, the server's request id and the client's own. */
export function actorOf(c: { var: { principal: Principal; requestId: string; clientRequestId: string | undefined } }): Actor {
  return { principal: c.var.principal, requestId: c.var.requestId, clientRequestId: c.var.clientRequestId }
}
