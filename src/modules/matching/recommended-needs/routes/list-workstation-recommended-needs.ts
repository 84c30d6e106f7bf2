import { recommendedNeedsOperation } from './operation.js'

export const { route, handler } = recommendedNeedsOperation('workstation', {
  path: '/v1/workstations/{id}/recommended-needs', operationId: 'listWorkstationRecommendedNeeds', summary: '为工作站推荐技术需求 · Needs recommended for a workstation',
  who: '工作站的首席专家、园区工作人员（仅本园区需求）与管理员可查看。The workstation\'s lead expert, park staff (their park\'s needs) and admins may ask.',
})
