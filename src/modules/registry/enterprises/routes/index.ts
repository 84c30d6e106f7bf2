import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './enterprises.handlers.js'
import * as routes from './enterprises.routes.js'

export const enterprisesRouter = createRouter()
  .openapi(routes.listEnterprises, handlers.listEnterprises)
  .openapi(routes.createEnterprise, handlers.createEnterprise)
  .openapi(routes.getEnterprise, handlers.getEnterprise)
  .openapi(routes.updateEnterprise, handlers.updateEnterprise)
