import { DomainError, invalidField } from './errors.js'
import { sameOrganisation } from './organisations.js'
import { type ExpertAvailability, needStatusesTakingPartners, needVisibilitiesForAllExperts } from './vocabulary.js'

/**
 * The rules an engagement must satisfy, one function per invariant. Every path that can create or
 * advance an engagement calls them, none has its own copy:
 *
 * | path | rules |
 * |---|---|
 * | invitation (`POST /v1/needs/{id}/matches`) | who may act, need takes partners, candidate eligible |
 * | auto-next invitation (after a decline or expiry) | need takes partners, candidate eligible |
 * | accept (`POST /v1/matches/{id}/accept`) | who may act, need takes partners, candidate eligible, capacity (counted after the expert lock) |
 * | consultation (`POST /v1/matches/{id}/consultations`) | who may act, engagement allows a consultation |
 * | contract (`POST /v1/contracts`) | who may act, engagement allows a contract, no conflict of interest |
 * | open for proposals (`PATCH /v1/needs/{id}` with `proposalsCloseAt`) | who may act, proposals may open |
 * | proposal (`POST /v1/needs/{id}/proposals`, and its edits) | who may act, need takes proposals, need takes partners, candidate eligible, team eligible, not already invited |
 * | proposal accepted (`POST /v1/proposals/{id}/accept`) | who may act, need takes partners, candidate eligible, capacity (counted after the expert lock): the accept of an invitation |
 * | import and admin keys | the same functions: an import row is an API create, an admin key an actor like any other |
 */

/** Who a candidate works for and who answers for it: what the conflict-of-interest rule reads. */
export interface CandidateAffiliation {
  organisation: string
  /** Experts employed by an enterprise in the system; a workstation's host enterprise. */
  enterpriseId: string | null
  /** The employer and organisation of the expert who answers for the candidate (itself, a society's contact, a workstation's lead). */
  responderEnterpriseId: string | null
  responderOrganisation: string
}

/** What the rules read about a candidate: its affiliation, and how busy the expert who answers for it is. */
export interface CandidateStanding extends CandidateAffiliation {
  availability: ExpertAvailability
  capacity: number | null
  /** Engagements under way, counted against capacity. */
  openEngagements: number
}

/** The side of a need the conflict rule compares with. */
export interface NeedParty {
  enterpriseId: string
  enterpriseName: string
}

export type ExclusionRule = 'conflict_of_interest' | 'unavailable' | 'at_capacity'

export interface Exclusion {
  rule: ExclusionRule
  effect: 'excluded'
  factor: 1
  detail: string
}

/**
 * A conflict of interest: the candidate is the need's own enterprise (an expert it employs, a
 * station it hosts), by id or by organisation name, or the expert who would answer for the
 * candidate works there.
 */
export function conflictOfInterest(profile: CandidateAffiliation, need: NeedParty): Exclusion | null {
  const conflicted =
    profile.enterpriseId === need.enterpriseId ||
    profile.responderEnterpriseId === need.enterpriseId ||
    (profile.organisation !== '' && sameOrganisation(profile.organisation, need.enterpriseName)) ||
    (profile.responderOrganisation !== '' && sameOrganisation(profile.responderOrganisation, need.enterpriseName))
  return conflicted
    ? { rule: 'conflict_of_interest', effect: 'excluded', factor: 1, detail: '候选人所在单位即需求企业 (works for the enterprise that posted the need)' }
    : null
}

/**
 * Of these enterprises, the ids of those any of the affiliations has a conflict of interest with:
 * an expert's confidential needs are hidden from the expert and every candidate it answers for
 * (`needReadScope`), by the same rule that refuses to engage them.
 */
export function conflictedEnterpriseIds(affiliations: readonly CandidateAffiliation[], enterprises: readonly NeedParty[]): string[] {
  return enterprises.filter((enterprise) => affiliations.some((affiliation) => conflictOfInterest(affiliation, enterprise))).map((e) => e.enterpriseId)
}

/** Who may not be engaged for this need now: conflicted, unavailable, or at capacity. */
export function exclusionsOf(profile: CandidateStanding, need: NeedParty): Exclusion[] {
  const exclusions: Exclusion[] = []
  const conflict = conflictOfInterest(profile, need)
  if (conflict) exclusions.push(conflict)
  if (profile.availability === 'unavailable') {
    exclusions.push({ rule: 'unavailable', effect: 'excluded', factor: 1, detail: '暂不接受对接 (not taking engagements)' })
  }
  if (profile.capacity !== null && profile.openEngagements >= profile.capacity) {
    exclusions.push({ rule: 'at_capacity', effect: 'excluded', factor: 1, detail: `对接已满 ${profile.openEngagements}/${profile.capacity} (at capacity)` })
  }
  return exclusions
}

