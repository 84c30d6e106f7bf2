import { z } from '@hono/zod-openapi'
import { uuid } from '../../../core/schemas.js'

import { CandidateAnswerSchema, CandidateQuerySchema, CandidateSchema } from '../candidates/model.js'

export const TeamQuerySchema = z.object({
  kinds: CandidateQuerySchema.shape.kinds,
  limit: z.coerce.number().int().min(1).max(10).default(3).openapi({ description: '最多返回多少个团队（1–10）。How many teams at most (1–10)', example: 3 }),
})

const aspectIndex = z.number().int().min(1).max(4).openapi({ description: '难题序号（见 aspects）。The aspect\'s index (see aspects)', example: 2 })

const AspectSchema = z
  .object({
    index: aspectIndex,
    statement: z.string().openapi({ description: '需求技术难题中陈述该难题的分句。The problem\'s clauses this aspect stands for', example: '反应器内构件设计不合理，床层压降上升、物料分布不均' }),
    terms: z.array(z.string()).openapi({ description: '该难题的主要词语。The aspect\'s own words', example: ['反应', '构件', '设计', '物料'] }),
  })
  .openapi('NeedAspect', { description: '需求的一个方面：其技术难题中单独陈述的一项难题。One difficulty the need states on its own' })

const member = z.object({
  kind: CandidateSchema.shape.kind,
  id: CandidateSchema.shape.id,
  name: CandidateSchema.shape.name,
  organisation: CandidateSchema.shape.organisation,
})

const coverage = {
  aspectsCovered: z.number().int().openapi({ description: '覆盖了几个难题（有成员对该难题的匹配把握达到候选列表的最低要求 0.25）。How many aspects some member covers (confidence at least the candidate list\'s minimum, 0.25)', example: 3 }),
  coverage: z.number().min(0).max(1).openapi({ description: '覆盖度（0–1）：各难题上最强成员的匹配把握的平均值，每个难题权重相同。Mean over aspects of the strongest member\'s confidence, every aspect weighing the same', example: 0.62 }),
}

const TeamAssignmentSchema = z.object({
  aspect: aspectIndex,
  kind: CandidateSchema.shape.kind,
  id: CandidateSchema.shape.id,
  confidence: z.number().min(0).max(1).openapi({ description: '该成员对该难题的匹配把握（0–1，算法同候选列表，以该难题的文本检索）。The member\'s confidence for this aspect (as the candidate list computes it, with the aspect\'s text as the query)', example: 0.68 }),
  score: z.number().openapi({ description: '该成员在该难题检索中经规则调整后的融合得分。Its fused score after rules for this aspect', example: 0.8125 }),
  matchedTerms: CandidateAnswerSchema.shape.candidates.element.shape.reasons.shape.matchedTerms,
  retrievers: CandidateAnswerSchema.shape.candidates.element.shape.reasons.shape.retrievers,
})

export const CandidateTeamSchema = z
  .object({
    members: z.array(member.extend({
      covers: z.array(aspectIndex).openapi({ description: '由该成员负责的难题序号。The aspects this member covers best in the team', example: [1] }),
    })).openapi({ description: '团队成员，2–4 位，每位至少负责一个难题。Two to four members, each covering an aspect of its own' }),
    assignments: z.array(TeamAssignmentSchema).openapi({ description: '每个被覆盖的难题由哪位成员负责及依据（共有词、各检索方式的名次与得分）。Which member covers which aspect, and why' }),
    uncoveredAspects: z.array(aspectIndex).openapi({ description: '无人覆盖的难题。Aspects no member covers', example: [] }),
    ...coverage,
  })
  .openapi('CandidateTeam', { description: '共同覆盖一项需求各个难题的候选组合。Candidates who together cover a need\'s aspects' })

export const TeamAnswerSchema = z
  .object({
    needId: uuid('技术需求 ID。The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
    aspects: z.array(AspectSchema).openapi({ description: '从需求的技术难题中分出的各个难题（最多 4 个）。The need\'s aspects, at most four' }),
    teams: z.array(CandidateTeamSchema).openapi({ description: '团队，按覆盖的难题数、覆盖度从高到低；只列出比最佳单个候选覆盖更多难题的团队。Best first; only teams covering more aspects than the best single candidate' }),
    bestIndividual: member
      .extend(coverage)
      .nullable()
      .openapi({
        description: '单独覆盖最好的一位候选，供对照。The best single candidate, judged the same way, for comparison',
        example: { kind: 'expert', id: '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b', name: '郭志强', organisation: '中国科学院山西煤炭化学研究所', aspectsCovered: 1, coverage: 0.31 },
      }),
    method: z.string().openapi({ description: '组队方法说明。How the teams were chosen', example: '每个难题取前 5 位候选，对其并集穷举 2–4 人组合 (exact best coverage over the top 5 per aspect)' }),
    unavailableRetrievers: CandidateAnswerSchema.shape.unavailableRetrievers,
    unavailableReasons: CandidateAnswerSchema.shape.unavailableReasons,
    excluded: CandidateAnswerSchema.shape.excluded,
    notice: z.string().nullable().openapi({ description: '需求只有一个难题、没有团队优于最佳单个候选或没有足够匹配的候选时给出说明；否则为 null。Set when the need has one aspect, no team beats the best single candidate, or nothing matches', example: null }),
  })
  .openapi('TeamAnswer', { description: '某项技术需求的候选团队。Candidate teams for a need' })

