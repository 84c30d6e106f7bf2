import { z } from '@hono/zod-openapi'
import { text, timestamp, uuid } from '../../../core/schemas.js'
import { candidateKinds } from '../../../core/vocabulary.js'
import { MatchSchema, type MatchRow, toMatchResponse } from '../matches/model.js'
import type { Concealed } from '../../needs/index.js'

const candidateKind = z.enum(candidateKinds).openapi({ description: '成员类型：专家、学会或院士专家工作站。expert 专家 · society 学会 · workstation 工作站', example: 'expert' })

const TeamMemberRefSchema = z
  .object({
    candidateKind,
    candidateId: uuid('团队成员：专家、学会或院士专家工作站 ID。The expert, society or workstation', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
  })
  .strict()
  .openapi('TeamMemberRef', { description: '团队中的一位成员。One member of a team' })

export const TeamInvitationCreateSchema = z
  .object({
    members: z
      .array(TeamMemberRefSchema)
      .min(2)
      .max(4)
      .refine((members) => new Set(members.map((member) => `${member.candidateKind}:${member.candidateId}`)).size === members.length, { message: '成员不能重复 (each member once)' })
      .openapi({ description: '团队成员，2–4 位，不重复（通常取自 GET /v1/needs/{id}/teams 的一个组合）。The members, two to four, each once (usually a team from GET /v1/needs/{id}/teams)' }),
    countsAsOneEngagement: z.boolean().openapi({
      description: '企业声明：该团队在需求的对接名额中只算一个（团队成员的接受共占一个名额）。Whether the need\'s partner slots count the team\'s accepted invitations as one engagement',
      example: true,
    }),
    message: text(1000, '给每位成员的邀请附言。A message to every member', '诚邀三位专家组成团队，分别就催化剂、反应器与含酚废水问题与我公司对接。').optional(),
    expiresInHours: z.number().int().min(1).max(24 * 90).optional().openapi({ description: '等待答复的小时数（默认 72）。Hours to wait for each answer (default 72)', example: 72 }),
  })
  .strict()
  .openapi('TeamInvitationCreate', { description: '邀请一个团队：每位成员一份对接邀请，同一事务内全部发出或全部不发。A team to invite: one invitation per member, all or none' })

export const TeamSchema = z
  .object({
    id: uuid('团队 ID。Team id', '0d4c8b2a-6e1f-4a3b-9c5d-7e8f9a0b1c2d'),
    needId: uuid('技术需求 ID。The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
    countsAsOneEngagement: z.boolean().openapi({ description: '该团队在需求名额中是否只算一个。Whether the need\'s slots count the team as one', example: true }),
    members: z
      .array(
        z.object({
          position: z.number().int().min(1).max(4).openapi({ description: '成员序号（按请求中的顺序）。Position in the request', example: 1 }),
          invitation: MatchSchema,
        }),
      )
      .openapi({ description: '各成员及为其发出的对接邀请。Each member and its invitation' }),
    createdAt: timestamp('发出时间（UTC 时间）。When the team was invited'),
  })
  .openapi('Team', { description: '就一项技术需求共同受邀的团队及其各成员的邀请。A team invited together to a need, with each member\'s invitation' })

export type NewTeamInvitation = z.infer<typeof TeamInvitationCreateSchema>
export interface TeamRow {
  id: string
  needId: string
  parkId: string
  countsAsOneEngagement: boolean
  createdAt: Date
}
export type InvitedTeam = TeamRow & { members: { position: number; invitation: MatchRow }[] }
/** A team as a key reads it: its invitations concealed as that key reads each. */
export type ReadTeam = TeamRow & { members: { position: number; invitation: Concealed<MatchRow> }[] }

export const toTeamResponse = (team: InvitedTeam | ReadTeam) => ({
  id: team.id,
  needId: team.needId,
  countsAsOneEngagement: team.countsAsOneEngagement,
  members: team.members.map((member) => ({ position: member.position, invitation: toMatchResponse(member.invitation) })),
  createdAt: team.createdAt.toISOString(),
})
