import { tags, updateHandler, updateOperation } from '../../../platform/http/kit.js'
import { NeedPatchSchema, NeedSchema, toNeedResponse } from '../model.js'
import { updateNeed } from '../service.js'

export const route = updateOperation('/v1/needs/{id}', {
  operationId: 'updateNeed', tags: [tags.needs], summary: '修改技术需求 · Change a need',
  description: "需求所属企业、本园区工作人员或管理员：修改需求或推进状态（草稿 → 开放 → 进行中 → 已解决 → 已关闭）；需带 If-Match（当前 ETag），不允许的状态变化返回 409。\n\nThe need's enterprise, its park staff or admins. Requires If-Match with the current ETag. Status changes follow draft → open → in_progress → resolved → closed; an illegal one is 409.",
}, NeedPatchSchema, NeedSchema, '修改后的技术需求 · The changed need')

export const handler = updateHandler(route, ({ sql, actor, c }, id, checkVersion) => updateNeed(sql, actor, id, checkVersion, c.req.valid('json')), toNeedResponse)
