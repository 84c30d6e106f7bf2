import type { z } from '@hono/zod-openapi'
import type { ContractRow } from '../queries.js'
import * as contracts from '../service.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import { formatMoney } from '../../../../core/human-units.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import type * as routes from './contracts.routes.js'
import type { ContractSchema } from '../model.js'
import { actorOf } from '../../../../platform/http/actor.js'

const iso = (value: Date | null) => value?.toISOString() ?? null

function toContract(row: ContractRow): z.infer<typeof ContractSchema> {
  return {
    id: row.id,
    needId: row.needId,
    matchId: row.matchId,
    parkId: row.parkId,
    enterpriseId: row.enterpriseId,
    counterpartKind: row.counterpartKind,
    counterpartId: row.counterpartId,
    counterpartExpertId: row.expertId,
    needTitle: row.needTitle,
    enterpriseName: row.enterpriseName,
    counterpartName: row.counterpartName,
    consultationIds: row.consultationIds,
    kind: row.kind,
    title: row.title,
    valueFen: row.valueFen,
    valueText: formatMoney(row.valueFen),
    signedOn: row.signedOn,
    registrationNumber: row.registrationNumber,
    status: row.status,
    reviewStatus: row.reviewStatus,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewComment: row.reviewComment,
    revision: row.revision,
    outcomes:
      row.status === 'completed'
        ? {
            newProducts: row.newProducts ?? 0,
            addedRevenueFen: row.addedRevenueFen ?? 0,
            patentsFiled: row.patentsFiled ?? 0,
            patentsGranted: row.patentsGranted ?? 0,
            jobsCreated: row.jobsCreated ?? 0,
            evidence: row.evidence,
          }
        : null,
    signedAt: iso(row.signedAt),
    startedAt: iso(row.startedAt),
    completedAt: iso(row.completedAt),
    terminatedAt: iso(row.terminatedAt),
    terminationReason: row.terminationReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

const idOf = (c: { req: { valid(target: 'param'): { id: string } } }) => c.req.valid('param').id

export const createContract: AppRouteHandler<typeof routes.createContract> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const row = await contracts.createContract(c.var.sql, actorOf(c), body)
    return c.json(toContract(row), 201, { etag: etagOf(row), location: `/v1/contracts/${row.id}` })
  })
}

export const listContracts: AppRouteHandler<typeof routes.listContracts> = async (c) => {
  const page = await contracts.listContracts(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map(toContract) }, 200)
}

export const getContract: AppRouteHandler<typeof routes.getContract> = async (c) => {
  const row = await contracts.getContract(c.var.sql, c.var.principal, idOf(c))
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const updateContract: AppRouteHandler<typeof routes.updateContract> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const row = await contracts.updateContract(c.var.sql, actorOf(c), idOf(c), (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const signContract: AppRouteHandler<typeof routes.signContract> = async (c) => {
  const row = await contracts.signContract(c.var.sql, actorOf(c), idOf(c), c.req.valid('json'))
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const startContract: AppRouteHandler<typeof routes.startContract> = async (c) => {
  const row = await contracts.startContract(c.var.sql, actorOf(c), idOf(c))
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const completeContract: AppRouteHandler<typeof routes.completeContract> = async (c) => {
  const row = await contracts.completeContract(c.var.sql, actorOf(c), idOf(c), c.req.valid('json').outcomes)
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const terminateContract: AppRouteHandler<typeof routes.terminateContract> = async (c) => {
  const row = await contracts.terminateContract(c.var.sql, actorOf(c), idOf(c), c.req.valid('json').reason)
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const verifyContract: AppRouteHandler<typeof routes.verifyContract> = async (c) => {
  const row = await contracts.reviewContract(c.var.sql, actorOf(c), idOf(c), 'verified', c.req.valid('json').comment ?? '')
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const rejectContract: AppRouteHandler<typeof routes.rejectContract> = async (c) => {
  const row = await contracts.reviewContract(c.var.sql, actorOf(c), idOf(c), 'rejected', c.req.valid('json').comment)
  return c.json(toContract(row), 200, { etag: etagOf(row) })
}

export const reviseContract: AppRouteHandler<typeof routes.reviseContract> = async (c) => {
  const { reason, changes } = c.req.valid('json')
  const { outcomes, ...terms } = changes
  const row = await contracts.reviseContract(c.var.sql, actorOf(c), idOf(c), { reason, changes: { ...terms, ...outcomes } })
  return c.json(toContract(row), 201, { etag: etagOf(row), location: `/v1/contracts/${row.id}/revisions` })
}

export const getContractHistory: AppRouteHandler<typeof routes.getContractHistory> = async (c) => {
  const { contract, revisions, reviews } = await contracts.contractHistory(c.var.sql, c.var.principal, idOf(c))
  return c.json(
    {
      contractId: contract.id,
      status: contract.status,
      reviewStatus: contract.reviewStatus,
      revision: contract.revision,
      revisions: revisions.map((r) => ({ number: r.number, reason: r.reason, changes: r.changes, createdByRole: r.createdByRole, createdAt: r.createdAt.toISOString() })),
      reviews: reviews.map((r) => ({ revision: r.revision, decision: r.decision, comment: r.comment, reviewerRole: r.reviewerRole, createdAt: r.createdAt.toISOString() })),
    },
    200,
  )
}
