import type { z } from '@hono/zod-openapi'
import type { NeedRow } from '../queries.js'
import * as needs from '../service.js'
import { etagOf, expectedVersion } from '../../../platform/http/etag.js'
import { budgetText } from '../../../core/human-units.js'
import { withIdempotency } from '../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../platform/http/types.js'
import type * as routes from './needs.routes.js'
import type { NeedSchema } from '../model.js'
import { actorOf } from '../../../platform/http/actor.js'

function toNeed(row: NeedRow): z.infer<typeof NeedSchema> {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    parkId: row.parkId,
    title: row.title,
    industryCode: row.industryCode,
    background: row.background,
    problem: row.problem,
    goals: row.goals,
    kind: row.kind as z.infer<typeof NeedSchema>['kind'],
    keywords: row.keywords,
    budgetMinFen: row.budgetMinFen,
    budgetMaxFen: row.budgetMaxFen,
    budgetText: budgetText(row.budgetMinFen, row.budgetMaxFen),
    trlWanted: row.trlWanted,
    deadline: row.deadline,
    visibility: row.visibility,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export const listNeeds: AppRouteHandler<typeof routes.listNeeds> = async (c) => {
  const page = await needs.listNeeds(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toNeed) }, 200)
}

export const createNeed: AppRouteHandler<typeof routes.createNeed> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const need = await needs.createNeed(c.var.sql, actorOf(c), body)
    return c.json(toNeed(need), 201, { etag: etagOf(need), location: `/v1/needs/${need.id}` })
  })
}

export const getNeed: AppRouteHandler<typeof routes.getNeed> = async (c) => {
  const need = await needs.getNeed(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(toNeed(need), 200, { etag: etagOf(need) })
}

export const updateNeed: AppRouteHandler<typeof routes.updateNeed> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const need = await needs.updateNeed(
    c.var.sql,
    actorOf(c),
    c.req.valid('param').id,
    (current) => expectedVersion(ifMatch, current),
    c.req.valid('json'),
  )
  return c.json(toNeed(need), 200, { etag: etagOf(need) })
}
