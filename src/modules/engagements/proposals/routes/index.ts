import { operationsRouter } from '../../../../platform/http/operations.js'
import * as acceptProposal from './accept-proposal.js'
import * as declineProposal from './decline-proposal.js'
import * as getProposal from './get-proposal.js'
import * as listProposals from './list-proposals.js'
import * as shortlistProposal from './shortlist-proposal.js'
import * as submitProposal from './submit-proposal.js'
import * as updateProposal from './update-proposal.js'
import * as withdrawProposal from './withdraw-proposal.js'

export const proposalsRouter = operationsRouter(submitProposal, listProposals, getProposal, updateProposal, withdrawProposal, shortlistProposal, declineProposal, acceptProposal)
