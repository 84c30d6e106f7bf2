import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './index-status.handlers.js'
import * as routes from './index-status.routes.js'

export const indexStatusRouter = createRouter().openapi(routes.getIndexStatus, handlers.getIndexStatus)
