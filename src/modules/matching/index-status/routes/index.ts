import { createRouter } from '../../../../platform/http/create-router.js'
import * as getIndexStatus from './get-index-status.js'

export const indexStatusRouter = createRouter().openapi(getIndexStatus.route, getIndexStatus.handler)
