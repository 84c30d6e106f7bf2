import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from '../../../../platform/http/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, IfMatchHeaderSchema, etagHeader, jsonBody } from '../../../../platform/http/operations.js'
import {
  ConsultationCancelSchema,
  ConsultationCompleteSchema,
  ConsultationCreateSchema,
  ConsultationListQuerySchema,
  ConsultationPageSchema,
  ConsultationPatchSchema,
  ConsultationRatingSchema,
  ConsultationSchema,
} from '../model.js'

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
  summary: '预约咨询 · Schedule a consultation on an accepted invitation',
  description:
    '需求所属企业、应邀专家或管理员：在已接受的邀请上预约一次咨询（时间与方式）；邀请未被接受返回 409。\n\n' +
    'The need\'s enterprise, the answering expert or an admin. The invitation must be accepted (else 409 with `currentState`).',
  tags: [tags.consultations],
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(ConsultationCreateSchema, '时间与方式 · When and how') },
  responses: { 201: consultationResponse('已预约 · Scheduled'), ...transitionErrors, ...idempotencyResponses },
})

export const listConsultations = createRoute({
  method: 'get',
  path: '/v1/consultations',
  operationId: 'listConsultations',
  summary: '咨询列表 · Consultations this key may see',
  description:
    '咨询双方看自己的咨询，园区工作人员看本园区的，管理员看全部。\n\n' +
    'The two parties see their own; park staff their park\'s; admins all.',
  tags: [tags.consultations],
  request: { query: ConsultationListQuerySchema },
  responses: {
    200: { description: '一页咨询 · A page of consultations', content: { 'application/json': { schema: ConsultationPageSchema } } },
    ...commonErrorResponses,
    ...authErrorResponses,
  },
})

export const getConsultation = createRoute({
  method: 'get',
  path: '/v1/consultations/{id}',
  operationId: 'getConsultation',
  summary: '查看一次咨询 · Read one consultation',
  description:
    '能在咨询列表中看到该咨询的密钥均可查看，并得到改期时 If-Match 要用的 ETag；看不到的咨询返回 404。\n\n' +
    'A consultation this key may see in the list, with its ETag for the If-Match of a reschedule; any other key gets 404.',
  tags: [tags.consultations],
  request: { params: IdParamSchema },
  responses: { 200: consultationResponse('咨询 · The consultation'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})

export const updateConsultation = createRoute({
  method: 'patch',
  path: '/v1/consultations/{id}',
  operationId: 'updateConsultation',
  summary: '咨询改期 · Reschedule a scheduled consultation (either party)',
  description:
    '咨询双方：修改已预约咨询的时间或方式；需带 If-Match（当前 ETag），仅在已预约状态下可改，否则 409。\n\n' +
    'Requires If-Match. Only while scheduled; otherwise 409.',
  tags: [tags.consultations],
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ConsultationPatchSchema, '要修改的字段 · Fields to change') },
  responses: { 200: consultationResponse('已改期 · Rescheduled'), ...transitionErrors, ...preconditionResponses },
})

export const completeConsultation = createRoute({
  method: 'post',
  path: '/v1/consultations/{id}/complete',
  operationId: 'completeConsultation',
  summary: '登记咨询完成 · Record a held consultation (the consulting expert)',
  description:
    '咨询专家：登记已举行的咨询（时间、时长、纪要与备注）。\n\n' +
    'scheduled → completed with when, hours, summary and notes. Of two racing transitions one wins; the other gets 409.',
  tags: [tags.consultations],
  request: { params: IdParamSchema, body: jsonBody(ConsultationCompleteSchema, '咨询内容 · What was done') },
  responses: { 200: consultationResponse('已完成 · Completed'), ...transitionErrors },
})

export const cancelConsultation = createRoute({
  method: 'post',
  path: '/v1/consultations/{id}/cancel',
  operationId: 'cancelConsultation',
  summary: '取消咨询 · Cancel a scheduled consultation (either party)',
  description:
    '咨询双方：填写理由，取消一次已预约的咨询。\n\n' +
    'Either party cancels a scheduled consultation, giving a reason.',
  tags: [tags.consultations],
  request: { params: IdParamSchema, body: jsonBody(ConsultationCancelSchema, '理由 · The reason') },
  responses: { 200: consultationResponse('已取消 · Cancelled'), ...transitionErrors },
})

export const rateConsultation = createRoute({
  method: 'post',
  path: '/v1/consultations/{id}/rating',
  operationId: 'rateConsultation',
  summary: '评价咨询 · Rate a completed consultation (the need\'s enterprise, once)',
  description:
    '需求所属企业：对已完成的咨询评价，只能评价一次。\n\n' +
    'The need\'s enterprise rates a completed consultation, once.',
  tags: [tags.consultations],
  request: { params: IdParamSchema, body: jsonBody(ConsultationRatingSchema, '评分 · The rating') },
  responses: { 200: consultationResponse('已评分 · Rated'), ...transitionErrors },
})
