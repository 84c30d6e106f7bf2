import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ParkListQuerySchema, ParkPageSchema, ParkSchema } from '../model.js'
import { listParks } from '../service.js'

export const route = listOperation(
  '/v1/parks',
  {
    operationId: 'listParks',
    summary: '试点园区列表 · List pilot parks',
    description: '所有角色都可查看试点园区列表。\n\n' + 'Every role reads the parks.',
    tags: [tags.organisations],
  },
  ParkListQuerySchema,
  ParkPageSchema,
  '一页园区 · A page of parks',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listParks(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map((park) => toResponse(ParkSchema, park)) }, 200)
}
