import { updateOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { EnterprisePatchSchema, EnterpriseSchema } from '../model.js'
import { updateEnterprise } from '../service.js'

export const route = updateOperation(
  '/v1/enterprises/{id}',
  {
    operationId: 'updateEnterprise',
    summary: '修改企业信息 · Change an enterprise',
    description:
      '企业本身、本园区工作人员或管理员可修改；只有管理员能把企业移到其他园区（其需求随之移动）。需带 If-Match。\n\n' +
      'The enterprise itself, its park staff, or admins; only admins move it to another park (its needs follow). Requires If-Match.',
    tags: [tags.organisations],
  },
  EnterprisePatchSchema,
  EnterpriseSchema,
  '修改后的企业 · The changed enterprise',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const { id } = c.req.valid('param')
  const enterprise = await updateEnterprise(c.var.sql, actorOf(c), id, (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toResponse(EnterpriseSchema, enterprise), 200, { etag: etagOf(enterprise) })
}
