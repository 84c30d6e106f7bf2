import { updateOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { actorOf } from '../../../../platform/http/actor.js'
import { etagOf, expectedVersion } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { SocietyPatchSchema, SocietySchema } from '../model.js'
import { updateSociety } from '../service.js'

export const route = updateOperation(
  '/v1/societies/{id}',
  {
    operationId: 'updateSociety',
    summary: '修改学会信息 · Change a society',
    description:
      '仅管理员可修改，其他角色 403；需带 If-Match（当前 ETag），名称已被占用返回 409。\n\n' +
      'Admins only; other roles get 403. Requires If-Match with the current ETag. A name already taken is 409.',
    tags: [tags.talent],
  },
  SocietyPatchSchema,
  SocietySchema,
  '修改后的学会 · The changed society',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const ifMatch = c.req.valid('header')['if-match']
  const { id } = c.req.valid('param')
  const society = await updateSociety(c.var.sql, actorOf(c), id, (current) => expectedVersion(ifMatch, current), c.req.valid('json'))
  return c.json(toResponse(SocietySchema, society), 200, { etag: etagOf(society) })
}
