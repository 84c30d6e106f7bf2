import type { z } from '@hono/zod-openapi'
import type { ConsultationRow } from '../queries.js'
import * as consultations from '../service.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './consultations.routes.js'
import type { ConsultationSchema } from '../model.js'
import { formatBeijingTime } from '../../../../core/human-units.js'
import { actorOf } from '../../../../platform/http/actor.js'

const iso = (value: Date | null) => value?.toISOString() ?? null

function toConsultation(row: ConsultationRow): z.infer<typeof ConsultationSchema> {
  const { version: _version, cursorAt: _cursor, scheduledAt, heldAt, ratedAt, completedAt, cancelledAt, createdAt, updatedAt, ...fields } = row
  return {
    ...fields,
    scheduledAt: scheduledAt.toISOString(),
    scheduledAtText: formatBeijingTime(scheduledAt)!,
    heldAt: iso(heldAt),
    ratedAt: iso(ratedAt),
    completedAt: iso(completedAt),
    cancelledAt: iso(cancelledAt),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }
}

export const scheduleConsultation: AppRouteHandler<typeof routes.scheduleConsultation> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const row = await consultations.scheduleConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, body)
    return c.json(toConsultation(row), 201, { etag: etagOf(row), location: `/v1/consultations/${row.id}` })
  })
}

export const listConsultations: AppRouteHandler<typeof routes.listConsultations> = async (c) => {
  const page = await consultations.listConsultations(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toConsultation) }, 200)
}

export const getConsultation: AppRouteHandler<typeof routes.getConsultation> = async (c) => {
  const row = await consultations.getConsultation(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(toConsultation(row), 200, { etag: etagOf(row) })
}

export const updateConsultation: AppRouteHandler<typeof routes.updateConsultation> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const row = await consultations.updateConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toConsultation(row), 200, { etag: etagOf(row) })
}

export const completeConsultation: AppRouteHandler<typeof routes.completeConsultation> = async (c) => {
  const body = c.req.valid('json')
  const row = await consultations.completeConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, { ...body, expertNotes: body.expertNotes ?? '' })
  return c.json(toConsultation(row), 200, { etag: etagOf(row) })
}

export const cancelConsultation: AppRouteHandler<typeof routes.cancelConsultation> = async (c) => {
  const row = await consultations.cancelConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, c.req.valid('json').reason)
  return c.json(toConsultation(row), 200, { etag: etagOf(row) })
}

export const rateConsultation: AppRouteHandler<typeof routes.rateConsultation> = async (c) => {
  const body = c.req.valid('json')
  const row = await consultations.rateConsultation(c.var.sql, actorOf(c), c.req.valid('param').id, { rating: body.rating, comment: body.comment ?? '' })
  return c.json(toConsultation(row), 200, { etag: etagOf(row) })
}
