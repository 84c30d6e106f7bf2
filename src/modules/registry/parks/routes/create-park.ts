import { createHandler, createOperation, tags, toResponse } from '../../../../platform/http/kit.js'
import { ParkCreateSchema, ParkSchema } from '../model.js'
import { createPark } from '../service.js'

export const route = createOperation('/v1/parks', {
  operationId: 'createPark', tags: [tags.organisations], summary: '登记试点园区 · Register a pilot park (admin)',
  description: '仅管理员可登记试点园区，其他角色 403。\n\nAdmins only; other roles get 403.',
}, { schema: ParkCreateSchema, description: '园区 · The park' }, ParkSchema)

export const handler = createHandler(
  route,
  ({ sql, actor, c }) => createPark(sql, actor, c.req.valid('json')),
  (park) => toResponse(ParkSchema, park),
  (park) => `/v1/parks/${park.id}`,
)
