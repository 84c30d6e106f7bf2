import { createRoute } from '@hono/zod-openapi'
import type { CandidateKind } from '../../../../core/vocabulary.js'
import { type AppRouteHandler, IdParamSchema, jsonResponse, readResponseOperation, tags } from '../../../../platform/http/kit.js'
import { chargeEmbeddingNow, embeddingBudgetOf } from '../../embedding-budget.js'
import { BudgetedEmbedder } from '../../embeddings/budgeted.js'
import { RecommendedNeedPageSchema, RecommendedNeedQuerySchema } from '../model.js'
import { recommendNeeds } from '../service.js'

const method =
  '与为需求推荐候选相同的两路检索（全文 BM25 与向量相似度）、相同的融合与规则，方向相反：以候选的资料为查询，在其仍可承接的需求（征集中或对接中、尚有名额、未曾接受或婉拒过）中排序。需求企业即候选所在单位的排除；同园区、同区县、同城优先；已有未答复邀请或揭榜方案的标出。只列出调用方可查看的需求。候选暂不接受对接或对接已满时，列表照常给出并说明不能承接。分页：用 `nextCursor` 取下一页。\n\n' +
  "The candidates' matching run the other way: the same retrievers, fusion and rules, with the candidate's profile as the query over the needs it could still take up (open or in progress, a partner slot left, not already accepted or declined by it). Needs of the candidate's own enterprise are excluded; the need's park, district and city are preferred; a live invitation or proposal is marked. Only needs the caller may read are listed. A candidate that is unavailable or at capacity still gets the list, saying it cannot take one up. Paged with `nextCursor`."

/** One of the three operations: needs for an expert, a society or a workstation. */
export function recommendedNeedsOperation(kind: CandidateKind, text: { path: string; operationId: string; summary: string; who: string }) {
  const read = readResponseOperation(text.path, {
    operationId: text.operationId,
    tags: [tags.proposals],
    summary: text.summary,
    description: `${text.who}\n\n${method}`,
  }, jsonResponse(RecommendedNeedPageSchema, '排好序的需求（分页）· Ranked needs, a page'))
  const route = createRoute({ ...read, request: { params: IdParamSchema, query: RecommendedNeedQuerySchema } })
  const handler: AppRouteHandler<typeof route> = async (c) => {
    const { id } = c.req.valid('param')
    const { sql, deps, principal, logger } = c.var
    const { fullText, embedder } = deps.retrievers(sql)
    // A profile without a stored vector is embedded now at the caller's expense, as a need is for its candidates.
    const budget = embeddingBudgetOf(deps.config)
    const charged = budget ? new BudgetedEmbedder(embedder, (texts) => chargeEmbeddingNow(sql, principal.keyId, budget, texts)) : embedder
    return c.json(await recommendNeeds({ sql, logger, fullText, embedder: charged }, principal, { kind, id }, c.req.valid('query')), 200)
  }
  return { route, handler }
}
