/** The matching module as other modules see it: everything else in src/modules/matching/ is its own. */
export { candidateNameOf, loadCandidateProfiles, loadNeedContext } from './candidates/queries.js'
export { rankCandidates, type MatchingDeps } from './candidates/service.js'
export { explainCandidates, type CandidateExplanation } from './candidates/explain.js'
export { recommendNeeds } from './recommended-needs/service.js'
export { rankTeams } from './teams/service.js'
export { CandidateReasonsSchema, type CandidateReasons } from './candidates/model.js'
export { drainOutbox, type IndexingDeps } from './index/indexer.js'
