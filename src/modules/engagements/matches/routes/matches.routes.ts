import { createRoute } from '@hono/zod-openapi'
import { tags } from '../../../../platform/http/openapi.js'
import { authErrorResponses, commonErrorResponses, conflictResponse, idempotencyResponses, notFoundResponse } from '../../../../platform/http/problem.js'
import { IdParamSchema, IdempotencyHeaderSchema, jsonBody } from '../../../../platform/http/operations.js'
import { MatchCreateSchema, MatchDeclineSchema, MatchListQuerySchema, MatchPageSchema, MatchSchema } from '../model.js'

const matchResponse = (description: string) => ({ description, content: { 'application/json': { schema: MatchSchema } } })

export const proposeMatch = createRoute({
  method: 'post',
  path: '/v1/needs/{id}/matches',
  operationId: 'proposeMatch',
  summary: '发出对接邀请 · Invite a candidate to a need',
  description:
    '需求所属企业、本园区工作人员或管理员：向一位候选专家、学会或工作站发出对接邀请。需求须为开放或进行中且尚有名额；有利益冲突、不可用、已满负荷或已邀请过的候选返回 409。\n\n' +
    'The need\'s enterprise, its park staff or admins. The need must be open or in progress with a partner slot left (else 409 with `currentState`); a conflicted, unavailable or fully booked candidate (409 with `rule`), or one already invited, is a 409.',
  tags: [tags.candidates],
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(MatchCreateSchema, '对接邀请 · The invitation') },
  responses: { 201: matchResponse('已发出 · Sent'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...idempotencyResponses, ...conflictResponse },
})

export const listMatches = createRoute({
  method: 'get',
  path: '/v1/matches',
  operationId: 'listMatches',
  summary: '对接邀请列表 · Invitations this key may see',
  description:
    '专家看自己收到的邀请，企业看为本企业需求发出的邀请，园区工作人员看本园区的，管理员看全部。\n\n' +
    'Experts see the invitations they answer; enterprises those for their needs; park staff their park\'s; admins all.',
  tags: [tags.invitations],
  request: { query: MatchListQuerySchema },
  responses: { 200: { description: '一页对接邀请 · A page of invitations', content: { 'application/json': { schema: MatchPageSchema } } }, ...commonErrorResponses, ...authErrorResponses },
})

export const getMatch = createRoute({
  method: 'get',
  path: '/v1/matches/{id}',
  operationId: 'getMatch',
  summary: '查看一条邀请 · Read one invitation',
  description:
    '能在邀请列表中看到该邀请的密钥均可查看（双方、本园区工作人员、管理员）；看不到的邀请返回 404。\n\n' +
    'An invitation this key may see in the list (the two parties, the need\'s park staff, admins); any other key gets 404.',
  tags: [tags.invitations],
  request: { params: IdParamSchema },
  responses: { 200: matchResponse('对接邀请 · The invitation'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
})

export const acceptMatch = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/accept',
  operationId: 'acceptMatch',
  summary: '接受邀请 · Accept an invitation (the invited expert)',
  description:
    '被邀请的专家在邀请有效期内接受邀请；接受时再次检查需求名额、专家容量、可用状态与利益冲突，不满足返回 409。\n\n' +
    'Only a proposed, unexpired invitation, by its answering expert; the need must still be open or in progress with a partner slot left, the expert below its capacity, available, and free of any conflict of interest (the same rules as the invitation, checked again). Of two accepts racing for one slot, or for an expert\'s last capacity, exactly one wins; the other gets 409. An accept that fills the need\'s last slot withdraws its other unanswered invitations.',
  tags: [tags.invitations],
  request: { params: IdParamSchema },
  responses: { 200: matchResponse('已接受 · Accepted'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse },
})

export const declineMatch = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/decline',
  operationId: 'declineMatch',
  summary: '婉拒邀请 · Decline an invitation with a reason (the invited expert)',
  description:
    '被邀请的专家填写理由，婉拒一条待答复的邀请；能看到该邀请的其他密钥 403，已答复的邀请 409。邀请设了自动顺延（autoNext）时，随即邀请下一位候选。\n\n' +
    'The invited expert declines a proposed invitation, giving a reason; other keys that see it get 403, an answered one 409. With `autoNext` the next-best candidate is invited.',
  tags: [tags.invitations],
  request: { params: IdParamSchema, body: jsonBody(MatchDeclineSchema, '理由 · The reason') },
  responses: { 200: matchResponse('已婉拒 · Declined'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse },
})

export const withdrawMatch = createRoute({
  method: 'post',
  path: '/v1/matches/{id}/withdraw',
  operationId: 'withdrawMatch',
  summary: '撤回邀请 · Withdraw an unanswered invitation (the need\'s side)',
  description:
    '需求方（需求所属企业、本园区工作人员或管理员）撤回一条待答复的邀请；能看到该邀请的其他密钥 403，已答复的邀请 409。\n\n' +
    'The need\'s side (its enterprise, its park staff or admins) withdraws a proposed invitation; other keys that see it get 403, an answered one 409.',
  tags: [tags.candidates],
  request: { params: IdParamSchema },
  responses: { 200: matchResponse('已撤回 · Withdrawn'), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse },
})
