import { createRouter } from '../../../../platform/http/create-router.js'
import * as getAssociationStats from './get-association-stats.js'
import * as getOwnParkStats from './get-own-park-stats.js'
import * as getParkStats from './get-park-stats.js'

// The literal `me` before `{id}`, so it is never read as an id.
export const statsRouter = createRouter()
  .openapi(getOwnParkStats.route, getOwnParkStats.handler)
  .openapi(getParkStats.route, getParkStats.handler)
  .openapi(getAssociationStats.route, getAssociationStats.handler)
