import { canProposeFor, canWriteNeed } from '../../../core/access.js'
import { assertCandidateEligible, assertNeedTakesPartners, assertNeedTakesProposals, conflictOfInterest } from '../../../core/engagement-rules.js'
import { DomainError, invalidField } from '../../../core/errors.js'
import type { Principal } from '../../../core/principal.js'
import type { CandidateKind, ProposalStatus } from '../../../core/vocabulary.js'
import { type Actor, recordAudit } from '../../../platform/db/audit.js'
import type { Queryable, Sql } from '../../../platform/db/client.js'
import { type CandidateExplanation, type MatchingDeps, explainCandidates, loadCandidateProfiles, loadNeedContext } from '../../matching/index.js'
import { getNeed } from '../../needs/index.js'
import { countAcceptedMatches, lockNeedForMatching, responderOf } from '../matches/queries.js'
import { assertMayEngage, followEngagement, insertAcceptedMatch } from '../matches/service.js'
import { hidingConflicts } from '../conflicts.js'
import { illegalChange, writtenOr } from '../party-rows.js'
import type { AssessedProposal, NewProposal, ProposalListQuery, ProposalPatch, ProposalRow } from './model.js'
import { notifyProposal } from './notify.js'
import * as proposalsDb from './queries.js'

const { proposalRows } = proposalsDb
const undecided: readonly ProposalStatus[] = ['submitted', 'shortlisted']
const illegal = (current: string, wanted: string) => illegalChange('A proposal', current, wanted)

/**
 * An expert, or a society or workstation through the expert who answers for it, proposes to a
 * need open for proposals: once per need, while the need takes proposals and partners, by a
 * candidate the rules let engage, with a team of its own experts none of whom is conflicted.
 */
export async function submitProposal(sql: Sql, actor: Actor, needId: string, input: NewProposal): Promise<ProposalRow> {
  const { principal } = actor
  if (principal.role !== 'expert' && principal.role !== 'admin') throw new DomainError('forbidden', 'Proposals come from experts, societies and workstations (through their expert)')
  const kind: CandidateKind = input.candidateKind ?? 'expert'
  const candidateId = input.candidateId ?? (principal.role === 'expert' && kind === 'expert' ? principal.expertId : undefined)
  if (!candidateId) throw invalidField('candidateId', 'required unless an expert proposes for itself')
  // A need this key may not read is not found, whatever its proposals.
  await getNeed(sql, principal, needId)
  return hidingConflicts(sql, principal, async () => needId, () => sql.begin(async (tx) => {
    const need = (await proposalsDb.lockNeedForProposals(tx, needId))!
    assertNeedTakesProposals(need, new Date())
    assertNeedTakesPartners(need, await countAcceptedMatches(tx, needId))
    const proposer = await responderOf(tx, kind, candidateId)
    if (!proposer) throw invalidField('candidateId', kind === 'expert' ? 'no such expert' : `no such ${kind}, or it has no expert to answer`)
    if (!canProposeFor(principal, proposer)) throw new DomainError('forbidden', 'Only the expert who answers for this candidate proposes for it')
    await assertProposalTerms(tx, needId, { kind, id: candidateId }, { ...input, teamExpertIds: input.teamExpertIds ?? [] }, 'proposed')
    if (await proposalsDb.hasLiveInvitation(tx, needId, kind, candidateId)) {
      throw new DomainError('conflict', 'This candidate already holds an invitation to this need: answer the invitation instead', { currentState: 'invited' })
    }
    const proposal = await proposalsDb
      .insertProposal(tx, {
        needId,
        parkId: need.parkId,
        candidateKind: kind,
        candidateId,
        proposerExpertId: proposer,
        approach: input.approach,
        teamExpertIds: input.teamExpertIds ?? [],
        durationDays: input.durationDays,
        priceMinFen: input.priceMinFen,
        priceMaxFen: input.priceMaxFen,
        attachments: input.attachments ?? [],
        submittedByKeyId: principal.keyId,
      })
      .catch((error: { code?: string }) => {
        if (error.code === '23505') throw new DomainError('conflict', 'This candidate has already proposed for this need; edit that proposal instead', { currentState: 'proposed' })
        throw error
      })
    await recordAudit(tx, actor, { action: 'proposal.submit', entityType: 'proposal', entityId: proposal.id, parkId: proposal.parkId, before: null, after: proposal })
    await notifyProposal(tx, actor, 'proposal.submitted', proposal)
    return proposal
  }))
}

