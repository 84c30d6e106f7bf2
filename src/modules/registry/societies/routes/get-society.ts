import { readHandler, readOperation, tags } from '../../../../platform/http/kit.js'
import { SocietySchema, toSocietyResponse } from '../model.js'
import { getSociety } from '../service.js'

export const route = readOperation('/v1/societies/{id}', {
  operationId: 'getSociety', tags: [tags.talent], summary: '查看一个学会 · Read one society',
  description: '所有密钥都可查看任一学会，并得到修改时 If-Match 要用的 ETag。\n\nEvery key may read every society.',
}, SocietySchema, '学会 · The society')

export const handler = readHandler(route, ({ sql }, id) => getSociety(sql, id), toSocietyResponse)
