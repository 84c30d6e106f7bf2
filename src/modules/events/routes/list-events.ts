import { listHandler, listOperation, tags } from '../../../platform/http/kit.js'
import { EventListQuerySchema, EventPageSchema, toEventResponse } from '../model.js'
import { listEvents } from '../service.js'

export const route = listOperation('/v1/events', {
  operationId: 'listEvents', tags: [tags.events], summary: '产需对接会列表 · Matchmaking events',
  description: '园区工作人员看本园区的对接会，管理员看全部，新建的在前。\n\nPark staff see their park\'s events, admins all; newest first.',
}, EventListQuerySchema, EventPageSchema, '一页对接会 · A page of events')

export const handler = listHandler(route, ({ sql, actor, c }) => listEvents(sql, actor.principal, c.req.valid('query')), toEventResponse)
