import { createRouter } from '../../../../platform/http/create-router.js'
import * as createExpert from './create-expert.js'
import * as getExpert from './get-expert.js'
import * as listExperts from './list-experts.js'
import * as updateExpert from './update-expert.js'

export const expertsRouter = createRouter()
  .openapi(listExperts.route, listExperts.handler)
  .openapi(createExpert.route, createExpert.handler)
  .openapi(getExpert.route, getExpert.handler)
  .openapi(updateExpert.route, updateExpert.handler)
