import { readHandler, readOperation, tags } from '../../../platform/http/kit.js'
import { NeedSchema, toNeedResponse } from '../model.js'
import { readNeed } from '../service.js'

export const route = readOperation('/v1/needs/{id}', {
  operationId: 'getNeed', tags: [tags.needs], summary: '查看一条需求 · Read one need',
  description: '能在需求列表中看到该需求的密钥均可查看，并得到修改时 If-Match 要用的 ETag；看不到的需求返回 404。\n\nA need this key may see in the list, with its ETag for the If-Match of a change; any other key gets 404.',
}, NeedSchema, '技术需求 · The need')

export const handler = readHandler(route, ({ sql, actor }, id) => readNeed(sql, actor.principal, id), toNeedResponse)
