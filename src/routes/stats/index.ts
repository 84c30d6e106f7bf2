import { createRouter } from '../../lib/create-router.js'
import * as handlers from './stats.handlers.js'
import * as routes from './stats.routes.js'

export const statsRouter = createRouter()
  .openapi(routes.getParkStats, handlers.getParkStats)
  .openapi(routes.getAssociationStats, handlers.getAssociationStats)
