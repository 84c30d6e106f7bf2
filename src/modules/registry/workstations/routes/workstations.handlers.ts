import type { z } from '@hono/zod-openapi'
import type { WorkstationRow } from '../queries.js'
import * as workstations from '../service.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './workstations.routes.js'
import type { WorkstationSchema } from '../model.js'
import { actorOf } from '../../../../platform/http/actor.js'

function toWorkstation(row: WorkstationRow): z.infer<typeof WorkstationSchema> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    hostEnterpriseId: row.hostEnterpriseId,
    hostParkId: row.hostParkId,
    parkId: row.parkId,
    societyId: row.societyId,
    leadExpertId: row.leadExpertId,
    memberExpertIds: row.memberExpertIds,
    fields: row.fields,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export const listWorkstations: AppRouteHandler<typeof routes.listWorkstations> = async (c) => {
  const page = await workstations.listWorkstations(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toWorkstation) }, 200)
}

export const createWorkstation: AppRouteHandler<typeof routes.createWorkstation> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const station = await workstations.createWorkstation(c.var.sql, actorOf(c), body)
    return c.json(toWorkstation(station), 201, { etag: etagOf(station), location: `/v1/workstations/${station.id}` })
  })
}

export const getWorkstation: AppRouteHandler<typeof routes.getWorkstation> = async (c) => {
  const station = await workstations.getWorkstation(c.var.sql, c.req.valid('param').id)
  return c.json(toWorkstation(station), 200, { etag: etagOf(station) })
}

export const updateWorkstation: AppRouteHandler<typeof routes.updateWorkstation> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const station = await workstations.updateWorkstation(
    c.var.sql,
    actorOf(c),
    c.req.valid('param').id,
    (current) => expectedVersion(ifMatch, current),
    c.req.valid('json'),
  )
  return c.json(toWorkstation(station), 200, { etag: etagOf(station) })
}
