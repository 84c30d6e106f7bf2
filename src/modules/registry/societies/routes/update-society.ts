import { tags, updateHandler, updateOperation } from '../../../../platform/http/kit.js'
import { SocietyPatchSchema, SocietySchema, toSocietyResponse } from '../model.js'
import { updateSociety } from '../service.js'

export const route = updateOperation('/v1/societies/{id}', {
  operationId: 'updateSociety', tags: [tags.talent], summary: '修改学会信息 · Change a society',
  description: '仅管理员可修改，其他角色 403；需带 If-Match（当前 ETag），名称已被占用返回 409。\n\nAdmins only; other roles get 403. Requires If-Match with the current ETag. A name already taken is 409.',
}, SocietyPatchSchema, SocietySchema, '修改后的学会 · The changed society')

export const handler = updateHandler(route, ({ sql, actor, c }, id, checkVersion) => updateSociety(sql, actor, id, checkVersion, c.req.valid('json')), toSocietyResponse)
