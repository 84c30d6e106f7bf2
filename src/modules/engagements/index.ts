/** The engagements module as other modules see it: everything else in src/modules/engagements/ is its own. */
export { type ConsultationSchema } from './consultations/model.js'
export { contractKinds, type ContractHistorySchema, type ContractSchema, type OutcomesSchema } from './contracts/model.js'
export { type ContractKind } from './contracts/queries.js'
export { contractKindLabels } from './contracts/service.js'
export { type MatchSchema } from './matches/model.js'
export { proposeNextAfter } from './matches/service.js'
/** One invitation inside the caller's transaction, under the rules of a single invitation (an event's publish makes one per meeting). */
export { insertInvitation as inviteInTransaction } from './matches/service.js'
export { inviteTeam } from './teams/service.js'
export { TeamSchema } from './teams/model.js'
