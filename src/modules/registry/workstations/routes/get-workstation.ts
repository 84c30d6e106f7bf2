import { readOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import { etagOf } from '../../../../platform/http/etag.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { WorkstationSchema } from '../model.js'
import { getWorkstation } from '../service.js'

export const route = readOperation(
  '/v1/workstations/{id}',
  {
    operationId: 'getWorkstation',
    summary: '查看一个工作站 · Read one workstation',
    description:
      '所有密钥都可查看任一工作站，并得到修改时 If-Match 要用的 ETag。\n\n' +
      'Every key may read every workstation.',
    tags: [tags.talent],
  },
  WorkstationSchema,
  '工作站 · The workstation',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const station = await getWorkstation(c.var.sql, c.req.valid('param').id)
  return c.json(toResponse(WorkstationSchema, station), 200, { etag: etagOf(station) })
}
