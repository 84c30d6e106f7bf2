import { createOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ParkCreateSchema, ParkSchema } from '../model.js'
import { createPark } from '../service.js'

export const route = createOperation(
  '/v1/parks',
  {
    operationId: 'createPark',
    summary: '登记试点园区 · Register a pilot park (admin)',
    description: '仅管理员可登记试点园区，其他角色 403。\n\n' + 'Admins only; other roles get 403.',
    tags: [tags.organisations],
  },
  { schema: ParkCreateSchema, description: '园区 · The park' },
  ParkSchema,
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const park = await createPark(c.var.sql, actorOf(c), body)
    return c.json(toResponse(ParkSchema, park), 201, { etag: etagOf(park), location: `/v1/parks/${park.id}` })
  })
}
