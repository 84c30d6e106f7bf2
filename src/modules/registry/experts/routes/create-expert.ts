import { createOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf } from '../../../../platform/http/etag.js'
import { withIdempotency } from '../../../../platform/http/idempotency.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ExpertCreateSchema, ExpertSchema } from '../model.js'
import { createExpert } from '../service.js'

export const route = createOperation(
  '/v1/experts',
  {
    operationId: 'createExpert',
    summary: '专家入库 · Register an expert',
    description:
      '管理员和园区工作人员登记专家（其他角色 403），成果与学会会员关系随资料一并写入；姓名与单位都相同的专家已存在返回 409。\n\n' +
      'Admins and park staff register experts; other roles get 403. Achievements and society memberships are written with the profile, all or nothing. A second expert with the same name and organisation is 409.',
    tags: [tags.talent],
  },
  { schema: ExpertCreateSchema, description: '专家 · The expert' },
  ExpertSchema,
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const body = c.req.valid('json')
  return withIdempotency(c, body, async () => {
    const expert = await createExpert(c.var.sql, actorOf(c), body)
    return c.json(toResponse(ExpertSchema, expert), 201, { etag: etagOf(expert), location: `/v1/experts/${expert.id}` })
  })
}
