import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './industries.handlers.js'
import * as routes from './industries.routes.js'

export const industriesRouter = createRouter()
  .openapi(routes.listIndustries, handlers.listIndustries)
  .openapi(routes.createIndustry, handlers.createIndustry)
