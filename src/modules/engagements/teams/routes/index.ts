import { operationsRouter } from '../../../../platform/http/operations.js'
import * as getTeam from './get-team.js'
import * as inviteTeam from './invite-team.js'

export const teamInvitationsRouter = operationsRouter(inviteTeam, getTeam)
