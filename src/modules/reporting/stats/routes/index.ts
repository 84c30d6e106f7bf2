import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './stats.handlers.js'
import * as routes from './stats.routes.js'

// The literal `me` before `{id}`, so it is never read as an id.
export const statsRouter = createRouter()
  .openapi(routes.getOwnParkStats, handlers.getOwnParkStats)
  .openapi(routes.getParkStats, handlers.getParkStats)
  .openapi(routes.getAssociationStats, handlers.getAssociationStats)
