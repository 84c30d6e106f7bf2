import { createHandler, createOperation, tags } from '../../../../platform/http/kit.js'
import { ExpertCreateSchema, ExpertSchema, toExpertResponse } from '../model.js'
import { createExpert } from '../service.js'

export const route = createOperation('/v1/experts', {
  operationId: 'createExpert', tags: [tags.talent], summary: '专家入库 · Register an expert',
  description: '管理员和园区工作人员登记专家（其他角色 403），成果与学会会员关系随资料一并写入；姓名与单位都相同的专家已存在返回 409。\n\nAdmins and park staff register experts; other roles get 403. Achievements and society memberships are written with the profile, all or nothing. A second expert with the same name and organisation is 409.',
}, { schema: ExpertCreateSchema, description: '专家 · The expert' }, ExpertSchema)

export const handler = createHandler(route, ({ sql, actor, c }) => createExpert(sql, actor, c.req.valid('json')), toExpertResponse, ({ id }) => `/v1/experts/${id}`)