/**
 * What a proposal's terms must hold, on submit and on every edit: the candidate is eligible for
 * the need (no conflict, available, not at capacity), its price range is ordered, and its team
 * is of its own experts, none conflicted with the need's enterprise.
 */
async function assertProposalTerms(
  tx: Queryable,
  needId: string,
  candidate: { kind: CandidateKind; id: string },
  terms: { teamExpertIds: readonly string[]; priceMinFen: number; priceMaxFen: number },
  action: 'proposed' | 'engaged',
): Promise<void> {
  if (terms.priceMinFen > terms.priceMaxFen) throw invalidField('priceMaxFen', 'must not be below priceMinFen')
  const context = (await loadNeedContext(tx, needId))!
  const [profile] = await loadCandidateProfiles(tx, [candidate])
  assertCandidateEligible(profile!, context, action)
  const team = [...new Set(terms.teamExpertIds)]
  const own = await proposalsDb.ownExperts(tx, candidate.kind, candidate.id, team)
  const stranger = team.find((id) => !own.has(id))
  if (stranger) throw invalidField('teamExpertIds', `${stranger} is not one of the proposer's own experts`)
  for (const member of await loadCandidateProfiles(tx, team.map((id) => ({ kind: 'expert' as const, id })))) {
    const conflict = conflictOfInterest(member, context)
    if (conflict) throw new DomainError('conflict', `A team member cannot work on this need: ${conflict.detail}`, { rule: conflict.rule })
  }
}

export async function getProposal(deps: MatchingDeps, principal: Principal, id: string): Promise<AssessedProposal> {
  const [proposal] = await withAssessments(deps, principal, [await proposalRows.visible(deps.sql, principal, id)])
  return proposal!
}

export async function listProposals(deps: MatchingDeps, principal: Principal, query: ProposalListQuery) {
  const page = await proposalsDb.listProposals(deps.sql, principal, query)
  return { ...page, items: await withAssessments(deps, principal, page.items) }
}

/**
 * The need's side reads each proposal beside the ranking's view of its proposer (score,
 * confidence, reasons, any rule that would refuse it), computed as the candidate list computes
 * them; the proposer reads its own without (it is not shown candidate lists).
 */
async function withAssessments(deps: MatchingDeps, principal: Principal, rows: ProposalRow[]): Promise<AssessedProposal[]> {
  if (principal.role === 'expert' || rows.length === 0) return rows
  const explanations = new Map<string, CandidateExplanation>()
  for (const needId of new Set(rows.map((row) => row.needId))) {
    const ofNeed = rows.filter((row) => row.needId === needId)
    const explained = await explainCandidates(deps, needId, ofNeed.map((row) => ({ kind: row.candidateKind, id: row.candidateId })))
    for (const row of ofNeed) {
      const explanation = explained.get(`${row.candidateKind}:${row.candidateId}`)
      if (explanation) explanations.set(row.id, explanation)
    }
  }
  return rows.map((row) => ({ ...row, assessment: explanations.get(row.id) ?? null }))
}

/** The proposer edits its terms until the need's closing time and before a decision; If-Match guards lost updates. */
export function updateProposal(sql: Sql, actor: Actor, id: string, checkVersion: (row: ProposalRow) => number, patch: ProposalPatch): Promise<ProposalRow> {
  const needIdOf = async () => (await proposalRows.visible(sql, actor.principal, id)).needId
  return hidingConflicts(sql, actor.principal, needIdOf, () => proposalRows.change(sql, actor, id, 'update', async (tx, current) => {
    if (!canProposeFor(actor.principal, current.proposerExpertId)) throw new DomainError('forbidden', 'Only the proposer edits its proposal')
    const version = checkVersion(current)
    if (!undecided.includes(current.status)) throw illegal(current.status, 'edited')
    assertNeedTakesProposals(await proposalsDb.proposalWindow(tx, current.needId), new Date())
    const terms = {
      teamExpertIds: patch.teamExpertIds ?? current.teamExpertIds,
      priceMinFen: patch.priceMinFen ?? current.priceMinFen,
      priceMaxFen: patch.priceMaxFen ?? current.priceMaxFen,
    }
    await assertProposalTerms(tx, current.needId, { kind: current.candidateKind, id: current.candidateId }, terms, 'proposed')
    const updated = writtenOr(await proposalsDb.updateProposal(tx, id, version, patch), () => new DomainError('precondition_failed', 'The proposal changed meanwhile; GET it again'))
    await notifyProposal(tx, actor, 'proposal.updated', updated)
    return updated
  }))
}

