import { operationsRouter } from '../../../../platform/http/operations.js'
import * as cancelConsultation from './cancel-consultation.js'
import * as completeConsultation from './complete-consultation.js'
import * as getConsultation from './get-consultation.js'
import * as listConsultations from './list-consultations.js'
import * as rateConsultation from './rate-consultation.js'
import * as scheduleConsultation from './schedule-consultation.js'
import * as updateConsultation from './update-consultation.js'

export const consultationsRouter = operationsRouter(
  scheduleConsultation,
  listConsultations,
  getConsultation,
  updateConsultation,
  completeConsultation,
  cancelConsultation,
  rateConsultation,
)
