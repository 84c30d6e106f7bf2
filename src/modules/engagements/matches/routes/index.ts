import { createRouter } from '../../../../platform/http/create-router.js'
import * as acceptMatch from './accept-match.js'
import * as declineMatch from './decline-match.js'
import * as getMatch from './get-match.js'
import * as listMatches from './list-matches.js'
import * as proposeMatch from './propose-match.js'
import * as withdrawMatch from './withdraw-match.js'

export const matchesRouter = createRouter()
  .openapi(proposeMatch.route, proposeMatch.handler)
  .openapi(listMatches.route, listMatches.handler)
  .openapi(getMatch.route, getMatch.handler)
  .openapi(acceptMatch.route, acceptMatch.handler)
  .openapi(declineMatch.route, declineMatch.handler)
  .openapi(withdrawMatch.route, withdrawMatch.handler)
