import { createRouter } from '../../platform/http/create-router.js'
import * as handlers from './health.handlers.js'
import * as routes from './health.routes.js'

export const healthRouter = createRouter()
  .openapi(routes.liveness, handlers.getLiveness)
  .openapi(routes.readiness, handlers.getReadiness)
