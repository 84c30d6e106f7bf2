import { createHandler, createUniqueOperation, tags } from '../../../../platform/http/kit.js'
import { notFoundResponse } from '../../../../platform/http/problem.js'
import { toWorkstationResponse, WorkstationCreateSchema, WorkstationSchema } from '../model.js'
import { createWorkstation } from '../service.js'

export const route = createUniqueOperation('/v1/workstations', {
  operationId: 'createWorkstation', tags: [tags.talent], summary: '登记工作站 · Register a workstation',
  description: '管理员可在任何园区登记；园区工作人员只能以本园区的企业或园区为依托单位登记；企业和专家密钥 403。\n\nAdmins create anywhere; park staff only with a host (enterprise or park) in their own park: a host elsewhere is 404 for them, as if it did not exist. Enterprise and expert keys get 403. The station\'s park is the host park, or the host enterprise\'s park. Exactly one of hostEnterpriseId / hostParkId (else 400); societyId exactly when kind is society_station (else 400); unknown society, lead or member experts are 400 naming each; a name already taken is 409.',
}, { schema: WorkstationCreateSchema, description: '工作站 · The workstation' }, WorkstationSchema, notFoundResponse)

export const handler = createHandler(route, ({ sql, actor, c }) => createWorkstation(sql, actor, c.req.valid('json')), toWorkstationResponse, ({ id }) => `/v1/workstations/${id}`)
