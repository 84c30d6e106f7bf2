import type { z } from '@hono/zod-openapi'
import type { ParkRow } from '../../db/parks.js'
import * as parks from '../../domain/parks.js'
import { etagOf, expectedVersion } from '../../lib/etag.js'
import { withIdempotency } from '../../lib/idempotency.js'
import type { AppRouteHandler } from '../../lib/types.js'
import type * as routes from './parks.routes.js'
import type { ParkSchema } from './parks.schemas.js'
import { actorOf } from '../../lib/actor.js'

function toPark(row: ParkRow): z.infer<typeof ParkSchema> {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.regionCode,
    keyIndustries: row.keyIndustries,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export const listParks: AppRouteHandler<typeof routes.listParks> = async (c) => {
  const page = await parks.listParks(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toPark) }, 200)
}

export const createPark: AppRouteHandler<typeof routes.createPark> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const park = await parks.createPark(c.var.sql, actorOf(c), body)
    return c.json(toPark(park), 201, { etag: etagOf(park), location: `/v1/parks/${park.id}` })
  })
}

export const getPark: AppRouteHandler<typeof routes.getPark> = async (c) => {
  const park = await parks.getPark(c.var.sql, c.req.valid('param').id)
  return c.json(toPark(park), 200, { etag: etagOf(park) })
}

export const updatePark: AppRouteHandler<typeof routes.updatePark> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const park = await parks.updatePark(
    c.var.sql,
    actorOf(c),
    c.req.valid('param').id,
    (current) => expectedVersion(ifMatch, current),
    c.req.valid('json'),
  )
  return c.json(toPark(park), 200, { etag: etagOf(park) })
}
