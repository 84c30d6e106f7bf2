import { createRouter } from '../../../../platform/http/create-router.js'
import * as createSociety from './create-society.js'
import * as getSociety from './get-society.js'
import * as listSocieties from './list-societies.js'
import * as updateSociety from './update-society.js'

export const societiesRouter = createRouter()
  .openapi(listSocieties.route, listSocieties.handler)
  .openapi(createSociety.route, createSociety.handler)
  .openapi(getSociety.route, getSociety.handler)
  .openapi(updateSociety.route, updateSociety.handler)
