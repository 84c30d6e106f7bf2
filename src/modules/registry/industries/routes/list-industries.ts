import { listHandler, readJsonOperation, tags, toResponse } from '../../../../platform/http/kit.js'
import { IndustryListSchema, IndustrySchema } from '../model.js'
import { listIndustries } from '../../parks/service.js'

export const route = readJsonOperation('/v1/industries', {
  operationId: 'listIndustries', tags: [tags.organisations], summary: '重点产业链列表 · The reference list of key industry chains',
  description: '所有角色都可查看：重点产业链的参考列表，企业、需求和专家的产业字段都取自这里的代码。\n\nEvery role reads the key industry chains (重点产业链): the codes the industry fields of enterprises, needs and experts take.',
}, IndustryListSchema, '全部产业链 · All industries')

export const handler = listHandler(route, async ({ sql }) => ({ items: await listIndustries(sql) }), (industry) => toResponse(IndustrySchema, industry))
