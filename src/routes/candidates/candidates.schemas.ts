import { z } from '@hono/zod-openapi'
import { uuid } from '../../lib/schemas.js'

const kinds = ['expert', 'society', 'workstation'] as const
const kind = z.enum(kinds).openapi({ description: 'expert 专家 · society 学会 · workstation 工作站', example: 'expert' })

export const CandidateQuerySchema = z.object({
  kinds: z
    .string()
    .default('expert,society,workstation')
    .transform((value, ctx) => {
      const list = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))]
      const bad = list.filter((item) => !(kinds as readonly string[]).includes(item))
      if (bad.length > 0 || list.length === 0) {
        ctx.addIssue({ code: 'custom', message: `用逗号分隔，取自 ${kinds.join('、')} · comma-separated subset of ${kinds.join(', ')}` })
        return z.NEVER
      }
      return list as (typeof kinds)[number][]
    })
    .openapi({
      description: 'Which kinds of candidate to rank, comma-separated',
      example: 'expert,workstation',
      type: 'string',
      pattern: '^[\\s,]*(expert|society|workstation)(\\s*,[\\s,]*(expert|society|workstation))*[\\s,]*$',
    }),
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: 'How many candidates at most (1–50)', example: 10 }),
})

const evidence = (description: string) =>
  z
    .object({
      rank: z.number().int().openapi({ description: 'Position in that retriever\'s list (1 = first)', example: 2 }),
      score: z.number().openapi({ description: 'That retriever\'s own score (not comparable across retrievers)', example: 0.6231 }),
    })
    .optional()
    .openapi({ description })

export const RuleEffectSchema = z
  .object({
    rule: z
      .enum(['conflict_of_interest', 'unavailable', 'at_capacity', 'busy', 'same_park', 'same_region', 'same_city', 'answer_history', 'consultation_record'])
      .openapi({ description: 'Which rule applied', example: 'same_region' }),
    effect: z.enum(['excluded', 'boosted', 'lowered']).openapi({ description: 'What it did', example: 'boosted' }),
    factor: z.number().openapi({ description: 'Multiplier on the fused score', example: 1.1 }),
    detail: z.string().openapi({ description: 'Why, for people', example: '同一行政区 (same district)' }),
  })
  .openapi('RuleEffect', { description: 'A matching rule and its effect on one candidate' })

export const CandidateSchema = z
  .object({
    kind,
    id: uuid('Id of the expert, society or workstation', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    name: z.string().openapi({ description: 'Name', example: '郭志强' }),
    organisation: z.string().openapi({ description: 'Organisation (host enterprise for a workstation)', example: '中国科学院山西煤炭化学研究所' }),
    score: z.number().openapi({ description: 'Fused score after rules; orders the list', example: 0.0352 }),
    confidence: z.number().min(0).max(1).openapi({
      description:
        '匹配把握（0–1），由该候选自身证据得出（向量相似度、与需求共有的检索词数），并按列表顺序封顶：不高于排在其前面的候选，故自上而下不升。How sure the ranking is that this is a good match (0–1): from the candidate\'s own evidence (cosine, shared index terms), capped at the confidence of the candidate above it, so it never rises down the list.',
      example: 0.74,
    }),
    reasons: z
      .object({
        matchedTerms: z.array(z.string()).openapi({
          description:
            '需求与候选共有的词（完整词语或相连词组，不含单个汉字或跨词片段），按权重从高到低，最多 20 个；排序与把握按检索索引的细粒度词项（含双字）计算，故可能多于此处所列。Terms of the need the candidate\'s text contains, as whole words or runs of them (never a single Han character or a pair straddling two words), heaviest first, at most 20; ranking and confidence count the index\'s finer terms (character pairs among them), so they may count more than are listed.',
          example: ['加氢', '催化剂', '积碳'],
        }),
        retrievers: z
          .object({ full_text: evidence('Full-text rank and score'), vector: evidence('Vector-similarity rank and cosine') })
          .openapi({ description: 'Each retriever that found the candidate' }),
        rules: z.array(RuleEffectSchema).openapi({ description: 'Rules applied to it' }),
      })
      .openapi({
        description: 'Why this candidate is here',
        example: {
          matchedTerms: ['煤焦油', '加氢', '催化剂'],
          retrievers: { full_text: { rank: 1, score: 0.4312 }, vector: { rank: 3, score: 0.3821 } },
          rules: [{ rule: 'same_region', effect: 'boosted', factor: 1.1, detail: '同一行政区 (same district)' }],
        },
      }),
  })
  .openapi('Candidate', { description: '候选: an expert, society or workstation ranked for a need, with its reasons' })

export const CandidateAnswerSchema = z
  .object({
    needId: uuid('The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
    candidates: z.array(CandidateSchema).openapi({ description: 'Best first; only those good enough' }),
    unavailableRetrievers: z
      .array(z.enum(['full_text', 'vector']))
      .openapi({ description: 'Retrievers not used for this answer (the ranking used the others)', example: [] }),
    unavailableReasons: z
      .array(
        z.object({
          retriever: z.enum(['full_text', 'vector']).openapi({ description: 'The retriever', example: 'vector' }),
          reason: z.string().openapi({
            description: 'Why it was not used: the provider failed or timed out, the key\'s embedding budget is spent, or the need is not shared with the embeddings provider',
            example: '需求可见范围为 private，其文本不发送给向量服务商，仅按全文检索匹配 (a private need\'s text is not sent to the embeddings provider: EMBEDDING_PROVIDER_NEED_VISIBILITY)',
          }),
        }),
      )
      .openapi({ description: 'One entry per unavailable retriever, saying why', example: [] }),
    excluded: z
      .array(
        z.object({
          rule: RuleEffectSchema.shape.rule,
          count: z.number().int().openapi({ description: 'How many candidates it removed', example: 2 }),
        }),
      )
      .openapi({ description: 'Candidates removed by rules, counted' }),
    notice: z.string().nullable().openapi({ description: 'Set when no candidate was good enough', example: null }),
  })
  .openapi('CandidateAnswer', { description: 'Ranked candidates for a need' })
