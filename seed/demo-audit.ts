import type { AuditEntityType, DatedAuditEvent } from '../src/platform/db/audit.js'
import type { SeedConsultation, SeedContract, SeedMatch, SeedNeed } from '../src/modules/demo/seed-writer.js'
import type { Role } from '../src/core/principal.js'
import { type DemoData, Random } from './demo-data.js'

/**
 * The audit trail of the demo's history: the entries the API would have written had the history
 * been made through it — who did what, when, with the object before and after as the real write
 * paths store them (the rows the `src/db` functions return, so `changes` and the names work).
 *
 * The actor is the role that does it on the real path (the enterprise posts, invites and closes;
 * the answering expert accepts, declines and completes; park staff review; the system expires).
 * Only four keys exist, each acting for one park, enterprise or expert: an entry carries the demo
 * key when its role's key acts for that party, and otherwise the role without a key (as the
 * command-line import does), so no entry names an organisation that did not do it.
 */

export type DemoKeyIds = Record<Role, string>

interface Actor {
  role: Role | null
  keyId: string | null
}

/** Postgres's created_at with microseconds, as the rows' `cursorAt` reads. */
const cursorAt = (iso: string) => iso.replace(/Z$/, '000Z')

export interface DemoAuditTrail {
  events: DatedAuditEvent[]
  /** Each object's version after its last entry, which the stored row must carry (its ETag). */
  versions: Record<'need' | 'match' | 'consultation' | 'contract', Map<string, number>>
}

function byContract<T extends { contractId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) groups.set(row.contractId, [...(groups.get(row.contractId) ?? []), row])
  return groups
}

