import type { IndustryRow } from '../queries.js'
import * as parks from '../../parks/service.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './industries.routes.js'
import { actorOf } from '../../../../platform/http/actor.js'

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
