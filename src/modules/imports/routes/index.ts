import { createRouter } from '../../../platform/http/create-router.js'
import * as importEnterprises from './import-enterprises.js'
import * as importExperts from './import-experts.js'
import * as importNeeds from './import-needs.js'

export { importPathPrefix } from './import-operation.js'

export const importsRouter = createRouter()
  .openapi(importEnterprises.route, importEnterprises.handler)
  .openapi(importExperts.route, importExperts.handler)
  .openapi(importNeeds.route, importNeeds.handler)
