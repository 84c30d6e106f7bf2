import { createHandler, createUniqueOperation, tags } from '../../../../platform/http/kit.js'
import { SocietyCreateSchema, SocietySchema, toSocietyResponse } from '../model.js'
import { createSociety } from '../service.js'

export const route = createUniqueOperation('/v1/societies', {
  operationId: 'createSociety', tags: [tags.talent], summary: '登记学会 · Register a society',
  description: '仅管理员（科协）可登记，其他角色 403；名称已被占用返回 409。\n\nAdmins (科协) only; other roles get 403. A name already taken is 409; an unknown contactExpertId is 400.',
}, { schema: SocietyCreateSchema, description: '学会 · The society' }, SocietySchema)

export const handler = createHandler(route, ({ sql, actor, c }) => createSociety(sql, actor, c.req.valid('json')), toSocietyResponse, ({ id }) => `/v1/societies/${id}`)
