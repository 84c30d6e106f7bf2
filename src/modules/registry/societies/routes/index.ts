import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './societies.handlers.js'
import * as routes from './societies.routes.js'

export const societiesRouter = createRouter()
  .openapi(routes.listSocieties, handlers.listSocieties)
  .openapi(routes.createSociety, handlers.createSociety)
  .openapi(routes.getSociety, handlers.getSociety)
  .openapi(routes.updateSociety, handlers.updateSociety)
