import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './contracts.handlers.js'
import * as routes from './contracts.routes.js'

export const contractsRouter = createRouter()
  .openapi(routes.createContract, handlers.createContract)
  .openapi(routes.listContracts, handlers.listContracts)
  .openapi(routes.getContract, handlers.getContract)
  .openapi(routes.updateContract, handlers.updateContract)
  .openapi(routes.signContract, handlers.signContract)
  .openapi(routes.startContract, handlers.startContract)
  .openapi(routes.completeContract, handlers.completeContract)
  .openapi(routes.terminateContract, handlers.terminateContract)
  .openapi(routes.verifyContract, handlers.verifyContract)
  .openapi(routes.rejectContract, handlers.rejectContract)
  .openapi(routes.reviseContract, handlers.reviseContract)
  .openapi(routes.getContractHistory, handlers.getContractHistory)
