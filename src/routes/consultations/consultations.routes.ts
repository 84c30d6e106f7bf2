import { createRoute } from '@hono/zod-openapi'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from '../../lib/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, IfMatchHeaderSchema, etagHeader, jsonBody } from '../../lib/schemas.js'
import {
  ConsultationCancelSchema,
  ConsultationCompleteSchema,
  ConsultationCreateSchema,
  ConsultationListQuerySchema,
  ConsultationPageSchema,
  ConsultationPatchSchema,
  ConsultationRatingSchema,
  ConsultationSchema,
} from './consultations.schemas.js'

const tags = ['consultations']
const consultationResponse = (description: string) => ({
  description,
  headers: etagHeader,
  content: { 'application/json': { schema: ConsultationSchema } },
})
const transitionErrors = { ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse }

export const scheduleConsultation = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/consultations',
  operationId: 'scheduleConsultation',
  summary: 'Schedule a consultation on an accepted invitation',
  description: 'The need\'s enterprise, the answering expert or an admin. The invitation must be accepted (else 409 with `currentState`).',
  tags,
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(ConsultationCreateSchema, 'When and how') },
  responses: { 201: consultationResponse('Scheduled'), ...transitionErrors, ...idempotencyResponses },
})

export const listConsultations = createRoute({
  method: 'get',
  path: '/v1/consultations',
  operationId: 'listConsultations',
  summary: 'Consultations this key may see',
  description: 'The two parties see their own; park staff their park\'s; admins all.',
  tags,
  request: { query: ConsultationListQuerySchema },
  responses: {
    200: { description: 'A page of consultations', content: { 'application/json': { schema: ConsultationPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const getConsultation = createRoute({
  method: 'get',
  path: '/v1/consultations/{id}',
  operationId: 'getConsultation',
  summary: 'Read one consultation',
  tags,
  request: { params: IdParamSchema },
  responses: { 200: consultationResponse('The consultation'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})

export const updateConsultation = createRoute({
  method: 'patch',
  path: '/v1/consultations/{id}',
  operationId: 'updateConsultation',
  summary: 'Reschedule a scheduled consultation (either party)',
  description: 'Requires If-Match. Only while scheduled; otherwise 409.',
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ConsultationPatchSchema, 'Fields to change') },
  responses: { 200: consultationResponse('Rescheduled'), ...transitionErrors, ...preconditionResponses },
})

export const completeConsultation = createRoute({
  method: 'post',
  path: '/v1/consultations/{id}/complete',
  operationId: 'completeConsultation',
  summary: 'Record a held consultation (the consulting expert)',
  description: 'scheduled → completed with when, hours, summary and notes. Of two racing transitions one wins; the other gets 409.',
  tags,
  request: { params: IdParamSchema, body: jsonBody(ConsultationCompleteSchema, 'What was done') },
  responses: { 200: consultationResponse('Completed'), ...transitionErrors },
})

export const cancelConsultation = createRoute({
  method: 'post',
  path: '/v1/consultations/{id}/cancel',
  operationId: 'cancelConsultation',
  summary: 'Cancel a scheduled consultation (either party)',
  tags,
  request: { params: IdParamSchema, body: jsonBody(ConsultationCancelSchema, 'The reason') },
  responses: { 200: consultationResponse('Cancelled'), ...transitionErrors },
})

export const rateConsultation = createRoute({
  method: 'post',
  path: '/v1/consultations/{id}/rating',
  operationId: 'rateConsultation',
  summary: 'Rate a completed consultation (the need\'s enterprise, once)',
  tags,
  request: { params: IdParamSchema, body: jsonBody(ConsultationRatingSchema, 'The rating') },
  responses: { 200: consultationResponse('Rated'), ...transitionErrors },
})
