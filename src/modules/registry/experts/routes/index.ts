import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './experts.handlers.js'
import * as routes from './experts.routes.js'

export const expertsRouter = createRouter()
  .openapi(routes.listExperts, handlers.listExperts)
  .openapi(routes.createExpert, handlers.createExpert)
  .openapi(routes.getExpert, handlers.getExpert)
  .openapi(routes.updateExpert, handlers.updateExpert)
