import { DomainError } from './errors.js'
import type { Principal } from './principal.js'

/**
 * Every authorisation decision of the API, in one place. Read rules are expressed as scopes that
 * `src/db` turns into WHERE clauses (so lists and single reads agree); write rules are
 * predicates over the stored object. A foreign object is reported as not found, never as
 * forbidden, so a key cannot learn what exists outside its reach.
 */

// Needs ------------------------------------------------------------------------------------------

/**
 * - admin: every need
 * - park_staff: every need of their park's enterprises
 * - enterprise: its own needs (drafts too); others' only when published (not draft) and either
 *   `public`, or `park` within the same park. `private` and `confidential` needs are never shown
 *   to other enterprises (a neighbour in the park is the likeliest to recognise the problem).
 * - expert: published `public` and `confidential` needs, and any need while it holds an invitation
 *   to it that is unanswered or accepted, or a proposal that is submitted, shortlisted or accepted
 *   (declined, expired and withdrawn ones give no access: the enterprise let the need's text out
 *   for an engagement that did not happen). Of a confidential need an expert reads the problem,
 *   not who posted it: see `mayIdentifyNeedEnterprise`. A published confidential need is not
 *   shown at all to an expert with a conflict of interest with its enterprise (it works there, or
 *   a society or workstation it answers for does: `conflictedEnterpriseIds`): the refusal of its
 *   proposal would otherwise name the enterprise that asked not to be named.
 */
export type NeedReadScope =
  | { kind: 'all' }
  | { kind: 'park'; parkId: string }
  | { kind: 'enterprise'; enterpriseId: string; parkId: string }
  | { kind: 'expert'; expertId: string; concealedEnterpriseIds: readonly string[] }

/** `conflictedEnterpriseIds`: for an expert, the enterprises whose confidential needs it may not see. */
export function needReadScope(principal: Principal, conflictedEnterpriseIds: readonly string[]): NeedReadScope {
  if (principal.role === 'enterprise') return { kind: 'enterprise', enterpriseId: principal.enterpriseId, parkId: principal.parkId }
  if (principal.role === 'expert') return { kind: 'expert', expertId: principal.expertId, concealedEnterpriseIds: conflictedEnterpriseIds }
  return staffScope(principal)
}

export function canWriteNeed(principal: Principal, need: { enterpriseId: string; parkId: string }): boolean {
  switch (principal.role) {
    case 'admin':
      return true
    case 'park_staff':
      return need.parkId === principal.parkId
    case 'enterprise':
      return need.enterpriseId === principal.enterpriseId
    case 'expert':
      return false
  }
}

/**
 * Who posted a need (its enterprise's id and name, and through them USCC, contacts, address) may
 * be told to this key. Always, except of a `confidential` need (保密需求) to an expert: that expert
 * learns the enterprise only once the enterprise has accepted an engagement with it, i.e. an
 * accepted invitation or accepted proposal (which becomes an accepted invitation) of this need
 * answered by that expert (`acceptedExpertIds`). Other enterprises and other parks' staff never
 * read a confidential need at all (`needReadScope`); its enterprise, its park staff and admins
 * read everything. Every response, list filter and notification that carries a need's enterprise
 * goes through this rule.
 */
export function mayIdentifyNeedEnterprise(
  principal: Principal,
  need: { visibility: string; enterpriseId: string; parkId: string },
  acceptedExpertIds: readonly string[],
): boolean {
  if (need.visibility !== 'confidential') return true
  if (principal.role === 'expert') return acceptedExpertIds.includes(principal.expertId)
  // The need's own side (its enterprise, its park staff, admins): those who may change it.
  return canWriteNeed(principal, need)
}

// Matches ----------------------------------------------------------------------------------------

/**
 * Who reads a match, a consultation or a contract: the two parties (the need's enterprise; the
 * answering expert: a match's responder, a contract's counterpart expert), the need's park staff,
 * admins.
 */
export type PartyReadScope =
  | { kind: 'all' }
  | { kind: 'park'; parkId: string }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'expert'; expertId: string }

/** The need's read scope without the enterprise's park: a party reads only its own engagements. */
export function partyReadScope(principal: Principal): PartyReadScope {
  if (principal.role === 'enterprise') return { kind: 'enterprise', enterpriseId: principal.enterpriseId }
  if (principal.role === 'expert') return { kind: 'expert', expertId: principal.expertId }
  return staffScope(principal)
}

/** Only the answering expert accepts or declines; only the need's side proposes or withdraws. */
export function canAnswerMatch(principal: Principal, match: { responderExpertId: string }): boolean {
  return principal.role === 'expert' && principal.expertId === match.responderExpertId
}

/**
 * A proposal is submitted, edited and withdrawn by the expert who answers for its candidate (the
 * expert itself, a society's contact, a workstation's lead); admins may submit on its behalf.
 */
export function canProposeFor(principal: Principal, proposerExpertId: string): boolean {
  return (principal.role === 'expert' && principal.expertId === proposerExpertId) || principal.role === 'admin'
}

// Consultations and contracts -------------------------------------------------------------------

/** Which side of a consultation or contract a key acts for, if any. */
export type Party = 'enterprise' | 'expert'

