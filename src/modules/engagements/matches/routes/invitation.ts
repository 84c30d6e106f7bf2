import { byNeedId, concealEnterprise } from '../../../needs/index.js'
import type { RouteConfig } from '@hono/zod-openapi'
import type { AppRouteHandler, Caller, RouteContext } from '../../../../platform/http/kit.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { type MatchRow, toMatchResponse } from '../model.js'

/**
 * `…/matches/{id}[/<verb>]`: the invitation `act` reads or moves, answered without an ETag (no
 * change of an invitation takes If-Match), so the shared handlers, which send one, do not fit.
 */
export function invitationHandler<R extends RouteConfig>(_route: R, act: (caller: Caller<R>, id: string) => Promise<MatchRow>): AppRouteHandler<R> {
  return (async (c: RouteContext<R>) => {
    const { id } = (c.req.valid as (target: 'param') => { id: string })('param')
    const actor = actorOf(c)
    const row = await act({ sql: c.get('sql'), actor, c }, id)
    // An invitation declined or withdrawn leaves a confidential need's enterprise unnamed to its expert.
    return c.json(toMatchResponse(await concealEnterprise(c.get('sql'), actor.principal, row, byNeedId)), 200)
  }) as unknown as AppRouteHandler<R>
}
