import { readJsonOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { IndustryListSchema, IndustrySchema } from '../model.js'
import { listIndustries } from '../../parks/service.js'

export const route = readJsonOperation(
  '/v1/industries',
  {
    operationId: 'listIndustries',
    summary: '重点产业链列表 · The reference list of key industry chains',
    description:
      '所有角色都可查看：重点产业链的参考列表，企业、需求和专家的产业字段都取自这里的代码。\n\n' +
      'Every role reads the key industry chains (重点产业链): the codes the industry fields of enterprises, needs and experts take.',
    tags: [tags.organisations],
  },
  IndustryListSchema,
  '全部产业链 · All industries',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const industries = await listIndustries(c.var.sql)
  return c.json({ items: industries.map((industry) => toResponse(IndustrySchema, industry)) }, 200)
}
