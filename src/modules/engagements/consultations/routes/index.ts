import { createRouter } from '../../../../platform/http/create-router.js'
import * as handlers from './consultations.handlers.js'
import * as routes from './consultations.routes.js'

export const consultationsRouter = createRouter()
  .openapi(routes.scheduleConsultation, handlers.scheduleConsultation)
  .openapi(routes.listConsultations, handlers.listConsultations)
  .openapi(routes.getConsultation, handlers.getConsultation)
  .openapi(routes.updateConsultation, handlers.updateConsultation)
  .openapi(routes.completeConsultation, handlers.completeConsultation)
  .openapi(routes.cancelConsultation, handlers.cancelConsultation)
  .openapi(routes.rateConsultation, handlers.rateConsultation)
