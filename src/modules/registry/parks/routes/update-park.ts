import { updateOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ParkPatchSchema, ParkSchema } from '../model.js'
import { updatePark } from '../service.js'

export const route = updateOperation(
  '/v1/parks/{id}',
  {
    operationId: 'updatePark',
    summary: '修改园区信息 · Change a park (admin)',
    description:
      '仅管理员可修改园区信息，其他角色 403；需带 If-Match（当前 ETag）。\n\n' + 'Admins only; other roles get 403. Requires If-Match with the current ETag.',
    tags: [tags.organisations],
  },
  ParkPatchSchema,
  ParkSchema,
  '修改后的园区 · The changed park',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const { id } = c.req.valid('param')
  const park = await updatePark(c.var.sql, actorOf(c), id, (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toResponse(ParkSchema, park), 200, { etag: etagOf(park) })
}
