import { readOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { EnterpriseSchema } from '../model.js'
import { getEnterprise } from '../service.js'

export const route = readOperation(
  '/v1/enterprises/{id}',
  {
    operationId: 'getEnterprise',
    summary: '查看一家企业 · Read one enterprise',
    description:
      '能在企业列表中看到该企业的密钥均可查看，并得到修改时 If-Match 要用的 ETag；看不到的企业返回 404。\n\n' +
      'An enterprise this key may see in the list, with its ETag for the If-Match of a change; any other key gets 404.',
    tags: [tags.organisations],
  },
  EnterpriseSchema,
  '企业 · The enterprise',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const enterprise = await getEnterprise(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(toResponse(EnterpriseSchema, enterprise), 200, { etag: etagOf(enterprise) })
}
