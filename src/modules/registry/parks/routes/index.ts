import { createRouter } from '../../../../platform/http/create-router.js'
import * as createPark from './create-park.js'
import * as getPark from './get-park.js'
import * as listParks from './list-parks.js'
import * as updatePark from './update-park.js'

export const parksRouter = createRouter()
  .openapi(listParks.route, listParks.handler)
  .openapi(createPark.route, createPark.handler)
  .openapi(getPark.route, getPark.handler)
  .openapi(updatePark.route, updatePark.handler)
