import { listHandler, listOperation, tags } from '../../../platform/http/kit.js'
import { NeedListQuerySchema, NeedPageSchema, toNeedResponse } from '../model.js'
import { listNeeds } from '../service.js'

export const route = listOperation('/v1/needs', {
  operationId: 'listNeeds', tags: [tags.needs], summary: '技术需求列表 · List the needs this key may see',
  description: '管理员看全部；园区工作人员看本园区企业的需求；企业看自己的需求，以及已发布的公开需求和同园区需求；专家看已发布的公开需求和保密需求（保密需求在企业接受对接前不显示发布企业，按企业筛选也不会列出）。\n\nAdmins see all; park staff their park; enterprises their own plus published public and same-park needs; experts published public and confidential needs (a confidential need\'s enterprise is null, and an enterpriseId filter does not list it, until the enterprise accepts an engagement with the expert).',
}, NeedListQuerySchema, NeedPageSchema, '一页技术需求 · A page of needs')

export const handler = listHandler(route, ({ sql, actor, c }) => listNeeds(sql, actor.principal, c.req.valid('query')), toNeedResponse)
