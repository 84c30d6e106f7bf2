import { createRouter } from '../../../../platform/http/create-router.js'
import * as listAuditEvents from './list-audit-events.js'

export const auditRouter = createRouter().openapi(listAuditEvents.route, listAuditEvents.handler)