export function demoAuditTrail(data: DemoData, keyIds: DemoKeyIds): DemoAuditTrail {
  const { keyHolders, history } = data
  // Its own stream, so the rest of the demo is the same with or without the trail.
  const rng = new Random(0xa0d17)
  const enterpriseNames = new Map(data.enterprises.map((row) => [row.id, row.name]))
  const names = new Map<string, string>([
    ...data.experts.map((row) => [row.id, row.name] as const),
    ...data.societies.map((row) => [row.id, row.name] as const),
    ...data.workstations.map((row) => [row.id, row.name] as const),
  ])
  const needs = new Map(data.needs.map((row) => [row.id, row]))

  const enterprise = (id: string): Actor => ({ role: 'enterprise', keyId: id === keyHolders.enterpriseId ? keyIds.enterprise : null })
  const expert = (id: string): Actor => ({ role: 'expert', keyId: id === keyHolders.expertId ? keyIds.expert : null })
  const parkStaff = (id: string): Actor => ({ role: 'park_staff', keyId: id === keyHolders.parkId ? keyIds.park_staff : null })
  const system: Actor = { role: null, keyId: null }
  const party = (role: 'enterprise' | 'expert', enterpriseId: string, expertId: string) => (role === 'enterprise' ? enterprise(enterpriseId) : expert(expertId))

  const pending: { atMs: number; event: DatedAuditEvent }[] = []
  const versions: DemoAuditTrail['versions'] = { need: new Map(), match: new Map(), consultation: new Map(), contract: new Map() }

  /** One request's entries: they share its id and time, like the writes of one API call. */
  function request(at: string, actor: Actor, entries: { action: string; entityType: AuditEntityType; entityId: string; parkId: string; before: unknown; after: unknown }[]) {
    const requestId = actor.role === null ? null : rng.uuid()
    for (const entry of entries) {
      pending.push({ atMs: Date.parse(at), event: { ...entry, at, actorKeyId: actor.keyId, actorRole: actor.role, requestId } })
    }
  }

  // Needs: posted, started by the first accept, resolved or closed by their enterprise ------------

  const needRow = (need: SeedNeed, status: SeedNeed['status'], version: number, updatedAt: string) => ({
    id: need.id, enterpriseId: need.enterpriseId, parkId: need.parkId, title: need.title, industryCode: need.industryCode,
    background: need.background, problem: need.problem, goals: need.goals, kind: need.kind, keywords: need.keywords,
    budgetMinFen: need.budgetMinFen, budgetMaxFen: need.budgetMaxFen, trlWanted: need.trlWanted, deadline: need.deadline,
    visibility: need.visibility, status, proposalsCloseAt: null, version, createdAt: need.createdAt, updatedAt, cursorAt: cursorAt(need.createdAt),
  })
  const accepted = new Map(history.matches.filter((row) => row.status === 'accepted').map((row) => [row.needId, row]))
  const startedBy = new Map<string, { before: ReturnType<typeof needRow>; after: ReturnType<typeof needRow> }>()

  for (const need of data.needs) {
    let state = needRow(need, need.status === 'draft' ? 'draft' : 'open', 1, need.createdAt)
    request(need.createdAt, enterprise(need.enterpriseId), [{ action: 'need.create', entityType: 'need', entityId: need.id, parkId: need.parkId, before: null, after: state }])
    const match = accepted.get(need.id)
    if (match) {
      const started = needRow(need, 'in_progress', state.version + 1, match.respondedAt!)
      // Written by the accept's own request: see the match entries below.
      startedBy.set(need.id, { before: state, after: started })
      state = started
    }
    if (need.status === 'resolved' || need.status === 'closed') {
      const ended = needRow(need, need.status, state.version + 1, need.updatedAt)
      request(need.updatedAt, enterprise(need.enterpriseId), [{ action: 'need.update', entityType: 'need', entityId: need.id, parkId: need.parkId, before: state, after: ended }])
      state = ended
    }
    versions.need.set(need.id, state.version)
  }

  // Invitations ----------------------------------------------------------------------------------

  const matchRow = (match: SeedMatch, changes: Partial<SeedMatch> & { version: number }) => {
    const row = { ...match, ...changes }
    const need = needs.get(match.needId)!
    return {
      id: row.id, needId: row.needId, parkId: row.parkId, enterpriseId: need.enterpriseId, candidateKind: row.candidateKind,
      candidateId: row.candidateId, responderExpertId: row.responderExpertId, status: row.status, message: row.message,
      declineReason: row.declineReason, autoNext: row.autoNext, teamId: row.teamId, proposedByKeyId: row.proposedByKeyId, expiresAt: row.expiresAt,
      respondedAt: row.respondedAt, version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt,
      cursorAt: cursorAt(row.createdAt), needTitle: need.title, enterpriseName: enterpriseNames.get(need.enterpriseId)!,
      candidateName: names.get(row.candidateId)!,
    }
  }

  for (const match of history.matches) {
    const need = needs.get(match.needId)!
    const proposed = matchRow(match, { status: 'proposed', declineReason: null, respondedAt: null, updatedAt: match.createdAt, version: 1 })
    request(match.createdAt, enterprise(need.enterpriseId), [{ action: 'match.propose', entityType: 'match', entityId: match.id, parkId: match.parkId, before: null, after: proposed }])
    versions.match.set(match.id, 1)
    if (match.status === 'proposed') continue
    const ended = matchRow(match, { version: 2 })
    versions.match.set(match.id, 2)
    const entry = { entityType: 'match' as const, entityId: match.id, parkId: match.parkId, before: proposed, after: ended }
    if (match.status === 'accepted') {
      const start = startedBy.get(match.needId)!
      request(match.updatedAt, expert(match.responderExpertId), [
        { action: 'match.accept', ...entry },
        { action: 'need.start', entityType: 'need', entityId: need.id, parkId: need.parkId, before: start.before, after: start.after },
      ])
    } else if (match.status === 'declined') {
      request(match.updatedAt, expert(match.responderExpertId), [{ action: 'match.decline', ...entry }])
    } else if (match.status === 'withdrawn') {
      request(match.updatedAt, enterprise(need.enterpriseId), [{ action: 'match.withdraw', ...entry }])
    } else {
      // The expiry run's entry: its `before` is the expired row with the old status, as `expireDueInvitations` writes it.
      request(match.updatedAt, system, [{ action: 'match.expire', ...entry, before: { ...ended, status: 'proposed' } }])
    }
  }

  // Consultations ---------------------------------------------------------------------------------

  const consultationRow = (row: SeedConsultation, version: number, updatedAt: string) => {
    const need = needs.get(row.needId)!
    return {
      id: row.id, matchId: row.matchId, needId: row.needId, parkId: row.parkId, enterpriseId: row.enterpriseId, expertId: row.expertId,
      mode: row.mode, status: row.status, scheduledAt: row.scheduledAt, heldAt: row.heldAt, hours: row.hours, summary: row.summary,
      expertNotes: row.expertNotes, rating: row.rating, ratingComment: row.ratingComment, ratedAt: row.ratedAt,
      cancelReason: row.cancelReason, cancelledByRole: row.cancelledByRole, completedAt: row.completedAt, cancelledAt: row.cancelledAt,
      version, createdAt: row.createdAt, updatedAt, cursorAt: cursorAt(row.createdAt), needTitle: need.title,
      enterpriseName: enterpriseNames.get(row.enterpriseId)!, expertName: names.get(row.expertId)!,
    }
  }
  const blank = {
    heldAt: null, hours: null, summary: '', expertNotes: '', rating: null, ratingComment: '', ratedAt: null,
    cancelReason: null, cancelledByRole: null, completedAt: null, cancelledAt: null,
  }

  for (const row of history.consultations) {
    const entry = { entityType: 'consultation' as const, entityId: row.id, parkId: row.parkId }
    const scheduled = consultationRow({ ...row, ...blank, status: 'scheduled' }, 1, row.createdAt)
    const scheduler = party(rng.pick(['enterprise', 'expert'] as const), row.enterpriseId, row.expertId)
    request(row.createdAt, scheduler, [{ action: 'consultation.schedule', ...entry, before: null, after: scheduled }])
    let state = scheduled
    if (row.status === 'cancelled') {
      const cancelled = consultationRow(row, 2, row.cancelledAt!)
      request(row.cancelledAt!, party(row.cancelledByRole as 'enterprise' | 'expert', row.enterpriseId, row.expertId), [
        { action: 'consultation.cancel', ...entry, before: state, after: cancelled },
      ])
      state = cancelled
    } else if (row.status === 'completed') {
      const completed = consultationRow({ ...row, rating: null, ratingComment: '', ratedAt: null }, 2, row.completedAt!)
      request(row.completedAt!, expert(row.expertId), [{ action: 'consultation.complete', ...entry, before: state, after: completed }])
      state = completed
      if (row.rating !== null) {
        const rated = consultationRow(row, 3, row.ratedAt!)
        request(row.ratedAt!, enterprise(row.enterpriseId), [{ action: 'consultation.rate', ...entry, before: state, after: rated }])
        state = rated
      }
    }
    versions.consultation.set(row.id, state.version)
  }

  // Contracts: recorded, signed, started, completed or terminated by the parties; reviewed by park staff

  const contractRow = (row: SeedContract, version: number, reviewComment: string | null = null) => {
    const need = needs.get(row.needId)!
    return {
      id: row.id, needId: row.needId, matchId: row.matchId, parkId: row.parkId, enterpriseId: row.enterpriseId,
      counterpartKind: row.counterpartKind, counterpartId: row.counterpartId, expertId: row.counterpartExpertId,
      consultationIds: row.consultationIds, kind: row.kind, title: row.title, valueFen: row.valueFen, signedOn: row.signedOn,
      registrationNumber: row.registrationNumber, status: row.status, signedAt: row.signedAt, startedAt: row.startedAt,
      completedAt: row.completedAt, terminatedAt: row.terminatedAt, terminationReason: row.terminationReason,
      newProducts: row.newProducts, addedRevenueFen: row.addedRevenueFen, patentsFiled: row.patentsFiled,
      patentsGranted: row.patentsGranted, jobsCreated: row.jobsCreated, evidence: row.evidence, reviewStatus: row.reviewStatus,
      reviewedAt: row.reviewedAt, reviewComment, revision: row.revision, version, createdAt: row.createdAt, updatedAt: row.updatedAt,
      cursorAt: cursorAt(row.createdAt), needTitle: need.title, enterpriseName: enterpriseNames.get(row.enterpriseId)!,
      counterpartName: names.get(row.counterpartId)!,
    }
  }
  const revisionsOf = byContract(history.contractRevisions)
  const reviewsOf = byContract(history.contractReviews)

  for (const final of history.contracts) {
    const entry = { entityType: 'contract' as const, entityId: final.id, parkId: final.parkId }
    const byEnterprise = enterprise(final.enterpriseId)
    const byExpert = expert(final.counterpartExpertId)
    const revisions = revisionsOf.get(final.id) ?? []
    const reviews = reviewsOf.get(final.id) ?? []
    // The contract as first recorded, each step then changing what it changed.
    let fields: SeedContract = {
      ...final, signedOn: null, registrationNumber: null, status: 'draft', signedAt: null, startedAt: null, completedAt: null,
      terminatedAt: null, terminationReason: null, newProducts: null, addedRevenueFen: null, patentsFiled: null, patentsGranted: null,
      jobsCreated: null, evidence: [], reviewStatus: null, reviewedAt: null, revision: 0, updatedAt: final.createdAt,
    }
    let state = contractRow(fields, 1)
    request(final.createdAt, rng.pick([byEnterprise, byExpert]), [{ action: 'contract.create', ...entry, before: null, after: state }])
    // The park's comment on the revision under review, as contract reads show it: cleared by a new revision.
    let reviewComment: string | null = null
    const step = (action: string, actor: Actor, at: string, changes: Partial<SeedContract>, versionSteps: number) => {
      fields = { ...fields, ...changes, updatedAt: at }
      const next = contractRow(fields, state.version + versionSteps, reviewComment)
      request(at, actor, [{ action, ...entry, before: state, after: next }])
      state = next
    }
    if (final.signedAt) {
      // Signing with its date writes the terms, then the status: two versions.
      step('contract.sign', rng.pick([byEnterprise, byExpert]), final.signedAt, { status: 'signed', signedAt: final.signedAt, signedOn: final.signedOn, registrationNumber: final.registrationNumber }, 2)
    }
    if (final.startedAt) step('contract.start', rng.pick([byEnterprise, byExpert]), final.startedAt, { status: 'in_progress', startedAt: final.startedAt }, 1)
    if (final.terminatedAt) {
      step('contract.terminate', rng.pick([byEnterprise, byExpert]), final.terminatedAt, { status: 'terminated', terminatedAt: final.terminatedAt, terminationReason: final.terminationReason }, 1)
    }
    if (final.completedAt) {
      const [first, ...corrections] = revisions
      const reported = Object.fromEntries(Object.entries(first!.changes).map(([field, change]) => [field, change.to])) as Partial<SeedContract>
      // The status, then the outcomes: two versions.
      step('contract.complete', party(first!.createdByRole as 'enterprise' | 'expert', final.enterpriseId, final.counterpartExpertId), final.completedAt, {
        ...reported, status: 'completed', completedAt: final.completedAt, reviewStatus: 'pending', revision: 1,
      }, 2)
      const later = [
        ...corrections.map((revision) => ({ at: revision.createdAt, revision, review: undefined })),
        ...reviews.map((review) => ({ at: review.createdAt, revision: undefined, review })),
      ].sort((a, b) => a.at.localeCompare(b.at))
      for (const { at, revision, review } of later) {
        if (review) {
          reviewComment = review.comment
          step(`contract.${review.decision === 'verified' ? 'verify' : 'reject'}`, parkStaff(final.parkId), at, { reviewStatus: review.decision, reviewedAt: at }, 1)
        } else {
          reviewComment = null
          const changed = Object.fromEntries(Object.entries(revision!.changes).map(([field, change]) => [field, change.to])) as Partial<SeedContract>
          // The corrected fields, then the new revision under review: two versions.
          step('contract.revise', party(revision!.createdByRole as 'enterprise' | 'expert', final.enterpriseId, final.counterpartExpertId), at, {
            ...changed, reviewStatus: 'pending', reviewedAt: null, revision: revision!.number,
          }, 2)
        }
      }
    }
    versions.contract.set(final.id, state.version)
  }

  // In time order; one request's entries, and entries at one instant, keep the order they were made in.
  const events = pending.map((item, index) => ({ ...item, index }))
    .sort((a, b) => a.atMs - b.atMs || a.index - b.index)
    .map((item) => item.event)
  return { events, versions }
}
