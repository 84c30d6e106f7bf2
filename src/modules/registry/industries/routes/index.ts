import { createRouter } from '../../../../platform/http/create-router.js'
import * as createIndustry from './create-industry.js'
import * as listIndustries from './list-industries.js'

export const industriesRouter = createRouter()
  .openapi(listIndustries.route, listIndustries.handler)
  .openapi(createIndustry.route, createIndustry.handler)
