import type { IndustryRow } from '../../db/industries.js'
import * as parks from '../../domain/parks.js'
import { withIdempotency } from '../../lib/idempotency.js'
import type { AppRouteHandler } from '../../lib/types.js'
import type * as routes from './industries.routes.js'
import { actorOf } from '../../lib/actor.js'

const toIndustry = (row: IndustryRow) => ({ ...row, createdAt: row.createdAt.toISOString() })

export const listIndustries: AppRouteHandler<typeof routes.listIndustries> = async (c) => {
  const rows = await parks.listIndustries(c.var.sql)
  return c.json({ items: rows.map(toIndustry) }, 200)
}

export const createIndustry: AppRouteHandler<typeof routes.createIndustry> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const industry = await parks.createIndustry(c.var.sql, actorOf(c), { description: '', ...body })
    return c.json(toIndustry(industry), 201, { location: `/v1/industries` })
  })
}
