import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './workstations.handlers.js'
import * as routes from './workstations.routes.js'

export const workstationsRouter = createRouter()
  .openapi(routes.listWorkstations, handlers.listWorkstations)
  .openapi(routes.createWorkstation, handlers.createWorkstation)
  .openapi(routes.getWorkstation, handlers.getWorkstation)
  .openapi(routes.updateWorkstation, handlers.updateWorkstation)
