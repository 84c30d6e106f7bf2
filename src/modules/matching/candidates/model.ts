import { z } from '@hono/zod-openapi'
import { uuid } from '../../../core/schemas.js'
import { type CandidateKind, candidateKinds } from '../../../core/vocabulary.js'

const kind = z.enum(candidateKinds).openapi({ description: 'expert 专家 · society 学会 · workstation 工作站', example: 'expert' })

export const CandidateQuerySchema = z.object({
  kinds: z
    .string()
    .default('expert,society,workstation')
    .transform((value, ctx) => {
      const list = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))]
      const bad = list.filter((item) => !(candidateKinds as readonly string[]).includes(item))
      if (bad.length > 0 || list.length === 0) {
        ctx.addIssue({ code: 'custom', message: `用逗号分隔，取自 ${candidateKinds.join('、')} · comma-separated subset of ${candidateKinds.join(', ')}` })
        return z.NEVER
      }
      return list as CandidateKind[]
    })
    .openapi({
      description: '要排序的候选类型，用逗号分隔：expert 专家、society 学会、workstation 院士专家工作站。Which kinds of candidate to rank, comma-separated',
      example: 'expert,workstation',
      type: 'string',
      pattern: '^[\\s,]*(expert|society|workstation)(\\s*,[\\s,]*(expert|society|workstation))*[\\s,]*$',
    }),
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: '最多返回多少个候选（1–50）。How many candidates at most (1–50)', example: 10 }),
})

const evidence = (description: string) =>
  z
    .object({
      rank: z.number().int().openapi({ description: '在该检索方式结果列表中的名次（1 = 第一）。Position in that retriever\'s list (1 = first)', example: 2 }),
      score: z.number().openapi({ description: '该检索方式自身的得分：全文检索为 BM25 相关度得分（配置 Meilisearch 时为其排序得分），向量检索为余弦相似度；不同检索方式的得分不可直接比较。That retriever\'s own score (not comparable across retrievers)', example: 0.6231 }),
    })
    .optional()
    .openapi({ description })

export const RuleEffectSchema = z
  .object({
    rule: z
      .enum(['conflict_of_interest', 'unavailable', 'at_capacity', 'busy', 'same_park', 'same_region', 'same_city', 'answer_history', 'consultation_record'])
      .openapi({ description: '所应用的规则：conflict_of_interest 利益冲突（候选所在单位即需求企业，排除）· unavailable 暂不接受对接（排除）· at_capacity 对接已满（排除）· busy 档期紧张（降权）· same_park 同一园区 · same_region 同一行政区 · same_city 同城（加权）· answer_history 近一年对接邀请的应答记录 · consultation_record 近一年完成的咨询及企业评分（加权或降权）。Which rule applied', example: 'same_region' }),
    effect: z.enum(['excluded', 'boosted', 'lowered']).openapi({ description: '作用：excluded 排除 · boosted 加权 · lowered 降权。What it did', example: 'boosted' }),
    factor: z.number().openapi({ description: '乘在融合得分上的系数（大于 1 加权，小于 1 降权；排除时为 1）。Multiplier on the fused score', example: 1.1 }),
    detail: z.string().openapi({ description: '规则说明，供阅读。Why, for people', example: '同一行政区 (same district)' }),
  })
  .openapi('RuleEffect', { description: '一条匹配规则及其对某个候选的作用。A matching rule and its effect on one candidate' })

/** Why a candidate is where it is; the proposals show the same for each proposer (explainCandidates). */
export const CandidateReasonsSchema = z
  .object({
    matchedTerms: z.array(z.string()).openapi({
      description:
        '需求与候选共有的词（完整词语或相连词组，不含单个汉字或跨词片段），按权重从高到低，最多 20 个；排序与把握按检索索引的细粒度词项（含双字）计算，故可能多于此处所列。Terms of the need the candidate\'s text contains, as whole words or runs of them (never a single Han character or a pair straddling two words), heaviest first, at most 20; ranking and confidence count the index\'s finer terms (character pairs among them), so they may count more than are listed.',
      example: ['加氢', '催化剂', '积碳'],
    }),
    retrievers: z
      .object({ full_text: evidence('全文检索（BM25）的名次与得分。Full-text rank and score'), vector: evidence('向量相似度检索的名次与余弦相似度。Vector-similarity rank and cosine') })
      .openapi({ description: '检索到该候选的各检索方式；未检索到它的一路不列出。Each retriever that found the candidate' }),
    rules: z.array(RuleEffectSchema).openapi({ description: '对该候选应用的规则（加权或降权；被排除的候选不在列表中）。Rules applied to it' }),
  })
  .openapi({
    description: '该候选入选的依据：与需求共有的词、各检索方式的名次与得分、所应用的规则。Why this candidate is here',
    example: {
      matchedTerms: ['煤焦油', '加氢', '催化剂'],
      retrievers: { full_text: { rank: 1, score: 0.4312 }, vector: { rank: 3, score: 0.3821 } },
      rules: [{ rule: 'same_region', effect: 'boosted', factor: 1.1, detail: '同一行政区 (same district)' }],
    },
  })
