import { operationsRouter } from '../../../../platform/http/operations.js'
import * as completeContract from './complete-contract.js'
import * as createContract from './create-contract.js'
import * as getContract from './get-contract.js'
import * as getContractHistory from './get-contract-history.js'
import * as listContracts from './list-contracts.js'
import * as rejectContract from './reject-contract.js'
import * as reviseContract from './revise-contract.js'
import * as signContract from './sign-contract.js'
import * as startContract from './start-contract.js'
import * as terminateContract from './terminate-contract.js'
import * as updateContract from './update-contract.js'
import * as verifyContract from './verify-contract.js'

export const contractsRouter = operationsRouter(
  createContract,
  listContracts,
  getContract,
  updateContract,
  signContract,
  startContract,
  completeContract,
  terminateContract,
  verifyContract,
  rejectContract,
  reviseContract,
  getContractHistory,
)
