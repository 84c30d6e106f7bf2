import { type AppRouteHandler, actionOperation, tags } from '../../../platform/http/kit.js'
import { actorOf } from '../../../platform/http/actor.js'
import { jsonResponse } from '../../../platform/http/operations.js'
import { PublishResultSchema } from '../agenda-model.js'
import { publishEvent } from '../publish.js'

export const route = actionOperation('/v1/events/{id}/publish', {
  operationId: 'publishEvent', tags: [tags.events], summary: '发布：批量发出对接邀请 · Publish: invite every assigned expert',
  description: '为每场已排入日程的洽谈向专家发出对接邀请（附时间与洽谈桌），与单独发出邀请适用同一套规则（需求尚有名额、专家可对接且无利益冲突、尚无未答复的邀请或揭榜方案），在一个事务中完成并记入审计日志；规则此时不允许的配对逐一列出原因，不会静默丢弃。须先求解；已发布的返回 409。\n\nInvites the expert of every timetabled meeting (the message names time and table), each through the rules of a single invitation, in one transaction, audited. A pair the rules now refuse is reported with the rule\'s words, not dropped silently. Solve first; a published event is a 409.',
}, jsonResponse(PublishResultSchema, '发布结果 · What publishing did'))

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const result = await publishEvent(c.get('sql'), c.get('deps').config, actorOf(c), c.req.valid('param').id)
  return c.json(result, 200)
}
