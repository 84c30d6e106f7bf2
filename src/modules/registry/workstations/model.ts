import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { paginationQuery, pageSchema } from '../../../platform/http/pagination.js'
import { requiredText, searchText, terms, text, timestamp, uuid } from '../../../core/schemas.js'

/** 学会服务站 · 专家工作站 · 院士工作站 · 院士创新中心 */
export const workstationKinds = ['society_station', 'expert_station', 'academician_station', 'academician_center'] as const
export type WorkstationKind = (typeof workstationKinds)[number]

const kind = z.enum(workstationKinds).openapi({
  description:
    '工作站类型。Workstation kind: society_station 学会服务站 (needs societyId) · expert_station 专家工作站 · academician_station 院士工作站 · academician_center 院士创新中心',
  example: 'academician_station',
})

const expertIds = (description: string, example: string[]) =>
  z.array(z.uuid()).max(100).openapi({ description, example })

const workstationFields = {
  name: requiredText(100, '工作站名称（不得重复）。Workstation name (unique)', '潞安化工集团院士工作站'),
  kind,
  hostEnterpriseId: uuid('依托企业 ID；与 hostParkId 二选一。the hosting enterprise; give this or hostParkId, not both', '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c').nullable(),
  hostParkId: uuid('依托园区 ID：园区自建的工作站填写；与 hostEnterpriseId 二选一。the hosting park, for a station run by the park itself; give this or hostEnterpriseId', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f').nullable(),
  societyId: uuid('所属学会：运营学会服务站的学会 ID；其他类型为 null。the society running a society_station; null for every other kind', '6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a').nullable(),
  leadExpertId: uuid('首席专家 / 进站院士：牵头专家 ID（同时也是团队成员）。the lead expert (always also a member)', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
  fields: terms('研究方向：团队的研究方向，用于与技术需求匹配。the fields the team works on, matched against needs', ['煤基新材料', '煤焦油深加工', '碳纤维']),
  description: text(4000, '工作站简介：团队、条件及可提供的服务。the team, facilities and what it offers', '依托企业研发中心建设，院士团队每年驻站不少于30天，重点攻关煤焦油沥青基碳纤维制备技术。'),
}

export const WorkstationSchema = z
  .object({
    id: uuid('院士专家工作站 ID。Workstation id'),
    name: workstationFields.name,
    kind,
    hostEnterpriseId: workstationFields.hostEnterpriseId,
    hostParkId: workstationFields.hostParkId,
    parkId: uuid('所在园区：依托园区，或依托企业所在的园区（只读）。the host park, or the host enterprise\'s park; read-only', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
    societyId: workstationFields.societyId,
    leadExpertId: workstationFields.leadExpertId,
    memberExpertIds: expertIds('团队成员：全部成员专家 ID，首席专家在前，其余按 ID 排序。every member expert, the lead first, then by id', [
      '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b',
      '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    ]),
    fields: workstationFields.fields,
    description: workstationFields.description,
    createdAt: timestamp('登记时间（UTC 时间）。When it was registered'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Workstation', { description: '院士专家工作站：学会服务站、专家工作站、院士工作站或院士创新中心，依托企业或园区建设。A society service station, expert workstation, academician workstation or academician innovation centre, hosted by an enterprise or a park' })

const memberInput = expertIds('团队成员：成员专家 ID；首席专家未列入时自动加入，重复的只计一次。member experts; the lead is added if missing, duplicates count once', ['9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'])

export const WorkstationCreateSchema = z
  .object({
    name: workstationFields.name,
    kind,
    hostEnterpriseId: workstationFields.hostEnterpriseId.optional(),
    hostParkId: workstationFields.hostParkId.optional(),
    societyId: workstationFields.societyId.optional(),
    leadExpertId: workstationFields.leadExpertId,
    memberExpertIds: memberInput.optional(),
    fields: workstationFields.fields.optional(),
    description: workstationFields.description.optional(),
  })
  .strict()
  .openapi('WorkstationCreate', { description: '新建院士专家工作站：有且只有一个依托方；仅学会服务站（society_station）填写 societyId。A new workstation: exactly one host; societyId exactly when kind is society_station' })

export const WorkstationPatchSchema = WorkstationCreateSchema.partial()
  .extend({
    memberExpertIds: memberInput.optional().openapi({ description: '团队成员：整体替换团队，首席专家始终保留。replaces the whole team; the lead stays in it', example: ['9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'] }),
  })
  .strict()
  .openapi('WorkstationPatch', {
    description: '要修改的字段（JSON merge patch）。填写一个依托方即替换另一个；修改后仍须有且只有一个依托方，且仅学会服务站有所属学会。Fields to change (JSON merge patch). Giving one host replaces the other; the result must still have exactly one host, and a society exactly when it is a society_station.',
  })

export const WorkstationListQuerySchema = z.object({
  ...paginationQuery,
  kind: kind.optional(),
  parkId: uuid('只看该园区的工作站。Only stations of this park', 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f').optional(),
  societyId: uuid('只看该学会的学会服务站。Only service stations of this society', '6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a').optional(),
  expertId: uuid('只看该专家牵头或参与的工作站。Only stations this expert leads or is a member of', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b').optional(),
  q: searchText(100, '名称或简介中的文字，或完全一致的研究方向。Free text in name or description, or an exact field', '碳纤维'),
})

export const WorkstationPageSchema = pageSchema(WorkstationSchema, 'WorkstationPage')

/** Members are every member expert, the lead included and first, then by id. */
export type WorkstationRow = RowOf<typeof WorkstationSchema, 'createdAt' | 'updatedAt'>
/**
 * What a client sends. The lead is always a member: `memberExpertIds` may list the lead or not,
 * and the stored (and returned) members are the lead plus everyone listed, each once.
 */
export type WorkstationInput = z.infer<typeof WorkstationCreateSchema>
export type WorkstationChange = z.infer<typeof WorkstationPatchSchema>
/** The station's own columns as written: its host decided, its park worked out from the host; members are written beside it. */
export type NewWorkstation = Pick<WorkstationRow, 'name' | 'kind' | 'hostEnterpriseId' | 'hostParkId' | 'parkId' | 'societyId' | 'leadExpertId'> &
  Pick<WorkstationInput, 'fields' | 'description'>
export type WorkstationPatch = Partial<NewWorkstation>
export type WorkstationListQuery = z.infer<typeof WorkstationListQuerySchema>

export const toWorkstationResponse = (station: WorkstationRow) => toResponse(WorkstationSchema, station)
