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
  ContractCompleteSchema,
  ContractCreateSchema,
  ContractHistorySchema,
  ContractListQuerySchema,
  ContractPageSchema,
  ContractPatchSchema,
  ContractRejectSchema,
  ContractRevisionCreateSchema,
  ContractSchema,
  ContractSignSchema,
  ContractTerminateSchema,
  ContractVerifySchema,
} from './contracts.schemas.js'

const tags = ['contracts']
const contractResponse = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: ContractSchema } } })
const transitionErrors = { ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse }
const race = 'Of two racing transitions of one contract exactly one wins; the other gets 409 naming `currentState` and `wantedState`.'

export const createContract = createRoute({
  method: 'post',
  path: '/v1/contracts',
  operationId: 'createContract',
  summary: 'Record a technology contract (技术合同), in draft',
  description: 'A contract follows an engagement: it is recorded on an accepted invitation of the need (`matchId`), whose candidate becomes the counterpart, by the need\'s enterprise, the invitation\'s answering expert or an admin. An invitation that is not accepted is 409; a counterpart that has since become the enterprise\'s own (its employee) is 409 `conflict_of_interest`. Park staff review contracts and may not record them (403).',
  tags,
  request: { headers: IdempotencyHeaderSchema, body: jsonBody(ContractCreateSchema, 'The contract') },
  responses: { 201: contractResponse('Recorded'), ...transitionErrors, ...idempotencyResponses },
})

export const listContracts = createRoute({
  method: 'get',
  path: '/v1/contracts',
  operationId: 'listContracts',
  summary: 'Contracts this key may see',
  description: 'The two parties see their own; park staff their park\'s; admins all.',
  tags,
  request: { query: ContractListQuerySchema },
  responses: { 200: { description: 'A page of contracts', content: { 'application/json': { schema: ContractPageSchema } } }, ...commonErrorResponses, ...authErrorResponses },
})

export const getContract = createRoute({
  method: 'get',
  path: '/v1/contracts/{id}',
  operationId: 'getContract',
  summary: 'Read one contract',
  tags,
  request: { params: IdParamSchema },
  responses: { 200: contractResponse('The contract'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})

export const updateContract = createRoute({
  method: 'patch',
  path: '/v1/contracts/{id}',
  operationId: 'updateContract',
  summary: 'Change a contract\'s terms before completion (either party)',
  description: 'Requires If-Match (missing 428, stale 412). A completed contract — pending review, rejected or verified — is frozen (409): correct it with a revision.',
  tags,
  request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(ContractPatchSchema, 'Terms to change') },
  responses: { 200: contractResponse('Changed'), ...transitionErrors, ...preconditionResponses },
})

export const signContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/sign',
  operationId: 'signContract',
  summary: 'Mark a draft signed (either party)',
  description: `draft → signed; the signing date is required unless already set. ${race}`,
  tags,
  request: { params: IdParamSchema, body: jsonBody(ContractSignSchema, 'Signing date and registration number') },
  responses: { 200: contractResponse('Signed'), ...transitionErrors },
})

export const startContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/start',
  operationId: 'startContract',
  summary: 'Start performance (either party)',
  description: `signed → in_progress. ${race}`,
  tags,
  request: { params: IdParamSchema },
  responses: { 200: contractResponse('In progress'), ...transitionErrors },
})

export const completeContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/complete',
  operationId: 'completeContract',
  summary: 'Complete with outcomes (either party)',
  description: `in_progress → completed; the outcomes become revision 1 and go to park review (pending). ${race}`,
  tags,
  request: { params: IdParamSchema, body: jsonBody(ContractCompleteSchema, 'The outcomes') },
  responses: { 200: contractResponse('Completed, pending review'), ...transitionErrors },
})

export const terminateContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/terminate',
  operationId: 'terminateContract',
  summary: 'Terminate (either party)',
  description: `draft, signed or in_progress → terminated, with a reason. ${race}`,
  tags,
  request: { params: IdParamSchema, body: jsonBody(ContractTerminateSchema, 'The reason') },
  responses: { 200: contractResponse('Terminated'), ...transitionErrors },
})

export const verifyContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/verify',
  operationId: 'verifyContract',
  summary: 'Verify the outcomes (park staff of the need\'s park, admins)',
  description: `A completed contract pending review → verified; it is then frozen. ${race}`,
  tags,
  request: { params: IdParamSchema, body: jsonBody(ContractVerifySchema, 'A comment') },
  responses: { 200: contractResponse('Verified'), ...transitionErrors },
})

export const rejectContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/reject',
  operationId: 'rejectContract',
  summary: 'Reject the outcomes (park staff of the need\'s park, admins)',
  description: `A completed contract pending review → rejected, saying what to correct; a revision resubmits it. ${race}`,
  tags,
  request: { params: IdParamSchema, body: jsonBody(ContractRejectSchema, 'What to correct') },
  responses: { 200: contractResponse('Rejected'), ...transitionErrors },
})

export const reviseContract = createRoute({
  method: 'post',
  path: '/v1/contracts/{id}/revisions',
  operationId: 'reviseContract',
  summary: 'Correct a completed contract (either party); it goes back to review',
  description: 'For a completed contract (pending, rejected or verified): applies the changed fields, records them with their old values as the next revision, and sets the review to pending. Before completion use PATCH (409 here).',
  tags,
  request: { params: IdParamSchema, body: jsonBody(ContractRevisionCreateSchema, 'The correction') },
  responses: { 201: contractResponse('Revised, pending review'), ...transitionErrors },
})

export const getContractHistory = createRoute({
  method: 'get',
  path: '/v1/contracts/{id}/revisions',
  operationId: 'getContractHistory',
  summary: 'Every revision and review of a contract',
  tags,
  request: { params: IdParamSchema },
  responses: { 200: { description: 'The history', content: { 'application/json': { schema: ContractHistorySchema } } }, ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})
