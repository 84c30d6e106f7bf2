import type { z } from '@hono/zod-openapi'
import type { ComposedTeam } from './compose.js'
import type { TeamAnswerSchema } from './model.js'
import { type Evidence, type TeamAnswer, poolPerAspect } from './service.js'

type Answer = z.infer<typeof TeamAnswerSchema>

export const method = `每个难题以其文本检索（全文 + 向量，同候选列表），规则排除后取前 ${poolPerAspect} 位；对其并集穷举 2–4 人组合，按覆盖难题数、覆盖度排序 (each aspect searched with its own text by the candidate list's retrievers and rules; exact best coverage over every team of 2–4 from the top ${poolPerAspect} per aspect)`

/** The answer as a client reads it: members named, aspects 1-based. */
export function toTeamAnswer(needId: string, answer: TeamAnswer): Answer {
  const nameOf = (key: string) => {
    const profile = answer.profiles.get(key)!
    return { kind: profile.kind, id: profile.id, name: profile.name, organisation: profile.organisation }
  }
  const coverage = (team: ComposedTeam<Evidence>) => ({ aspectsCovered: team.covered, coverage: team.coverage })
  return {
    needId,
    aspects: answer.aspects.map(({ index, statement, terms }) => ({ index, statement, terms })),
    teams: answer.teams.map((team) => ({
      members: team.members.map((member) => ({
        ...nameOf(member.key),
        covers: team.assignments.flatMap((assignment, aspect) => (assignment?.member === member ? [aspect + 1] : [])),
      })),
      assignments: team.assignments.flatMap((assignment, aspect) => {
        if (!assignment) return []
        const { kind, id } = nameOf(assignment.member.key)
        const { confidence, score, evidence } = assignment.evidence
        return [{ aspect: aspect + 1, kind, id, confidence, score, ...evidence }]
      }),
      uncoveredAspects: team.assignments.flatMap((assignment, aspect) => (assignment ? [] : [aspect + 1])),
      ...coverage(team),
    })),
    bestIndividual: answer.bestIndividual ? { ...nameOf(answer.bestIndividual.members[0]!.key), ...coverage(answer.bestIndividual) } : null,
    method,
    unavailableRetrievers: answer.unavailableReasons.map((entry) => entry.retriever),
    unavailableReasons: answer.unavailableReasons,
    excluded: answer.excluded,
    notice: answer.notice,
  }
}
