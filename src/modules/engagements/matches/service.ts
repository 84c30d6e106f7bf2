import type { Config } from '../../../platform/config.js'
import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import { loadCandidateProfiles, loadNeedContext } from '../../matching/index.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import { countOpenEngagements, lockExpert } from '../queries.js'
import * as matchesDb from './queries.js'
import { DomainError, invalidField } from '../../../core/errors.js'
import { canAnswerMatch, canWriteNeed, notFound } from '../../../core/access.js'
import { type MatchingDeps, rankCandidates } from '../../matching/index.js'
import { assertCandidateEligible, assertNeedTakesPartners, assertWithinCapacity } from '../../../core/engagement-rules.js'
import { getNeed, startNeed } from '../../needs/index.js'
import { hidingConflicts } from '../conflicts.js'
import { endWaitingOnNeed } from '../followers.js'
import type { Principal } from '../../../core/principal.js'
import { type CandidateKind, candidateKinds, needStatusesTakingPartners } from '../../../core/vocabulary.js'
import { illegalChange, writtenOr } from '../party-rows.js'
import type { MatchInsert, MatchListQuery, MatchRow, NewMatch } from './model.js'
import { notifyMatch } from './notify.js'

type MatchConfig = Pick<Config, 'MATCH_EXPIRY_HOURS'>

const illegal = (current: string, wanted: string) => illegalChange('An invitation', current, wanted)

/** The need's enterprise, its park staff and admins invite a candidate to answer a need. */
export async function proposeMatch(sql: Sql, config: MatchConfig, actor: Actor, needId: string, input: NewMatch): Promise<MatchRow> {
  const need = await getNeed(sql, actor.principal, needId)
  if (!canWriteNeed(actor.principal, need)) throw new DomainError('forbidden', 'Only the need\'s enterprise, its park staff and admins send invitations')
  return sql.begin((tx) => insertInvitation(tx, actor, need.id, input, config.MATCH_EXPIRY_HOURS))
}

/** One invitation under the rules of every invitation; a team's invitations (teams/service.ts) each come through here, naming their team. */
export async function insertInvitation(tx: Queryable, actor: Actor | null, needId: string, input: NewMatch, defaultHours: number, options: { teamId?: string } = {}) {
  // The reads after the need's lock are sent with it (postgres.js pipelines statements issued
  // together; the session runs them in order, so each still reads after the lock is held) and
  // judged in this order, so a request gets the same refusal as when they were sent one by one.
  const candidate = { kind: input.candidateKind, id: input.candidateId }
  const [need, accepted, responder, context, [profile], liveProposal] = await Promise.all([
    matchesDb.lockNeedForMatching(tx, needId),
    matchesDb.countAcceptedMatches(tx, needId),
    matchesDb.responderOf(tx, input.candidateKind, input.candidateId),
    loadNeedContext(tx, needId),
    loadCandidateProfiles(tx, [candidate]),
    matchesDb.hasLiveProposal(tx, needId, input.candidateKind, input.candidateId),
  ])
  if (!need) throw notFound('need', needId)
  assertNeedTakesPartners(need, accepted)
  if (!responder) {
    throw invalidField('candidateId', input.candidateKind === 'expert' ? 'no such expert' : `no such ${input.candidateKind}, or it has no expert to answer`)
  }
  assertCandidateEligible(profile!, context!, 'invited')
  if (liveProposal) {
    throw new DomainError('conflict', 'This candidate has proposed for this need: decide on its proposal instead', { currentState: 'proposed' })
  }
  const match = await matchesDb
    .insertMatch(tx, {
      needId,
      parkId: context!.parkId,
      candidateKind: input.candidateKind,
      candidateId: input.candidateId,
      responderExpertId: responder,
      message: input.message ?? '',
      autoNext: input.autoNext ?? false,
      proposedByKeyId: actor?.principal.keyId ?? null,
      expiresInHours: input.expiresInHours ?? defaultHours,
    }, options)
    .catch((error: { code?: string }) => {
      if (error.code === '23505') throw new DomainError('conflict', 'This candidate already has a live invitation for this need')
      throw error
    })
  await Promise.all([
    recordAudit(tx, actor, { action: 'match.propose', entityType: 'match', entityId: match.id, parkId: match.parkId, before: null, after: match }),
    notifyMatch(tx, actor, 'match.proposed', match),
  ])
  return match
}

export const getMatch = (sql: Queryable, principal: Principal, id: string): Promise<MatchRow> => matchesDb.matchRows.visible(sql, principal, id)

export const listMatches = (sql: Queryable, principal: Principal, query: MatchListQuery) => matchesDb.listMatches(sql, principal, query)

