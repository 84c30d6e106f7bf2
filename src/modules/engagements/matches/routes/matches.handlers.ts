import type { z } from '@hono/zod-openapi'
import type { MatchRow } from '../queries.js'
import * as matches from '../service.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './matches.routes.js'
import type { MatchSchema } from '../model.js'
import { formatBeijingTime } from '../../../../core/human-units.js'
import { actorOf } from '../../../../platform/http/actor.js'

function toMatch(row: MatchRow): z.infer<typeof MatchSchema> {
  const { proposedByKeyId: _key, version: _version, cursorAt: _cursor, expiresAt, respondedAt, createdAt, updatedAt, ...fields } = row
  return {
    ...fields,
    expiresAt: expiresAt.toISOString(),
    expiresAtText: formatBeijingTime(expiresAt)!,
    respondedAt: respondedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }
}

export const proposeMatch: AppRouteHandler<typeof routes.proposeMatch> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const match = await matches.proposeMatch(c.var.sql, c.var.deps.config, actorOf(c), c.req.valid('param').id, body)
    return c.json(toMatch(match), 201, { location: `/v1/matches/${match.id}` })
  })
}

export const listMatches: AppRouteHandler<typeof routes.listMatches> = async (c) => {
  const page = await matches.listMatches(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toMatch) }, 200)
}

export const getMatch: AppRouteHandler<typeof routes.getMatch> = async (c) =>
  c.json(toMatch(await matches.getMatch(c.var.sql, c.var.principal, c.req.valid('param').id)), 200)

export const acceptMatch: AppRouteHandler<typeof routes.acceptMatch> = async (c) =>
  c.json(toMatch(await matches.acceptMatch(c.var.sql, actorOf(c), c.req.valid('param').id)), 200)

export const declineMatch: AppRouteHandler<typeof routes.declineMatch> = async (c) => {
  const deps = { sql: c.var.sql, logger: c.var.logger, ...c.var.deps.retrievers(c.var.sql) }
  const match = await matches.declineMatch(deps, c.var.deps.config, actorOf(c), c.req.valid('param').id, c.req.valid('json').reason)
  return c.json(toMatch(match), 200)
}

export const withdrawMatch: AppRouteHandler<typeof routes.withdrawMatch> = async (c) =>
  c.json(toMatch(await matches.withdrawMatch(c.var.sql, actorOf(c), c.req.valid('param').id)), 200)
