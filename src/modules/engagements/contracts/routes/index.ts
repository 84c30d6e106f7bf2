import { createRouter } from '../../../../platform/http/create-router.js'
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

export const contractsRouter = createRouter()
  .openapi(createContract.route, createContract.handler)
  .openapi(listContracts.route, listContracts.handler)
  .openapi(getContract.route, getContract.handler)
  .openapi(updateContract.route, updateContract.handler)
  .openapi(signContract.route, signContract.handler)
  .openapi(startContract.route, startContract.handler)
  .openapi(completeContract.route, completeContract.handler)
  .openapi(terminateContract.route, terminateContract.handler)
  .openapi(verifyContract.route, verifyContract.handler)
  .openapi(rejectContract.route, rejectContract.handler)
  .openapi(reviseContract.route, reviseContract.handler)
  .openapi(getContractHistory.route, getContractHistory.handler)
