import { createRouter } from '../../../platform/http/create-router.js'
import * as createNeed from './create-need.js'
import * as getNeed from './get-need.js'
import * as listNeeds from './list-needs.js'
import * as updateNeed from './update-need.js'

export const needsRouter = createRouter()
  .openapi(listNeeds.route, listNeeds.handler)
  .openapi(createNeed.route, createNeed.handler)
  .openapi(getNeed.route, getNeed.handler)
  .openapi(updateNeed.route, updateNeed.handler)