/**
 * The answering expert accepts. Locks are taken in one order on every path (need, then invitation,
 * then expert), so of two accepts racing for a need's last slot, or for an expert's last unit of
 * capacity, exactly one wins and the other gets 409; the expert's engagements are counted only
 * after its row is locked, so the count sees every accept committed before.
 */
export async function acceptMatch(sql: Sql, actor: Actor, id: string): Promise<MatchRow> {
  const needIdOf = async () => (await matchesDb.matchRows.visible(sql, actor.principal, id)).needId
  return hidingConflicts(sql, actor.principal, needIdOf, () => sql.begin(async (tx) => {
    const seen = await matchesDb.matchRows.visible(tx, actor.principal, id)
    const need = (await matchesDb.lockNeedForMatching(tx, seen.needId))!
    const current = await matchesDb.matchRows.visible(tx, actor.principal, id, { forUpdate: true })
    if (!canAnswerMatch(actor.principal, current)) throw new DomainError('forbidden', 'Only the invited expert answers an invitation')
    if (current.status !== 'proposed') throw illegal(current.status, 'accepted')
    if (current.expiresAt.getTime() <= Date.now()) throw illegal('expired', 'accepted')
    await assertMayEngage(tx, need, { ...current, joining: current.id })
    const accepted = await matchesDb.transitionMatch(tx, id, 'proposed', 'accepted')
    if (!accepted) throw illegal(current.status, 'accepted')
    await Promise.all([
      recordAudit(tx, actor, { action: 'match.accept', entityType: 'match', entityId: id, parkId: accepted.parkId, before: current, after: accepted }),
      notifyMatch(tx, actor, 'match.accepted', accepted),
    ])
    await followEngagement(tx, actor, current.needId, need.partnerSlots)
    return accepted
  }))
}

/**
 * The rules an engagement passes as it starts, on every path that starts one (an invitation
 * accepted, a proposal accepted): the need's lock is taken by the caller first, the answering
 * expert's here, after it, so no two paths lock in another order; the expert's engagements are
 * counted only once its row is locked.
 */
export async function assertMayEngage(
  tx: Queryable,
  need: { status: string; partnerSlots: number },
  // joining: the invitation being accepted, whose team may already hold the slot it takes.
  engagement: { needId: string; candidateKind: CandidateKind; candidateId: string; responderExpertId: string; joining?: string },
): Promise<void> {
  // Sent together and run by the session in this order: the expert's engagements are counted
  // only after its row is locked, as the rule needs; judged in the same order as before.
  const [accepted, expert, engagements, [profile], context] = await Promise.all([
    matchesDb.countAcceptedMatches(tx, engagement.needId, { joining: engagement.joining }),
    lockExpert(tx, engagement.responderExpertId),
    engagement.candidateKind === 'expert' ? countOpenEngagements(tx, engagement.responderExpertId) : null,
    loadCandidateProfiles(tx, [{ kind: engagement.candidateKind, id: engagement.candidateId }]),
    loadNeedContext(tx, engagement.needId),
  ])
  assertNeedTakesPartners(need, accepted)
  if (engagements !== null) assertWithinCapacity(engagements, expert!.capacity)
  assertCandidateEligible(profile!, context!, 'engaged')
}

/** What follows an engagement's start: the need goes in progress, and once its last slot is taken, what still waits on it ends. */
export async function followEngagement(tx: Queryable, actor: Actor, needId: string, partnerSlots: number): Promise<void> {
  await startNeed(tx, actor, needId)
  if ((await matchesDb.countAcceptedMatches(tx, needId)) >= partnerSlots) {
    await endWaitingOnNeed(tx, actor, needId, '需求名额已满 (every partner slot of the need is taken)', { spareSlotHoldingTeams: true })
  }
}

/** A match made by accepting a proposal: accepted at once, under the rules of `assertMayEngage`, which the caller ran. */
export async function insertAcceptedMatch(tx: Queryable, actor: Actor, match: Omit<MatchInsert, 'message' | 'autoNext' | 'expiresInHours'> & { proposalId: string }): Promise<MatchRow> {
  const accepted = await matchesDb.insertMatch(tx, { ...match, message: '', autoNext: false, expiresInHours: 0 }, { acceptedFromProposal: match.proposalId })
  await recordAudit(tx, actor, { action: 'match.accept', entityType: 'match', entityId: accepted.id, parkId: accepted.parkId, before: null, after: accepted })
  await notifyMatch(tx, actor, 'match.accepted', accepted)
  return accepted
}

