import { readHandler, readOperation, tags } from '../../../platform/http/kit.js'
import { EventSchema, toEventResponse } from '../model.js'
import { getEvent } from '../service.js'

export const route = readOperation('/v1/events/{id}', {
  operationId: 'getEvent', tags: [tags.events], summary: '查看产需对接会 · Read an event',
  description: '对接会的设定、报名、指定与排除的配对和最近一次求解的概况，附修改时 If-Match 要用的 ETag。其他园区的返回 404。\n\nThe event\'s settings, enrolment, pins, forbids and last solve, with its ETag for If-Match. Another park\'s event is 404.',
}, EventSchema, '对接会 · The event')

export const handler = readHandler(route, ({ sql, actor }, id) => getEvent(sql, actor.principal, id), toEventResponse)
