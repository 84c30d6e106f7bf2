import { readHandler, readOperation, tags } from '../../../../platform/http/kit.js'
import { toWorkstationResponse, WorkstationSchema } from '../model.js'
import { getWorkstation } from '../service.js'

export const route = readOperation('/v1/workstations/{id}', {
  operationId: 'getWorkstation', tags: [tags.talent], summary: '查看一个工作站 · Read one workstation',
  description: '所有密钥都可查看任一工作站，并得到修改时 If-Match 要用的 ETag。\n\nEvery key may read every workstation.',
}, WorkstationSchema, '工作站 · The workstation')

export const handler = readHandler(route, ({ sql }, id) => getWorkstation(sql, id), toWorkstationResponse)
