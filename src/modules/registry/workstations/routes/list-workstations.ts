import { listOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { WorkstationListQuerySchema, WorkstationPageSchema, WorkstationSchema } from '../model.js'
import { listWorkstations } from '../service.js'

export const route = listOperation(
  '/v1/workstations',
  {
    operationId: 'listWorkstations',
    summary: '工作站列表 · List workstations',
    description:
      '所有密钥都可查看全部工作站：它们是公开的对接服务点。\n\n' +
      'Every key sees every workstation: they are published service points for matching.',
    tags: [tags.talent],
  },
  WorkstationListQuerySchema,
  WorkstationPageSchema,
  '一页工作站 · A page of workstations',
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const page = await listWorkstations(c.var.sql, c.req.valid('query'))
  return c.json({ ...page, items: page.items.map((station) => toResponse(WorkstationSchema, station)) }, 200)
}
