import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { EnterpriseListQuerySchema, EnterprisePageSchema, EnterpriseSchema } from '../model.js'
import { listEnterprises } from '../service.js'

export const route = listOperation(
  '/v1/enterprises',
  {
    operationId: 'listEnterprises',
    summary: '企业列表 · List the enterprises this key may see',
    description:
      '管理员看全部，园区工作人员看本园区的企业，企业只看自己，专家看不到企业。\n\n' +
      'Admins see all; park staff their park; an enterprise itself; experts none.',
    tags: [tags.organisations],
  },
  EnterpriseListQuerySchema,
  EnterprisePageSchema,
  '一页企业 · A page of enterprises',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listEnterprises(c.var.sql, c.var.principal, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map((enterprise) => toResponse(EnterpriseSchema, enterprise)) }, 200)
}
