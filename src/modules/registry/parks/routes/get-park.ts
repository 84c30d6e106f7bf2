import { readHandler, readOperation, tags, toResponse } from '../../../../platform/http/kit.js'
import { ParkSchema } from '../model.js'
import { getPark } from '../service.js'

export const route = readOperation('/v1/parks/{id}', {
  operationId: 'getPark', tags: [tags.organisations], summary: '查看一个园区 · Read one park',
  description: '所有角色都可查看任一园区，并得到修改时 If-Match 要用的 ETag。\n\nEvery role reads every park, with its ETag for the If-Match of a change.',
}, ParkSchema, '园区 · The park')

export const handler = readHandler(route, ({ sql }, id) => getPark(sql, id), (park) => toResponse(ParkSchema, park))
