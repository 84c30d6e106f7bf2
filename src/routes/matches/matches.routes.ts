import { createRoute } from '@hono/zod-openapi'
import { authErrorResponses, commonErrorResponses, conflictResponse, idempotencyResponses, notFoundResponse } from '../../lib/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, jsonBody } from '../../lib/schemas.js'
import { MatchCreateSchema, MatchDeclineSchema, MatchListQuerySchema, MatchPageSchema, MatchSchema } from './matches.schemas.js'

const tags = ['matching']
const matchResponse = (description: string) => ({ description, content: { 'application/json': { schema: MatchSchema } } })

export const proposeMatch = createRoute({
  method: 'post',
  path: '/v1/needs/{id}/matches',
  operationId: 'proposeMatch',
  summary: 'Invite a candidate to a need',
  description: 'The need\'s enterprise, its park staff or admins. The need must be open or in progress with a partner slot left (else 409 with `currentState`); a conflicted, unavailable or fully booked candidate (409 with `rule`), or one already invited, is a 409.',
  tags,
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(MatchCreateSchema, 'The invitation') },
  responses: { 201: matchResponse('Sent'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...idempotencyResponses, ...conflictResponse },
})

export const listMatches = createRoute({
  method: 'get',
  path: '/v1/matches',
  operationId: 'listMatches',
  summary: 'Invitations this key may see',
  description: 'Experts see the invitations they answer; enterprises those for their needs; park staff their park\'s; admins all.',
  tags,
  request: { query: MatchListQuerySchema },
  responses: { 200: { description: 'A page of invitations', content: { 'application/json': { schema: MatchPageSchema } } }, ...commonErrorResponses, ...authErrorResponses },
})

export const getMatch = createRoute({
  method: 'get',
  path: '/v1/matches/{id}',
  operationId: 'getMatch',
  summary: 'Read one invitation',
  tags,
  request: { params: IdParamSchema },
  responses: { 200: matchResponse('The invitation'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})

export const acceptMatch = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/accept',
  operationId: 'acceptMatch',
  summary: 'Accept an invitation (the invited expert)',
  description: 'Only a proposed, unexpired invitation, by its answering expert; the need must still be open or in progress with a partner slot left, the expert below its capacity, available, and free of any conflict of interest (the same rules as the invitation, checked again). Of two accepts racing for one slot, or for an expert\'s last capacity, exactly one wins; the other gets 409. An accept that fills the need\'s last slot withdraws its other unanswered invitations.',
  tags,
  request: { params: IdParamSchema },
  responses: { 200: matchResponse('Accepted'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse },
})

export const declineMatch = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/decline',
  operationId: 'declineMatch',
  summary: 'Decline an invitation with a reason (the invited expert)',
  tags,
  request: { params: IdParamSchema, body: jsonBody(MatchDeclineSchema, 'The reason') },
  responses: { 200: matchResponse('Declined'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse },
})

export const withdrawMatch = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/withdraw',
  operationId: 'withdrawMatch',
  summary: 'Withdraw an unanswered invitation (the need\'s side)',
  tags,
  request: { params: IdParamSchema },
  responses: { 200: matchResponse('Withdrawn'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse },
})
