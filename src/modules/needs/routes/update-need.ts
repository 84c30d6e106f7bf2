import { updateOperation } from '../../../platform/http/operations.js'
import { tags } from '../../../platform/http/openapi.js'
import { actorOf } from '../../../platform/http/actor.js'
import { etagOf, expectedVersion } from '../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../platform/http/types.js'
import { NeedPatchSchema, NeedSchema, toNeedResponse } from '../model.js'
import { updateNeed } from '../service.js'

export const route = updateOperation(
  '/v1/needs/{id}',
  {
    operationId: 'updateNeed',
    summary: '修改技术需求 · Change a need',
    description:
      '需求所属企业、本园区工作人员或管理员：修改需求或推进状态（草稿 → 开放 → 进行中 → 已解决 → 已关闭）；需带 If-Match（当前 ETag），不允许的状态变化返回 409。\n\n' +
      "The need's enterprise, its park staff or admins. Requires If-Match with the current ETag. Status changes follow draft → open → in_progress → resolved → closed; an illegal one is 409.",
    tags: [tags.needs],
  },
  NeedPatchSchema,
  NeedSchema,
  '修改后的技术需求 · The changed need',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const { id } = c.req.valid('param')
  const need = await updateNeed(c.var.sql, actorOf(c), id, (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toNeedResponse(need), 200, { etag: etagOf(need) })
}
