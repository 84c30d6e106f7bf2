import type { Context, MiddlewareHandler, Next } from 'hono'
import type { AppBindings } from '../../platform/http/types.js'

/**
 * What hono's `secureHeaders({ crossOriginResourcePolicy: 'same-origin' })` sets, as a fixed list
 * (test/http/response-headers.test.ts holds the two equal). That middleware sets its headers on
 * the finished response, and @hono/node-server then has to build a full WHATWG Response for it:
 * most of what a request without a database cost. Set before the handler, they go into the
 * response the handler builds with `c.json`/`c.body`, at no extra cost.
 */
export const securityHeaders: readonly (readonly [string, string])[] = [
  ['cross-origin-resource-policy', 'same-origin'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
]

/** What of Node's ServerResponse is used here; @hono/node-server passes it as `c.env.outgoing`. */
interface NodeResponse {
  setHeader(name: string, value: string): unknown
}

function nodeResponseOf(c: Context<AppBindings>): NodeResponse | undefined {
  const outgoing = (c.env as { outgoing?: Partial<NodeResponse> } | undefined)?.outgoing
  return typeof outgoing?.setHeader === 'function' ? (outgoing as NodeResponse) : undefined
}

/**
 * Runs the rest of the chain with `headers` on its answer. On Node they go onto the
 * ServerResponse, which merges them into whatever response is written (a handler's own header of
 * the same name wins): no WHATWG Headers object is made for them, which was most of what a
 * request without a database cost after the log line (issue 17's profile). Elsewhere they are set
 * before the handler, so the response it builds with `c.json` or `c.body` (a problem too) carries
 * them; after it, again only on a response built another way (a raw `Response`, e.g. an
 * idempotent replay), told apart by the first header's value. Never only after: on a finished
 * response `c.header` makes @hono/node-server rebuild it.
 */
export async function withResponseHeaders(c: Context<AppBindings>, next: Next, headers: readonly (readonly [string, string])[]): Promise<void> {
  const outgoing = nodeResponseOf(c)
  if (outgoing) {
    for (const [name, value] of headers) outgoing.setHeader(name, value)
    return next()
  }
  for (const [name, value] of headers) c.header(name, value)
  await next()
  const [first] = headers
  if (first && c.res.headers.get(first[0]) !== first[1]) {
    for (const [name, value] of headers) c.header(name, value)
  }
}

/** `headers` on every answer (`withResponseHeaders`). */
export function responseHeaders(headers: readonly (readonly [string, string])[]): MiddlewareHandler<AppBindings> {
  return (c, next) => withResponseHeaders(c, next, headers)
}
