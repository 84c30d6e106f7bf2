import { operationsRouter } from '../../../../platform/http/operations.js'
import * as acceptMatch from './accept-match.js'
import * as declineMatch from './decline-match.js'
import * as getMatch from './get-match.js'
import * as listMatches from './list-matches.js'
import * as proposeMatch from './propose-match.js'
import * as withdrawMatch from './withdraw-match.js'

export const matchesRouter = operationsRouter(proposeMatch, listMatches, getMatch, acceptMatch, declineMatch, withdrawMatch)
