import { createRouter } from '../../../../platform/http/create-router.js'
import * as createEnterprise from './create-enterprise.js'
import * as getEnterprise from './get-enterprise.js'
import * as listEnterprises from './list-enterprises.js'
import * as updateEnterprise from './update-enterprise.js'

export const enterprisesRouter = createRouter()
  .openapi(listEnterprises.route, listEnterprises.handler)
  .openapi(createEnterprise.route, createEnterprise.handler)
  .openapi(getEnterprise.route, getEnterprise.handler)
  .openapi(updateEnterprise.route, updateEnterprise.handler)
