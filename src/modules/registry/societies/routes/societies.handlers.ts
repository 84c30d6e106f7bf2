import type { z } from '@hono/zod-openapi'
import type { SocietyRow } from '../queries.js'
import * as societies from '../service.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './societies.routes.js'
import type { SocietySchema } from '../model.js'
import { actorOf } from '../../../../platform/http/actor.js'

function toSociety(row: SocietyRow): z.infer<typeof SocietySchema> {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    disciplines: row.disciplines,
    description: row.description,
    regionCode: row.regionCode,
    contactExpertId: row.contactExpertId,
    memberCount: row.memberCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export const listSocieties: AppRouteHandler<typeof routes.listSocieties> = async (c) => {
  const page = await societies.listSocieties(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toSociety) }, 200)
}

export const createSociety: AppRouteHandler<typeof routes.createSociety> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const society = await societies.createSociety(c.var.sql, actorOf(c), body)
    return c.json(toSociety(society), 201, { etag: etagOf(society), location: `/v1/societies/${society.id}` })
  })
}

export const getSociety: AppRouteHandler<typeof routes.getSociety> = async (c) => {
  const society = await societies.getSociety(c.var.sql, c.req.valid('param').id)
  return c.json(toSociety(society), 200, { etag: etagOf(society) })
}

export const updateSociety: AppRouteHandler<typeof routes.updateSociety> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const society = await societies.updateSociety(
    c.var.sql,
    actorOf(c),
    c.req.valid('param').id,
    (current) => expectedVersion(ifMatch, current),
    c.req.valid('json'),
  )
  return c.json(toSociety(society), 200, { etag: etagOf(society) })
}
