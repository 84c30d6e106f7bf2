import { createRouter } from '../../../../platform/http/create-router.js'
import * as cancelConsultation from './cancel-consultation.js'
import * as completeConsultation from './complete-consultation.js'
import * as getConsultation from './get-consultation.js'
import * as listConsultations from './list-consultations.js'
import * as rateConsultation from './rate-consultation.js'
import * as scheduleConsultation from './schedule-consultation.js'
import * as updateConsultation from './update-consultation.js'

export const consultationsRouter = createRouter()
  .openapi(scheduleConsultation.route, scheduleConsultation.handler)
  .openapi(listConsultations.route, listConsultations.handler)
  .openapi(getConsultation.route, getConsultation.handler)
  .openapi(updateConsultation.route, updateConsultation.handler)
  .openapi(completeConsultation.route, completeConsultation.handler)
  .openapi(cancelConsultation.route, cancelConsultation.handler)
  .openapi(rateConsultation.route, rateConsultation.handler)
