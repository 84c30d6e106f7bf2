import { createRouter } from '../../../platform/http/create-router.js'
import * as handlers from './imports.handlers.js'
import * as routes from './imports.routes.js'

export const importsRouter = createRouter()
  .openapi(routes.importEnterprises, handlers.importEnterprises)
  .openapi(routes.importExperts, handlers.importExperts)
  .openapi(routes.importNeeds, handlers.importNeeds)
