import { recommendedNeedsOperation } from './operation.js'

export const { route, handler } = recommendedNeedsOperation('society', {
  path: '/v1/societies/{id}/recommended-needs', operationId: 'listSocietyRecommendedNeeds', summary: '为学会推荐技术需求 · Needs recommended for a society',
  who: '学会的联络专家、园区工作人员（仅本园区需求）与管理员可查看。The society\'s contact expert, park staff (their park\'s needs) and admins may ask.',
})
