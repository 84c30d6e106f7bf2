import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { ExpertListQuerySchema, ExpertPageSchema, toExpertResponse } from '../model.js'
import { listExperts } from '../service.js'

export const route = listOperation('/v1/experts', {
  operationId: 'listExperts', tags: [tags.talent], summary: '专家库列表 · List expert profiles',
  description: '所有角色都可查看全部专家的公开资料。\n\nExpert profiles are published professional profiles: every role reads all of them.',
}, ExpertListQuerySchema, ExpertPageSchema, '一页专家 · A page of experts')

export const handler = listHandler(route, ({ sql, c }) => listExperts(sql, c.req.valid('query')), toExpertResponse)
