import { needsRouter } from './needs/routes/index.js'
import { candidatesRouter } from './matching/candidates/routes/index.js'
import { teamsRouter } from './matching/teams/routes/index.js'
import { recommendedNeedsRouter } from './matching/recommended-needs/routes/index.js'
import { indexStatusRouter } from './matching/index-status/routes/index.js'
import { matchesRouter } from './engagements/matches/routes/index.js'
import { teamInvitationsRouter } from './engagements/teams/routes/index.js'
import { proposalsRouter } from './engagements/proposals/routes/index.js'
import { consultationsRouter } from './engagements/consultations/routes/index.js'
import { contractsRouter } from './engagements/contracts/routes/index.js'
import { statsRouter } from './reporting/stats/routes/index.js'
import { parksRouter } from './registry/parks/routes/index.js'
import { industriesRouter } from './registry/industries/routes/index.js'
import { enterprisesRouter } from './registry/enterprises/routes/index.js'
import { auditRouter } from './reporting/audit/routes/index.js'
import { meRouter } from './accounts/routes/index.js'
import { expertsRouter } from './registry/experts/routes/index.js'
import { societiesRouter } from './registry/societies/routes/index.js'
import { workstationsRouter } from './registry/workstations/routes/index.js'
import { importPathPrefix, importsRouter } from './imports/routes/index.js'
import { subscribeEngagements } from './engagements/subscriptions.js'
import { subscribeNeeds } from './needs/subscriptions.js'
import { subscribeWebhooks } from './webhooks/subscriptions.js'
import { webhooksRouter } from './webhooks/routes/index.js'
import { eventsRouter } from './events/routes/index.js'

/*
 * The features, assembled once. Importing this file wires how records follow each other across
 * modules (core/events.ts) in dependency order: an enterprise's needs move before their
 * engagements. Every entry point that changes data (the app, the command-line tools, the demo
 * seed) imports it; a service run without it fails loudly at its first cross-module event.
 */
subscribeNeeds()
subscribeEngagements()
subscribeWebhooks()

export { importPathPrefix }

/** Every feature's routes, in the order the API document lists them. */
export const featureRouters = [
  meRouter,
  industriesRouter,
  parksRouter,
  enterprisesRouter,
  needsRouter,
  candidatesRouter,
  teamsRouter,
  recommendedNeedsRouter,
  indexStatusRouter,
  matchesRouter,
  teamInvitationsRouter,
  proposalsRouter,
  consultationsRouter,
  contractsRouter,
  statsRouter,
  expertsRouter,
  societiesRouter,
  workstationsRouter,
  auditRouter,
  importsRouter,
  webhooksRouter,
  eventsRouter,
]
