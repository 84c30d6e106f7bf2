import { createOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { EnterpriseCreateSchema, EnterpriseSchema } from '../model.js'
import { createEnterprise } from '../service.js'

export const route = createOperation(
  '/v1/enterprises',
  {
    operationId: 'createEnterprise',
    summary: '登记企业 · Register an enterprise (admin, or park staff in their park)',
    description:
      '管理员，或园区工作人员在本园区登记企业；统一社会信用代码须通过校验（长度、字符、行政区划码、校验位）且不能重复（409）。\n\n' +
      'The USCC is validated (length, alphabet, division code, GB 32100 check character) and must be unique (409).',
    tags: [tags.organisations],
  },
  { schema: EnterpriseCreateSchema, description: '企业 · The enterprise' },
  EnterpriseSchema,
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const enterprise = await createEnterprise(c.var.sql, actorOf(c), body)
    return c.json(toResponse(EnterpriseSchema, enterprise), 201, { etag: etagOf(enterprise), location: `/v1/enterprises/${enterprise.id}` })
  })
}
