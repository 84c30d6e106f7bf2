import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ExpertListQuerySchema, ExpertPageSchema, ExpertSchema } from '../model.js'
import { listExperts } from '../service.js'

export const route = listOperation(
  '/v1/experts',
  {
    operationId: 'listExperts',
    summary: '专家库列表 · List expert profiles',
    description:
      '所有角色都可查看全部专家的公开资料。\n\n' +
      'Expert profiles are published professional profiles: every role reads all of them.',
    tags: [tags.talent],
  },
  ExpertListQuerySchema,
  ExpertPageSchema,
  '一页专家 · A page of experts',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listExperts(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map((expert) => toResponse(ExpertSchema, expert)) }, 200)
}
