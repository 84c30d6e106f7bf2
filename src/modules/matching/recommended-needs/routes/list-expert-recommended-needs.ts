import { recommendedNeedsOperation } from './operation.js'

export const { route, handler } = recommendedNeedsOperation('expert', {
  path: '/v1/experts/{id}/recommended-needs', operationId: 'listExpertRecommendedNeeds', summary: '为专家推荐技术需求 · Needs recommended for an expert',
  who: '专家本人、园区工作人员（仅本园区需求）与管理员可查看。The expert itself, park staff (their park\'s needs) and admins may ask.',
})