/** The answering expert declines with a reason; with auto-next the next candidate is invited. */
export async function declineMatch(deps: MatchingDeps, config: MatchConfig, actor: Actor, id: string, reason: string): Promise<MatchRow> {
  const declined = await matchesDb.matchRows.change(deps.sql, actor, id, 'decline', async (tx, current) => {
    if (!canAnswerMatch(actor.principal, current)) throw new DomainError('forbidden', 'Only the invited expert answers an invitation')
    const declined = writtenOr(await matchesDb.transitionMatch(tx, id, 'proposed', 'declined', reason), () => illegal(current.status, 'declined'))
    await notifyMatch(tx, actor, 'match.declined', declined)
    return declined
  })
  if (declined.autoNext) await proposeNext(deps, config, declined)
  return declined
}

/** The need's side takes an unanswered invitation back. */
export function withdrawMatch(sql: Sql, actor: Actor, id: string): Promise<MatchRow> {
  return matchesDb.matchRows.change(sql, actor, id, 'withdraw', async (tx, current) => {
    if (!canWriteNeed(actor.principal, { enterpriseId: current.enterpriseId, parkId: current.parkId })) {
      throw new DomainError('forbidden', 'Only the need\'s side withdraws an invitation')
    }
    const withdrawn = writtenOr(await matchesDb.transitionMatch(tx, id, 'proposed', 'withdrawn'), () => illegal(current.status, 'withdrawn'))
    await notifyMatch(tx, actor, 'match.withdrawn', withdrawn)
    return withdrawn
  })
}

/**
 * Invites the best-ranked candidate not yet invited to this need, on behalf of the system; the
 * audit entry names the match it follows.
 */
export async function proposeNext(deps: MatchingDeps, config: MatchConfig, after: MatchRow): Promise<MatchRow | null> {
  const need = await matchesDb.needPartnerState(deps.sql, after.needId)
  if (!need || !needStatusesTakingPartners.includes(need.status) || need.accepted >= need.partnerSlots) {
    deps.logger.info('auto-next: the need takes no further partner', { needId: after.needId, after: after.id })
    return null
  }
  const invited = await matchesDb.invitedCandidates(deps.sql, after.needId)
  const system: Principal = { role: 'admin', keyId: after.proposedByKeyId ?? '00000000-0000-0000-0000-000000000000' }
  const answer = await rankCandidates(deps, system, { needId: after.needId, kinds: [...candidateKinds], limit: 20 })
  const next = answer.candidates.find((candidate) => !invited.has(`${candidate.kind}:${candidate.id}`))
  if (!next) {
    deps.logger.info('auto-next: no further candidate', { needId: after.needId, after: after.id })
    return null
  }
  return deps.sql
    .begin((tx) =>
      insertInvitation(tx, null, after.needId, { candidateKind: next.kind, candidateId: next.id, message: after.message, autoNext: true }, config.MATCH_EXPIRY_HOURS),
    )
    .catch((error: unknown) => {
      deps.logger.warn('auto-next proposal failed', { needId: after.needId, error: String(error) })
      return null
    })
}

/** Auto-next for invitations that ended outside an answer of their own (an expert made unavailable), by id. */
export async function proposeNextAfter(deps: MatchingDeps, config: MatchConfig, endedMatchIds: readonly string[]): Promise<void> {
  for (const id of endedMatchIds) {
    const match = await matchesDb.matchRows.find(deps.sql, id, { kind: 'all' })
    if (match?.autoNext) await proposeNext(deps, config, match)
  }
}

/** Expires unanswered invitations past their deadline (cron and server timer) and follows auto-next. */
export async function expireDueInvitations(deps: MatchingDeps, config: MatchConfig): Promise<{ expired: number; proposedNext: number }> {
  const expired = await deps.sql.begin(async (tx) => {
    const due = await matchesDb.dueInvitations(tx, 100)
    const rows: MatchRow[] = []
    for (const { id } of due) {
      const row = await matchesDb.transitionMatch(tx, id, 'proposed', 'expired')
      if (!row) continue
      rows.push(row)
      await recordAudit(tx, null, { action: 'match.expire', entityType: 'match', entityId: id, parkId: row.parkId, before: { ...row, status: 'proposed' }, after: row })
      await notifyMatch(tx, null, 'match.expired', row)
    }
    return rows
  })
  let proposedNext = 0
  for (const row of expired.filter((match) => match.autoNext)) if (await proposeNext(deps, config, row)) proposedNext++
  return { expired: expired.length, proposedNext }
}

/** Tells each unanswered invitation's parties, once, that it lapses within a day (cron and server timer). */
export async function remindExpiringInvitations(sql: Sql, limit = 200): Promise<{ reminded: number }> {
  return sql.begin(async (tx) => {
    const due = await matchesDb.invitationsExpiringSoon(tx, 24, limit)
    for (const match of due) await notifyMatch(tx, null, 'match.expiring', match)
    return { reminded: due.length }
  })
}
