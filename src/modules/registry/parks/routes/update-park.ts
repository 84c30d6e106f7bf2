import { tags, toResponse, updateHandler, updateOperation } from '../../../../platform/http/kit.js'
import { ParkPatchSchema, ParkSchema } from '../model.js'
import { updatePark } from '../service.js'

export const route = updateOperation('/v1/parks/{id}', {
  operationId: 'updatePark', tags: [tags.organisations], summary: '修改园区信息 · Change a park (admin)',
  description: '仅管理员可修改园区信息，其他角色 403；需带 If-Match（当前 ETag）。\n\nAdmins only; other roles get 403. Requires If-Match with the current ETag.',
}, ParkPatchSchema, ParkSchema, '修改后的园区 · The changed park')

export const handler = updateHandler(
  route,
  ({ sql, actor, c }, id, checkVersion) => updatePark(sql, actor, id, checkVersion, c.req.valid('json')),
  (park) => toResponse(ParkSchema, park),
)
