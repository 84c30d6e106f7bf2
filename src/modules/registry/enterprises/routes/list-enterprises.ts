import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { EnterpriseListQuerySchema, EnterprisePageSchema, toEnterpriseResponse } from '../model.js'
import { listEnterprises } from '../service.js'

export const route = listOperation('/v1/enterprises', {
  operationId: 'listEnterprises', tags: [tags.organisations], summary: '企业列表 · List the enterprises this key may see',
  description: '管理员看全部，园区工作人员看本园区的企业，企业只看自己，专家看不到企业。\n\nAdmins see all; park staff their park; an enterprise itself; experts none.',
}, EnterpriseListQuerySchema, EnterprisePageSchema, '一页企业 · A page of enterprises')

export const handler = listHandler(route, ({ sql, actor, c }) => listEnterprises(sql, actor.principal, c.req.valid('query')), toEnterpriseResponse)