export function partyOf(principal: Principal, object: { enterpriseId: string; expertId: string }): Party | null {
  if (principal.role === 'enterprise' && principal.enterpriseId === object.enterpriseId) return 'enterprise'
  if (principal.role === 'expert' && principal.expertId === object.expertId) return 'expert'
  return null
}

/**
 * Scheduling and cancelling a consultation, and moving a contract along: either party, or an
 * admin. Park staff oversee and review; they do not act for a party.
 */
export function canActForParty(principal: Principal, object: { enterpriseId: string; expertId: string }): boolean {
  return principal.role === 'admin' || partyOf(principal, object) !== null
}

/** Park review of contract outcomes: the need's park staff and admins. */
export function canReviewContract(principal: Principal, contract: { parkId: string }): boolean {
  return overseesPark(principal, contract.parkId)
}

// Statistics -------------------------------------------------------------------------------------

/** A park's figures: its park staff and admins. Parks are public, so anyone else gets 403. */
export function canReadParkStats(principal: Principal, parkId: string): boolean {
  return overseesPark(principal, parkId)
}

// Enterprises ------------------------------------------------------------------------------------

/** admin: all; park_staff: their park's; enterprise: itself; expert: none. */
export type EnterpriseReadScope =
  | { kind: 'all' }
  | { kind: 'park'; parkId: string }
  | { kind: 'self'; enterpriseId: string }
  | { kind: 'none' }

export function enterpriseReadScope(principal: Principal): EnterpriseReadScope {
  if (principal.role === 'enterprise') return { kind: 'self', enterpriseId: principal.enterpriseId }
  if (principal.role === 'expert') return { kind: 'none' }
  return staffScope(principal)
}

export function canCreateEnterpriseIn(principal: Principal, parkId: string): boolean {
  return overseesPark(principal, parkId)
}

/** The enterprise may edit its own profile but not move itself to another park. */
export function canWriteEnterprise(
  principal: Principal,
  enterprise: { id: string; parkId: string },
  change: { parkId?: string | undefined },
): boolean {
  const moves = change.parkId !== undefined && change.parkId !== enterprise.parkId
  switch (principal.role) {
    case 'admin':
      return true
    case 'park_staff':
      return enterprise.parkId === principal.parkId && !moves
    case 'enterprise':
      return enterprise.id === principal.enterpriseId && !moves
    case 'expert':
      return false
  }
}

// Experts ----------------------------------------------------------------------------------------

/** Expert profiles are professional, published profiles: every role reads them. */
export function canCreateExpert(principal: Principal): boolean {
  return principal.role === 'admin' || principal.role === 'park_staff'
}

export function canWriteExpert(principal: Principal, expert: { id: string }): boolean {
  return principal.role === 'admin' || (principal.role === 'expert' && principal.expertId === expert.id)
}

/**
 * An expert's credentials are what others rely on without checking: the 院士 flag and the 职称
 * (title) weigh in every enterprise's choice, and the employer and organisation decide conflicts
 * of interest. They are set by the association, never self-asserted: admins and park staff set
 * them when registering an expert, admins change them; an expert key changing its own gets 403.
 * Everything else in the profile (fields, keywords, bio, achievements, availability, capacity) is
 * the expert's own to keep.
 */
export const expertCredentialFields = ['isAcademician', 'title', 'organisation', 'enterpriseId'] as const

export function canChangeExpertCredentials(principal: Principal): boolean {
  return principal.role === 'admin' || principal.role === 'park_staff'
}

// Parks, industries, societies, workstations -----------------------------------------------------

/** Reference data every role reads; only the association's admins change it. */
export function canWriteReferenceData(principal: Principal): boolean {
  return principal.role === 'admin'
}

export function canWriteWorkstation(principal: Principal, workstation: { parkId: string }): boolean {
  return overseesPark(principal, workstation.parkId)
}

// Audit ------------------------------------------------------------------------------------------

export type AuditReadScope = { kind: 'all' } | { kind: 'park'; parkId: string }

/** admin: the whole trail; park_staff: their park's; others may not read it at all. */
export function auditReadScope(principal: Principal): AuditReadScope {
  if (principal.role === 'admin' || principal.role === 'park_staff') return staffScope(principal)
  throw new DomainError('forbidden', 'Only admins and park staff read the audit log')
}

// Helpers ----------------------------------------------------------------------------------------

/** What admins (everything) and park staff (their park) read, of needs, enterprises, engagements and the audit trail alike. */
function staffScope(principal: Extract<Principal, { role: 'admin' | 'park_staff' }>): AuditReadScope {
  return principal.role === 'admin' ? { kind: 'all' } : { kind: 'park', parkId: principal.parkId }
}

/** Admins, and the staff of this park. */
function overseesPark(principal: Principal, parkId: string): boolean {
  return principal.role === 'admin' || (principal.role === 'park_staff' && principal.parkId === parkId)
}

/** For routes a role may never use: the route exists, so 403 reveals nothing about objects. */
export function requireRole(principal: Principal, allowed: readonly Principal['role'][], action: string): void {
  if (!allowed.includes(principal.role)) {
    throw new DomainError('forbidden', `A ${principal.role} key may not ${action}`)
  }
}

export function notFound(entity: string, id: string): DomainError {
  return new DomainError('not_found', `No ${entity} ${id}`)
}
