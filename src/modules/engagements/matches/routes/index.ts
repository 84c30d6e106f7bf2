import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './matches.handlers.js'
import * as routes from './matches.routes.js'

export const matchesRouter = createRouter()
  .openapi(routes.proposeMatch, handlers.proposeMatch)
  .openapi(routes.listMatches, handlers.listMatches)
  .openapi(routes.getMatch, handlers.getMatch)
  .openapi(routes.acceptMatch, handlers.acceptMatch)
  .openapi(routes.declineMatch, handlers.declineMatch)
  .openapi(routes.withdrawMatch, handlers.withdrawMatch)
