import { tags, updateHandler, updateOperation } from '../../../../platform/http/kit.js'
import { EnterprisePatchSchema, EnterpriseSchema, toEnterpriseResponse } from '../model.js'
import { updateEnterprise } from '../service.js'

export const route = updateOperation('/v1/enterprises/{id}', {
  operationId: 'updateEnterprise', tags: [tags.organisations], summary: '修改企业信息 · Change an enterprise',
  description: '企业本身、本园区工作人员或管理员可修改；只有管理员能把企业移到其他园区（其需求随之移动）。需带 If-Match。\n\nThe enterprise itself, its park staff, or admins; only admins move it to another park (its needs follow). Requires If-Match.',
}, EnterprisePatchSchema, EnterpriseSchema, '修改后的企业 · The changed enterprise')

export const handler = updateHandler(route, ({ sql, actor, c }, id, checkVersion) => updateEnterprise(sql, actor, id, checkVersion, c.req.valid('json')), toEnterpriseResponse)
