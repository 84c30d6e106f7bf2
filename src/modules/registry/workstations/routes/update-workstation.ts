import { tags, updateHandler, updateOperation } from '../../../../platform/http/kit.js'
import { toWorkstationResponse, WorkstationPatchSchema, WorkstationSchema } from '../model.js'
import { updateWorkstation } from '../service.js'

export const route = updateOperation('/v1/workstations/{id}', {
  operationId: 'updateWorkstation', tags: [tags.talent], summary: '修改工作站 · Change a workstation',
  description: '管理员可修改任一工作站；园区工作人员只能修改本园区的，且不能移到其他园区；企业和专家密钥 403。需带 If-Match（当前 ETag）。\n\nAdmins change any station; park staff only their park\'s. Another park\'s station is readable by every key, so changing it is 403 (not 404); enterprise and expert keys get 403. Park staff may not move a station to another park: a new host outside their park is 404, as on create. Requires If-Match with the current ETag. Giving one host replaces the other; memberExpertIds, when given, replaces the whole team (the lead always stays a member).',
}, WorkstationPatchSchema, WorkstationSchema, '修改后的工作站 · The changed workstation')

export const handler = updateHandler(route, ({ sql, actor, c }, id, checkVersion) => updateWorkstation(sql, actor, id, checkVersion, c.req.valid('json')), toWorkstationResponse)