/** The proposer takes its proposal back before a decision; it may propose again later. */
export function withdrawProposal(sql: Sql, actor: Actor, id: string): Promise<ProposalRow> {
  return proposalRows.change(sql, actor, id, 'withdraw', async (tx, current) => {
    if (!canProposeFor(actor.principal, current.proposerExpertId)) throw new DomainError('forbidden', 'Only the proposer withdraws its proposal')
    const withdrawn = writtenOr(await proposalsDb.transitionProposal(tx, id, undecided, 'withdrawn'), () => illegal(current.status, 'withdrawn'))
    await notifyProposal(tx, actor, 'proposal.withdrawn', withdrawn)
    return withdrawn
  })
}

/** The need's side (its enterprise, park staff, admins) shortlists a submitted proposal. */
export function shortlistProposal(sql: Sql, actor: Actor, id: string): Promise<ProposalRow> {
  return proposalRows.change(sql, actor, id, 'shortlist', async (tx, current) => {
    assertNeedSide(actor.principal, current)
    const shortlisted = writtenOr(await proposalsDb.transitionProposal(tx, id, ['submitted'], 'shortlisted'), () => illegal(current.status, 'shortlisted'))
    await notifyProposal(tx, actor, 'proposal.shortlisted', shortlisted)
    return shortlisted
  })
}

/** The need's side declines an undecided proposal, saying why; the proposer is told. */
export function declineProposal(sql: Sql, actor: Actor, id: string, reason: string): Promise<ProposalRow> {
  return proposalRows.change(sql, actor, id, 'decline', async (tx, current) => {
    assertNeedSide(actor.principal, current)
    const declined = writtenOr(await proposalsDb.transitionProposal(tx, id, undecided, 'declined', { declineReason: reason }), () => illegal(current.status, 'declined'))
    await notifyProposal(tx, actor, 'proposal.declined', declined)
    return declined
  })
}

/**
 * The need's side accepts a proposal: it becomes an accepted match under the rules every
 * engagement starts under (`assertMayEngage`: a partner slot, the proposer's capacity, no
 * conflict), with the locks in the order an invitation's accept takes them (need, proposal,
 * expert). Consultations and contracts then follow the match.
 */
export async function acceptProposal(sql: Sql, actor: Actor, id: string): Promise<ProposalRow> {
  return sql.begin(async (tx) => {
    const seen = await proposalRows.visible(tx, actor.principal, id)
    const need = (await lockNeedForMatching(tx, seen.needId))!
    const current = await proposalRows.visible(tx, actor.principal, id, { forUpdate: true })
    assertNeedSide(actor.principal, current)
    if (!undecided.includes(current.status)) throw illegal(current.status, 'accepted')
    if (await proposalsDb.hasLiveInvitation(tx, current.needId, current.candidateKind, current.candidateId)) {
      throw new DomainError('conflict', 'This candidate also holds an invitation to this need: withdraw the invitation or let it be answered', { currentState: 'invited' })
    }
    const engagement = { needId: current.needId, candidateKind: current.candidateKind, candidateId: current.candidateId, responderExpertId: current.proposerExpertId }
    await assertMayEngage(tx, need, engagement)
    await assertProposalTerms(tx, current.needId, { kind: current.candidateKind, id: current.candidateId }, current, 'engaged')
    const match = await insertAcceptedMatch(tx, actor, { ...engagement, parkId: current.parkId, proposedByKeyId: actor.principal.keyId, proposalId: id })
    const accepted = writtenOr(await proposalsDb.transitionProposal(tx, id, undecided, 'accepted', { matchId: match.id }), () => illegal(current.status, 'accepted'))
    await recordAudit(tx, actor, { action: 'proposal.accept', entityType: 'proposal', entityId: id, parkId: accepted.parkId, before: current, after: accepted })
    await notifyProposal(tx, actor, 'proposal.accepted', accepted)
    await followEngagement(tx, actor, current.needId, need.partnerSlots)
    return accepted
  })
}

function assertNeedSide(principal: Principal, proposal: ProposalRow): void {
  if (!canWriteNeed(principal, proposal)) throw new DomainError('forbidden', 'Only the need\'s enterprise, its park staff and admins decide on proposals')
}