/** Invitation and accept: the candidate must not be excluded by any rule. */
export function assertCandidateEligible(profile: CandidateStanding, need: NeedParty, action: 'invited' | 'engaged' | 'proposed'): void {
  const [exclusion] = exclusionsOf(profile, need)
  if (exclusion) {
    throw new DomainError('conflict', `This candidate cannot be ${action}: ${exclusion.detail}`, { rule: exclusion.rule })
  }
}

/**
 * Invitation and accept: the need is open or in progress and has a partner slot left. An
 * invitation to a full need could never be accepted, and would only hand the need's text to one
 * more expert.
 */
export function assertNeedTakesPartners(need: { status: string; partnerSlots: number }, accepted: number): void {
  if (!needStatusesTakingPartners.includes(need.status)) {
    throw new DomainError('conflict', `A need in status ${need.status} takes no invitations or accepts; open it first`, { currentState: need.status })
  }
  if (accepted >= need.partnerSlots) {
    throw new DomainError('conflict', `The need has no partner slot left (${accepted}/${need.partnerSlots} accepted)`, { currentState: 'full' })
  }
}

/** Accept: the answering expert's open engagements, counted under its lock, are below its capacity. */
export function assertWithinCapacity(open: number, capacity: number): void {
  if (open >= capacity) throw new DomainError('conflict', `You are at capacity (${open}/${capacity} open engagements)`, { rule: 'at_capacity' })
}

/**
 * Consultations and contracts follow an accepted invitation of the same need. A closed need takes
 * no new consultation (its scheduled ones were called off when it closed); a contract may still be
 * recorded on an engagement that resolved or closed the need, as contracts are often signed last.
 */
export function assertEngagementAllows(
  what: 'consultation' | 'contract',
  match: { status: string; needId: string },
  need: { id: string; status: string },
): void {
  if (match.needId !== need.id) {
    throw invalidField('matchId', 'is an invitation of another need')
  }
  if (match.status !== 'accepted') {
    const noun = what === 'consultation' ? 'Consultations follow' : 'A contract follows'
    throw new DomainError('conflict', `${noun} an accepted invitation; this one is ${match.status}`, { currentState: match.status, wantedState: 'accepted' })
  }
  if (what === 'consultation' && need.status === 'closed') {
    throw new DomainError('conflict', 'The need is closed: it takes no new consultations', { currentState: 'closed' })
  }
}

/** How far ahead a need may be opened for proposals at a time. */
export const maxProposalWindowDays = 180

/**
 * Opening a need for proposals (揭榜) shows it to every expert, so it must be public (or
 * confidential: every expert reads the problem, not who posted it), and it must
 * take partners; the closing time lies ahead, within `maxProposalWindowDays`.
 */
export function assertProposalsMayOpen(need: { status: string; visibility: string }, closesAt: Date, now: Date): void {
  if (!(needVisibilitiesForAllExperts as readonly string[]).includes(need.visibility)) {
    throw new DomainError('conflict', `A need opened for proposals is shown to every expert; this one is ${need.visibility}: make it public (or confidential) first`, { currentState: need.visibility, wantedState: 'public' })
  }
  if (!needStatusesTakingPartners.includes(need.status)) {
    throw new DomainError('conflict', `A need in status ${need.status} takes no proposals; open it first`, { currentState: need.status })
  }
  if (closesAt.getTime() <= now.getTime()) throw invalidField('proposalsCloseAt', 'must lie in the future')
  if (closesAt.getTime() > now.getTime() + maxProposalWindowDays * 86_400_000) throw invalidField('proposalsCloseAt', `must lie within ${maxProposalWindowDays} days`)
}

/** Submitting or editing a proposal: the need is open for proposals and its closing time has not passed. */
export function assertNeedTakesProposals(need: { proposalsCloseAt: Date | null }, now: Date): void {
  if (need.proposalsCloseAt === null) throw new DomainError('conflict', 'This need is not open for proposals', { currentState: 'not_open_for_proposals' })
  if (need.proposalsCloseAt.getTime() <= now.getTime()) {
    throw new DomainError('conflict', `Proposals for this need closed at ${need.proposalsCloseAt.toISOString()}`, { currentState: 'proposals_closed' })
  }
}
