import type { RouteConfig, z } from '@hono/zod-openapi'
import { actorOf } from './actor.js'
import { etagOf, expectedVersion } from './etag.js'
import { withIdempotency } from './idempotency.js'
import type { AppRouteHandler } from './types.js'
import type { Actor } from '../db/audit.js'
import type { Sql } from '../db/client.js'

/**
 * The handlers most operations share: read the validated input, call the module's service, and
 * answer the object with its ETag (or a page). An operation file then says only which service
 * function answers and how its row reads (`respond`, typed by the body the route declares, so a
 * field missing or of the wrong type fails to compile). Each returns `AppRouteHandler<typeof route>`,
 * so the router still checks the route and handler belong together.
 */

/** The request as a handler of route `R` sees it. */
export type RouteContext<R extends RouteConfig> = Parameters<AppRouteHandler<R>>[0]
type Versioned = { id: string; version: number }
/** The JSON body route `R` declares for status `S`: what `respond` must make of a row, checked when the operation is compiled. */
export type BodyOf<R extends RouteConfig, S extends number> = R['responses'][S] extends { content: { 'application/json': { schema: infer Z extends z.ZodType } } } ? z.infer<Z> : never
type ItemOf<R extends RouteConfig> = BodyOf<R, 200> extends { items: (infer Item)[] } ? Item : never
/** What every service call gets: the request's database, who acts, and the request (its validated input typed by the route). */
export interface Caller<R extends RouteConfig> {
  sql: Sql
  actor: Actor
  c: RouteContext<R>
}

const callerOf = <R extends RouteConfig>(c: RouteContext<R>): Caller<R> => ({ sql: c.get('sql'), actor: actorOf(c), c })
// Inside a generic handler the validated parts are not inferred; at each operation `caller.c` has them typed.
const valid = <R extends RouteConfig>(c: RouteContext<R>, target: 'param' | 'json' | 'query' | 'header') =>
  (c.req.valid as (target: string) => Record<string, unknown>)(target)

/**
 * One object by the id in the path, answered with its ETag: a read (`GET …/{id}`) or a change that
 * names no version (`POST …/{id}/<verb>`); `serve` is the service call.
 */
export function objectHandler<R extends RouteConfig, Row extends Versioned>(
  _route: R,
  serve: (caller: Caller<R>, id: string) => Promise<Row>,
  respond: (row: Row) => BodyOf<R, 200>,
): AppRouteHandler<R> {
  return (async (c: RouteContext<R>) => {
    const row = await serve(callerOf(c), valid(c, 'param').id as string)
    return c.json(respond(row) as never, 200, { etag: etagOf(row) })
  }) as unknown as AppRouteHandler<R>
}

/** `GET …/{id}`: the object with its ETag. */
export const readHandler = objectHandler
/** `POST …/{id}/<verb>` (or any change of one object without If-Match): the object after it, with its ETag. */
export const transitionHandler = objectHandler

/** `PATCH …/{id}` under If-Match: the changed object with its new ETag. */
export function updateHandler<R extends RouteConfig, Row extends Versioned>(
  _route: R,
  update: (caller: Caller<R>, id: string, checkVersion: (current: Versioned) => number) => Promise<Row>,
  respond: (row: Row) => BodyOf<R, 200>,
): AppRouteHandler<R> {
  return (async (c: RouteContext<R>) => {
    const ifMatch = valid(c, 'header')['if-match'] as string | undefined
    const row = await update(callerOf(c), valid(c, 'param').id as string, (current) => expectedVersion(ifMatch, current))
    return c.json(respond(row) as never, 200, { etag: etagOf(row) })
  }) as unknown as AppRouteHandler<R>
}

/** `POST <collection>`, safe to retry with an Idempotency-Key: 201 with the object, its ETag and Location. */
export function createHandler<R extends RouteConfig, Row extends Versioned>(
  _route: R,
  create: (caller: Caller<R>) => Promise<Row>,
  respond: (row: Row) => BodyOf<R, 201>,
  location: (row: Row) => string,
): AppRouteHandler<R> {
  return (async (c: RouteContext<R>) => {
    return withIdempotency(c, valid(c, 'json'), async () => {
      const row = await create(callerOf(c))
      return c.json(respond(row) as never, 201, { etag: etagOf(row), location: location(row) })
    })
  }) as unknown as AppRouteHandler<R>
}

/** `GET <collection>`: a page whose items read as `respond` makes them. */
export function listHandler<R extends RouteConfig, Row>(
  _route: R,
  list: (caller: Caller<R>) => Promise<Omit<BodyOf<R, 200>, 'items'> & { items: Row[] }>,
  respond: (row: Row) => ItemOf<R>,
): AppRouteHandler<R> {
  return (async (c: RouteContext<R>) => {
    const page = await list(callerOf(c))
    return c.json({ ...page, items: page.items.map(respond) } as never, 200)
  }) as unknown as AppRouteHandler<R>
}
