/**
 * The service's shared words, each spelled once: which kinds of candidate there are, the states
 * each engagement moves through, who a caller can be. Zod enums, SQL checks in `sql/` and types
 * all derive from these lists.
 */

/** Who answers a need: an expert, a learned society (学会) or an academician workstation (院士专家工作站). */
export const candidateKinds = ['expert', 'society', 'workstation'] as const
export type CandidateKind = (typeof candidateKinds)[number]

/** What the search index holds: every candidate kind, and needs. */
export const documentKinds = [...candidateKinds, 'need'] as const
export type DocumentKind = (typeof documentKinds)[number]

/** A need's life: drafted, open for partners, being worked on, solved, or closed without a solution. */
export const needStatuses = ['draft', 'open', 'in_progress', 'resolved', 'closed'] as const
export type NeedStatus = (typeof needStatuses)[number]

/** Needs in these states take invitations and accepts. */
export const needStatusesTakingPartners: readonly string[] = ['open', 'in_progress'] satisfies NeedStatus[]

/**
 * Who may read a need: everyone, its park, or its enterprise (and those it invites) only; or
 * `confidential` (保密需求): every expert reads the problem, but who posted it is withheld from an
 * expert until the enterprise accepts an engagement with that expert (`mayIdentifyNeedEnterprise`).
 */
export const needVisibilities = ['public', 'park', 'private', 'confidential'] as const
export type NeedVisibility = (typeof needVisibilities)[number]

/** Published needs of these visibilities are read by every expert (and so recommended and open to proposals). */
export const needVisibilitiesForAllExperts: readonly NeedVisibility[] = ['public', 'confidential']

/** A match is an invitation (邀请) of a candidate to a need. */
export const matchStatuses = ['proposed', 'accepted', 'declined', 'expired', 'withdrawn'] as const
export type MatchStatus = (typeof matchStatuses)[number]

export const consultationStatuses = ['scheduled', 'completed', 'cancelled'] as const
export type ConsultationStatus = (typeof consultationStatuses)[number]

export const contractStatuses = ['draft', 'signed', 'in_progress', 'completed', 'terminated'] as const
export type ContractStatus = (typeof contractStatuses)[number]

/** A park's review of a completed contract. */
export const reviewStatuses = ['pending', 'verified', 'rejected'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]

/** Whether an expert takes new engagements. */
export const expertAvailabilities = ['available', 'busy', 'unavailable'] as const
export type ExpertAvailability = (typeof expertAvailabilities)[number]

/** A proposal (揭榜方案) an expert, society or workstation submits to a need open for proposals. */
export const proposalStatuses = ['submitted', 'shortlisted', 'accepted', 'declined', 'withdrawn'] as const
export type ProposalStatus = (typeof proposalStatuses)[number]

/**
 * What the service tells subscribers of (webhooks), one name per event. `match.expiring` is sent
 * once, about 24 hours before an unanswered invitation lapses.
 */
export const notificationTypes = [
  'need.published',
  'need.status_changed',
  'need.proposals_opened',
  'match.proposed',
  'match.accepted',
  'match.declined',
  'match.withdrawn',
  'match.expired',
  'match.expiring',
  'proposal.submitted',
  'proposal.updated',
  'proposal.withdrawn',
  'proposal.shortlisted',
  'proposal.declined',
  'proposal.accepted',
  'consultation.scheduled',
  'consultation.completed',
  'consultation.cancelled',
  'contract.submitted_for_review',
  'contract.verified',
  'contract.rejected',
  /** A subscription of the same owner was disabled after failing for 24 h (webhooks' own event). */
  'webhook.disabled',
] as const
export type NotificationType = (typeof notificationTypes)[number]
