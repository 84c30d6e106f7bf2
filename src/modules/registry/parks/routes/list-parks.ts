import { listHandler, listOperation, tags, toResponse } from '../../../../platform/http/kit.js'
import { ParkListQuerySchema, ParkPageSchema, ParkSchema } from '../model.js'
import { listParks } from '../service.js'

export const route = listOperation('/v1/parks', {
  operationId: 'listParks', tags: [tags.organisations], summary: '试点园区列表 · List pilot parks',
  description: '所有角色都可查看试点园区列表。\n\nEvery role reads the parks.',
}, ParkListQuerySchema, ParkPageSchema, '一页园区 · A page of parks')

export const handler = listHandler(route, ({ sql, c }) => listParks(sql, c.req.valid('query')), (park) => toResponse(ParkSchema, park))
