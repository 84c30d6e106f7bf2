/** The engagements module as other modules see it: everything else in src/modules/engagements/ is its own. */
export { type ConsultationSchema } from './consultations/model.js'
export { contractKinds, type ContractHistorySchema, type ContractSchema, type OutcomesSchema } from './contracts/model.js'
export { type ContractKind } from './contracts/queries.js'
export { contractKindLabels } from './contracts/service.js'
export { type MatchSchema } from './matches/model.js'
export { proposeNextAfter } from './matches/service.js'