export type CandidateReasons = z.infer<typeof CandidateReasonsSchema>

export const CandidateSchema = z
  .object({
    kind,
    id: uuid('专家、学会或院士专家工作站的 ID。Id of the expert, society or workstation', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    name: z.string().openapi({ description: '名称：专家姓名，或学会、工作站名称。Name', example: '郭志强' }),
    organisation: z.string().openapi({ description: '所在单位（工作站为其依托企业）。Organisation (host enterprise for a workstation)', example: '中国科学院山西煤炭化学研究所' }),
    score: z.number().openapi({ description: '经规则调整后的融合得分，决定列表顺序：全文检索（BM25）与向量相似度两路得分先在各自本次结果中归一化到 0–1，再按校准的权重加权相加，最后乘以各条规则的系数。Fused score after rules; orders the list', example: 0.0352 }),
    confidence: z.number().min(0).max(1).openapi({
      description:
        '匹配把握（0–1），由该候选自身证据得出（向量相似度、与需求共有的检索词数），并按列表顺序封顶：不高于排在其前面的候选，故自上而下不升。How sure the ranking is that this is a good match (0–1): from the candidate\'s own evidence (cosine, shared index terms), capped at the confidence of the candidate above it, so it never rises down the list.',
      example: 0.74,
    }),
    reasons: CandidateReasonsSchema,
  })
  .openapi('Candidate', { description: '候选: an expert, society or workstation ranked for a need, with its reasons' })

export const CandidateAnswerSchema = z
  .object({
    needId: uuid('技术需求 ID。The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
    candidates: z.array(CandidateSchema).openapi({ description: '候选列表，按得分从高到低；只列出置信度达到最低要求的候选，最多 limit 个。Best first; only those good enough' }),
    unavailableRetrievers: z
      .array(z.enum(['full_text', 'vector']))
      .openapi({ description: '本次未使用的检索方式（排序只依据其余检索方式）。Retrievers not used for this answer (the ranking used the others)', example: [] }),
    unavailableReasons: z
      .array(
        z.object({
          retriever: z.enum(['full_text', 'vector']).openapi({ description: '检索方式：full_text 全文检索 · vector 向量相似度。The retriever', example: 'vector' }),
          reason: z.string().openapi({
            description: '未使用的原因：检索服务出错或超时、本密钥今日向量额度已用完，或该需求不向向量服务商发送。Why it was not used: the provider failed or timed out, the key\'s embedding budget is spent, or the need is not shared with the embeddings provider',
            example: '需求可见范围为 private，其文本不发送给向量服务商，仅按全文检索匹配 (a private need\'s text is not sent to the embeddings provider: EMBEDDING_PROVIDER_NEED_VISIBILITY)',
          }),
        }),
      )
      .openapi({ description: '每个未使用的检索方式一条，说明原因。One entry per unavailable retriever, saying why', example: [] }),
    excluded: z
      .array(
        z.object({
          rule: RuleEffectSchema.shape.rule,
          count: z.number().int().openapi({ description: '被该规则排除的候选数。How many candidates it removed', example: 2 }),
        }),
      )
      .openapi({ description: '被规则排除的候选，按规则计数（只计数，不列出是谁）。Candidates removed by rules, counted' }),
    notice: z.string().nullable().openapi({ description: '没有足够匹配的候选时给出说明；否则为 null。Set when no candidate was good enough', example: null }),
  })
  .openapi('CandidateAnswer', { description: '某项技术需求的候选排序结果。Ranked candidates for a need' })
