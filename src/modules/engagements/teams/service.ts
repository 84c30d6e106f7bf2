import type { Config } from '../../../platform/config.js'
import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import type { Sql } from '../../../platform/db/client.js'
import { DomainError } from '../../../core/errors.js'
import { canWriteNeed, notFound } from '../../../core/access.js'
import type { Principal } from '../../../core/principal.js'
import type { Queryable } from '../../../platform/db/client.js'
import { type Concealed, byNeedId, concealEnterprises, getNeed } from '../../needs/index.js'
import { insertInvitation } from '../matches/service.js'
import type { InvitedTeam, NewTeamInvitation, ReadTeam } from './model.js'
import { findTeam, insertTeam, insertTeamMember, teamInvitations } from './queries.js'

/**
 * Invites a team: one invitation per member, each through `insertInvitation`, the path and rules
 * of a single invitation (need takes partners, candidate eligible, no live proposal or
 * invitation), all in one transaction: one member refused, none is invited. The refusal is the
 * single invitation's own, naming the member (`member`, and its field paths under `members.N`).
 */
export async function inviteTeam(sql: Sql, config: Pick<Config, 'MATCH_EXPIRY_HOURS'>, actor: Actor, needId: string, input: NewTeamInvitation): Promise<InvitedTeam> {
  const need = await getNeed(sql, actor.principal, needId)
  if (!canWriteNeed(actor.principal, need)) throw new DomainError('forbidden', 'Only the need\'s enterprise, its park staff and admins send invitations')
  return sql.begin(async (tx) => {
    const team = await insertTeam(tx, { needId: need.id, parkId: need.parkId, countsAsOne: input.countsAsOneEngagement, createdByKeyId: actor.principal.keyId })
    const members: InvitedTeam['members'] = []
    for (const [index, member] of input.members.entries()) {
      const position = index + 1
      const invitation = await insertInvitation(
        tx,
        actor,
        need.id,
        { ...member, message: input.message, expiresInHours: input.expiresInHours, autoNext: false },
        config.MATCH_EXPIRY_HOURS,
        { teamId: team.id },
      ).catch((error: unknown) => {
        throw error instanceof DomainError ? namingMember(error, index, member) : error
      })
      await insertTeamMember(tx, { teamId: team.id, position, kind: member.candidateKind, id: member.candidateId, matchId: invitation.id })
      members.push({ position, invitation })
    }
    const invited: InvitedTeam = { ...team, members }
    const after = { ...team, members: members.map((member) => ({ position: member.position, matchId: member.invitation.id, candidateKind: member.invitation.candidateKind, candidateId: member.invitation.candidateId })) }
    await recordAudit(tx, actor, { action: 'need.invite_team', entityType: 'need', entityId: need.id, parkId: need.parkId, before: null, after })
    return invited
  })
}

/** A single invitation's refusal, said of one member: its detail prefixed, its fields under `members.N`, the member named. */
function namingMember(error: DomainError, index: number, member: NewTeamInvitation['members'][number]): DomainError {
  const errors = error.extra.errors?.map((fieldError) => ({ ...fieldError, path: fieldError.path.replace(/^body\./, `body.members.${index}.`) }))
  const detail = `团队成员 ${index + 1}（${member.candidateKind} ${member.candidateId}）未能邀请，整个团队均未邀请 (member ${index + 1} refused; no member was invited): ${error.detail ?? error.message}`
  return new DomainError(error.code, detail, { ...error.extra, ...(errors ? { errors } : {}), member: { position: index + 1, ...member } })
}

/**
 * A team as this key may read it. The need's side (its enterprise, park staff, admins) reads
 * every member's invitation. A member (the expert answering one of its invitations) reads who its
 * teammates are and where each stands, without what passed between a teammate and the enterprise
 * (a decline's reason). Anyone else: not found. A confidential need's enterprise is concealed as
 * on each invitation.
 */
export async function readTeam(sql: Queryable, principal: Principal, id: string): Promise<ReadTeam> {
  const team = await findTeam(sql, id)
  if (!team) throw notFound('team', id)
  const invitations = await teamInvitations(sql, id)
  const needSide = canWriteNeed(principal, team)
  const member = principal.role === 'expert' && invitations.some((invitation) => invitation.responderExpertId === principal.expertId)
  if (!needSide && !member) throw notFound('team', id)
  const concealed: Concealed<(typeof invitations)[number]>[] = await concealEnterprises(sql, principal, invitations, byNeedId)
  const members = concealed.map(({ position, ...invitation }) => ({
    position,
    invitation: needSide || (principal.role === 'expert' && invitation.responderExpertId === principal.expertId) ? invitation : { ...invitation, declineReason: null },
  }))
  return { ...team, members }
}
