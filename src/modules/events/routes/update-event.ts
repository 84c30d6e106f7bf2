import { tags, updateHandler, updateOperation } from '../../../platform/http/kit.js'
import { EventPatchSchema, EventSchema, toEventResponse } from '../model.js'
import { updateEvent } from '../service.js'

export const route = updateOperation('/v1/events/{id}', {
  operationId: 'updateEvent', tags: [tags.events], summary: '修改对接会、报名、指定或排除配对 · Change an event, its enrolment, pins and forbids',
  description: '需带 If-Match。列表字段（needs、experts、pins、forbids）整体替换。修改后状态回到草稿，需重新求解再发布；已发布的返回 409。\n\nRequires If-Match. The lists (`needs`, `experts`, `pins`, `forbids`) are replaced as a whole. A change returns the event to draft: solve again before publishing. A published event is a 409.',
}, EventPatchSchema, EventSchema, '已修改 · Changed')

export const handler = updateHandler(route, ({ sql, actor, c }, id, checkVersion) => updateEvent(sql, actor, id, checkVersion, c.req.valid('json')), toEventResponse)
