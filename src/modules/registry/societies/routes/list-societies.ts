import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { SocietyListQuerySchema, SocietyPageSchema, SocietySchema } from '../model.js'
import { listSocieties } from '../service.js'

export const route = listOperation(
  '/v1/societies',
  {
    operationId: 'listSocieties',
    summary: '学会列表 · List learned societies',
    description:
      '所有密钥都可查看全部学会：它们是对接推荐用的参考数据。\n\n' +
      'Every key sees every society: they are reference data for matching.',
    tags: [tags.talent],
  },
  SocietyListQuerySchema,
  SocietyPageSchema,
  '一页学会 · A page of societies',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listSocieties(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map((society) => toResponse(SocietySchema, society)) }, 200)
}
