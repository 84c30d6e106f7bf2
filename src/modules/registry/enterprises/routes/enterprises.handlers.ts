import type { z } from '@hono/zod-openapi'
import type { EnterpriseRow } from '../queries.js'
import * as enterprises from '../service.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './enterprises.routes.js'
import type { EnterpriseSchema } from '../model.js'
import { actorOf } from '../../../../platform/http/actor.js'

function toEnterprise(row: EnterpriseRow): z.infer<typeof EnterpriseSchema> {
  const { cursorAt: _cursor, version: _version, createdAt, updatedAt, ...fields } = row
  return { ...fields, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() }
}

export const listEnterprises: AppRouteHandler<typeof routes.listEnterprises> = async (c) => {
  const page = await enterprises.listEnterprises(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toEnterprise) }, 200)
}

export const createEnterprise: AppRouteHandler<typeof routes.createEnterprise> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const enterprise = await enterprises.createEnterprise(c.var.sql, actorOf(c), body)
    return c.json(toEnterprise(enterprise), 201, { etag: etagOf(enterprise), location: `/v1/enterprises/${enterprise.id}` })
  })
}

export const getEnterprise: AppRouteHandler<typeof routes.getEnterprise> = async (c) => {
  const enterprise = await enterprises.getEnterprise(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(toEnterprise(enterprise), 200, { etag: etagOf(enterprise) })
}

export const updateEnterprise: AppRouteHandler<typeof routes.updateEnterprise> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const enterprise = await enterprises.updateEnterprise(
    c.var.sql,
    actorOf(c),
    c.req.valid('param').id,
    (current) => expectedVersion(ifMatch, current),
    c.req.valid('json'),
  )
  return c.json(toEnterprise(enterprise), 200, { etag: etagOf(enterprise) })
}
