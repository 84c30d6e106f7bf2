import { createRouter } from '../../../../platform/http/create-router.js'
import * as createWorkstation from './create-workstation.js'
import * as getWorkstation from './get-workstation.js'
import * as listWorkstations from './list-workstations.js'
import * as updateWorkstation from './update-workstation.js'

export const workstationsRouter = createRouter()
  .openapi(listWorkstations.route, listWorkstations.handler)
  .openapi(createWorkstation.route, createWorkstation.handler)
  .openapi(getWorkstation.route, getWorkstation.handler)
  .openapi(updateWorkstation.route, updateWorkstation.handler)
