import { readHandler, readOperation, tags } from '../../../../platform/http/kit.js'
import { ExpertSchema, toExpertResponse } from '../model.js'
import { getExpert } from '../service.js'

export const route = readOperation('/v1/experts/{id}', {
  operationId: 'getExpert', tags: [tags.talent], summary: '查看专家资料 · Read one expert profile',
  description: '所有角色都可查看任一专家的资料，并得到修改时 If-Match 要用的 ETag。\n\nEvery role reads every expert profile.',
}, ExpertSchema, '专家 · The expert')

export const handler = readHandler(route, ({ sql }, id) => getExpert(sql, id), toExpertResponse)
