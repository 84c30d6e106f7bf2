import { createHandler, createOperation, tags } from '../../../platform/http/kit.js'
import { EventCreateSchema, EventSchema, toEventResponse } from '../model.js'
import { createEvent } from '../service.js'

export const route = createOperation('/v1/events', {
  operationId: 'createEvent', tags: [tags.events], summary: '新建产需对接会 · Create a matchmaking event',
  description: '园区工作人员（本园区）或管理员（须填 parkId）：设定名称、日期、洽谈时段（北京时间）与洽谈桌，并可同时报名本园区的需求（每项需求的最少、最多场次，默认 1–2）与专家（可出席时段与场次上限，默认全天、3 场），以及指定、排除配对。其他角色 403。\n\nPark staff (their park) or admins (naming `parkId`): title, date, slots (Beijing time) and tables, optionally the enrolled needs of the park (fewest and most meetings, default 1–2), experts (the slots they attend, default all, and their cap, default 3), pins and forbids. Other roles get 403.',
}, { schema: EventCreateSchema, description: '对接会 · The event' }, EventSchema)

export const handler = createHandler(route, ({ sql, actor, c }) => createEvent(sql, actor, c.req.valid('json')), toEventResponse, (row) => `/v1/events/${row.id}`)
