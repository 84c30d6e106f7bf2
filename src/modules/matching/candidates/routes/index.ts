import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './candidates.handlers.js'
import * as routes from './candidates.routes.js'

export const candidatesRouter = createRouter().openapi(routes.listCandidates, handlers.listCandidates)
