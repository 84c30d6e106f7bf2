import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../lib/openapi.js'
import { authErrorResponses, commonErrorResponses, notFoundResponse } from '../../lib/problem.js'
import { IdParamSchema } from '../../lib/schemas.js'
import { CandidateAnswerSchema, CandidateQuerySchema } from './candidates.schemas.js'

export const listCandidates = createRoute({
  method: 'get',
  path: '/v1/needs/{id}/candidates',
  operationId: 'listNeedCandidates',
  summary: '为需求推荐专家、学会、工作站 · Rank experts, societies and workstations for a need',
  description:
    'Full text and vector similarity, fused by reciprocal rank, then rules: conflicts of interest, unavailable and fully booked experts are excluded; the need\'s park, district and city are preferred; busy experts lowered. Every candidate carries its reasons. The need\'s enterprise, its park staff and admins may ask.',
  tags: [tags.candidates],
  request: { params: IdParamSchema, query: CandidateQuerySchema },
  responses: {
    200: { description: 'Ranked candidates', content: { 'application/json': { schema: CandidateAnswerSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
    ...notFoundResponse,
  },
})
