import { readOperation } from '../../../platform/http/operations.js'
import { tags } from '../../../platform/http/openapi.js'
import { etagOf } from '../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../platform/http/types.js'
import { NeedSchema, toNeedResponse } from '../model.js'
import { getNeed } from '../service.js'

export const route = readOperation(
  '/v1/needs/{id}',
  {
    operationId: 'getNeed',
    summary: '查看一条需求 · Read one need',
    description:
      '能在需求列表中看到该需求的密钥均可查看，并得到修改时 If-Match 要用的 ETag；看不到的需求返回 404。\n\n' +
      'A need this key may see in the list, with its ETag for the If-Match of a change; any other key gets 404.',
    tags: [tags.needs],
  },
  NeedSchema,
  '技术需求 · The need',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const need = await getNeed(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(toNeedResponse(need), 200, { etag: etagOf(need) })
}
