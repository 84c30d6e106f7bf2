import type { z } from '@hono/zod-openapi'
import type { ExpertRow } from '../queries.js'
import * as experts from '../service.js'
import { proposeNextAfter } from '../../../engagements/matches/service.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './experts.routes.js'
import type { ExpertSchema } from '../model.js'
import { actorOf } from '../../../../platform/http/actor.js'

function toExpert(row: ExpertRow): z.infer<typeof ExpertSchema> {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    isAcademician: row.isAcademician,
    organisation: row.organisation,
    enterpriseId: row.enterpriseId,
    disciplines: row.disciplines,
    fields: row.fields,
    keywords: row.keywords,
    industries: row.industries,
    bio: row.bio,
    regionCode: row.regionCode,
    availability: row.availability,
    capacity: row.capacity,
    achievements: row.achievements.map((achievement) => ({
      id: achievement.id,
      title: achievement.title,
      kind: achievement.kind,
      year: achievement.year,
      summary: achievement.summary,
      pinned: achievement.pinned,
      excludedFromMatching: achievement.excludedFromMatching,
    })),
    societyIds: row.societyIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export const listExperts: AppRouteHandler<typeof routes.listExperts> = async (c) => {
  const page = await experts.listExperts(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toExpert) }, 200)
}

export const createExpert: AppRouteHandler<typeof routes.createExpert> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const expert = await experts.createExpert(c.var.sql, actorOf(c), body)
    return c.json(toExpert(expert), 201, { etag: etagOf(expert), location: `/v1/experts/${expert.id}` })
  })
}

export const getExpert: AppRouteHandler<typeof routes.getExpert> = async (c) => {
  const expert = await experts.getExpert(c.var.sql, c.req.valid('param').id)
  return c.json(toExpert(expert), 200, { etag: etagOf(expert) })
}

export const updateExpert: AppRouteHandler<typeof routes.updateExpert> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const expert = await experts.updateExpert(
    c.var.sql,
    actorOf(c),
    c.req.valid('param').id,
    (current) => expectedVersion(ifMatch, current),
    c.req.valid('json'),
    (declined) => proposeNextAfter({ sql: c.var.sql, logger: c.var.logger, ...c.var.deps.retrievers(c.var.sql) }, c.var.deps.config, declined),
  )
  return c.json(toExpert(expert), 200, { etag: etagOf(expert) })
}
