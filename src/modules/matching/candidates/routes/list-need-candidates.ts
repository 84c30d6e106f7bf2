import { createRoute } from '@hono/zod-openapi'
import { type AppRouteHandler, IdParamSchema, jsonResponse, readResponseOperation, tags } from '../../../../platform/http/kit.js'
import { chargedRankingDeps } from '../../embedding-budget.js'
import { CandidateAnswerSchema, CandidateQuerySchema } from '../model.js'
import { rankCandidates } from '../service.js'

const read = readResponseOperation('/v1/needs/{id}/candidates', {
  operationId: 'listNeedCandidates', tags: [tags.candidates], summary: '为需求推荐专家、学会、工作站 · Rank experts, societies and workstations for a need',
  description: "全文检索（BM25）与向量相似度两路结果按权重融合：每路得分在本路结果内归一化到 0–1，向量一路乘以所用向量模型校准的权重（默认 LSA 模型 0.7，哈希词袋与外部服务商 0.2），全文一路乘以其余部分，相加得融合分。再按规则调整：利益冲突、暂停接受邀请与已满额的专家排除；同园区、同区县、同城优先；档期紧张的降低；往期应邀与咨询评分略作加减。每位候选附理由。需求所属企业、其园区工作人员与管理员可查看。\n\nFull text (BM25) and vector similarity, fused by weight: each retriever's scores are min-max normalised within its own list, the vector side weighed by the embedder's calibrated weight (0.7 for the default LSA embedder, 0.2 for the hashed bag of words and providers) and full text by the rest, and summed. Then rules: conflicts of interest, unavailable and fully booked experts are excluded; the need's park, district and city are preferred; busy experts lowered; the record of answering invitations and of rated consultations moves the score a little. Every candidate carries its reasons. The need's enterprise, its park staff and admins may ask.",
}, jsonResponse(CandidateAnswerSchema, '排好序的候选 · Ranked candidates'))
// A read of one need's candidates, asked with a query (which kinds, how many).
export const route = createRoute({ ...read, request: { params: IdParamSchema, query: CandidateQuerySchema } })

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { id } = c.req.valid('param')
  const answer = await rankCandidates(chargedRankingDeps(c.var), c.get('principal'), { needId: id, ...c.req.valid('query') })
  return c.json({ needId: id, ...answer }, 200)
}
