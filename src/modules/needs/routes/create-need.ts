import { createHandler, createOperation, tags } from '../../../platform/http/kit.js'
import { notFoundResponse } from '../../../platform/http/problem.js'
import { NeedCreateSchema, NeedSchema, toNeedResponse } from '../model.js'
import { createNeed } from '../service.js'

export const route = createOperation('/v1/needs', {
  operationId: 'createNeed', tags: [tags.needs], summary: '发布技术需求 · Post a technical need',
  description: '企业为自己发布，园区工作人员为本园区的企业发布，管理员可为任何企业发布；专家不能发布。\n\nEnterprises post for themselves; park staff for an enterprise of their park; admins for any.',
}, { schema: NeedCreateSchema, description: '技术需求 · The need' }, NeedSchema, notFoundResponse)

export const handler = createHandler(route, ({ sql, actor, c }) => createNeed(sql, actor, c.req.valid('json')), toNeedResponse, (need) => `/v1/needs/${need.id}`)
