import { createRouter } from '../../lib/create-router.js'
import * as handlers from './parks.handlers.js'
import * as routes from './parks.routes.js'

export const parksRouter = createRouter()
  .openapi(routes.listParks, handlers.listParks)
  .openapi(routes.createPark, handlers.createPark)
  .openapi(routes.getPark, handlers.getPark)
  .openapi(routes.updatePark, handlers.updatePark)
