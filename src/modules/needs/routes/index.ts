import { createRouter } from '../../../platform/http/create-router.js'
import * as handlers from './needs.handlers.js'
import * as routes from './needs.routes.js'

export const needsRouter = createRouter()
  .openapi(routes.listNeeds, handlers.listNeeds)
  .openapi(routes.createNeed, handlers.createNeed)
  .openapi(routes.getNeed, handlers.getNeed)
  .openapi(routes.updateNeed, handlers.updateNeed)
