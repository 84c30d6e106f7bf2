import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { toWorkstationResponse, WorkstationListQuerySchema, WorkstationPageSchema } from '../model.js'
import { listWorkstations } from '../service.js'

export const route = listOperation('/v1/workstations', {
  operationId: 'listWorkstations', tags: [tags.talent], summary: '工作站列表 · List workstations',
  description: '所有密钥都可查看全部工作站：它们是公开的对接服务点。\n\nEvery key sees every workstation: they are published service points for matching.',
}, WorkstationListQuerySchema, WorkstationPageSchema, '一页工作站 · A page of workstations')

export const handler = listHandler(route, ({ sql, c }) => listWorkstations(sql, c.req.valid('query')), toWorkstationResponse)
