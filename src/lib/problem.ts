import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { bilingualMessage, fieldLabel } from './validation-messages.js'
import { ApiError, type ErrorCode, type FieldError, errorCodes, toProblem } from '../errors.js'
import type { AppBindings } from './types.js'

export const problemContentType = 'application/problem+json'

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      description: '问题类型的 URI，标识是哪一类错误。URI naming the kind of problem',
      example: 'https://kechuang.example.cn/problems/validation-failed',
    }),
    title: z.string().openapi({ description: '该类错误的简短概述。Short summary of the kind of problem', example: 'Request failed validation' }),
    status: z.number().int().openapi({ description: 'HTTP 状态码。HTTP status code', example: 400 }),
    detail: z
      .string()
      .optional()
      .openapi({ description: '本次请求具体出了什么问题。What went wrong with this request', example: 'body.uscc: 统一社会信用代码校验位错误' }),
    instance: z.string().optional().openapi({ description: '请求路径。The request path', example: '/v1/enterprises' }),
    code: z
      .enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]])
      .openapi({ description: '供程序判断的错误代码。Machine-readable error code', example: 'validation_failed' }),
    requestId: z
      .string()
      .optional()
      .openapi({ description: '请求 ID，与响应头 X-Request-Id 相同；反馈问题时请提供。Id of the request, also in the X-Request-Id header', example: 'f4b1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }),
    errors: z
      .array(
        z.object({
          path: z.string().openapi({ description: '出错的值所在位置。Where the offending value is', example: 'body.uscc' }),
          field: z.string().optional().openapi({ description: '字段名称，中文在前。The field as a person calls it, Chinese first', example: '统一社会信用代码 uscc' }),
          message: z.string().openapi({ description: '该值未通过的原因。Why it was rejected', example: '统一社会信用代码校验位错误' }),
        }),
      )
      .optional()
      .openapi({ description: '逐项列出未通过校验的字段及原因（仅校验错误时有）。Each invalid field and why (validation errors only)' }),
  })
  .openapi('Problem', { description: '错误详情，格式遵循 RFC 9457。An RFC 9457 problem detail' })

/**
 * A problem response with an example of its own status: every response shared the schema's
 * (validation) example, so the docs showed a 400 body under 401, 404 and 503.
 */
function problemResponse(description: string, code: ErrorCode, detail: string, extra: Record<string, unknown> = {}) {
  const example = toProblem(new ApiError(code, detail, extra), '/v1/contracts/9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f', 'f4b1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d')
  return { description, content: { [problemContentType]: { schema: ProblemSchema, example } } }
}

/** Error responses every route can give; spread into each route's `responses`. */
export const commonErrorResponses = {
  400: problemResponse('请求无效：JSON 格式错误或字段未通过校验（逐项列在 errors 中） · Invalid request: malformed JSON or a field failed validation (each listed in `errors`)', 'validation_failed', '意见 comment（body.comment）：必填 · Invalid input: expected string, received undefined', { errors: [{ path: 'body.comment', field: '意见 comment', message: '必填 · Invalid input: expected string, received undefined' }] }),
  413: problemResponse('请求体超过上限 · Body larger than allowed', 'payload_too_large', 'Bodies are limited to 1048576 bytes'),
  415: problemResponse('请求体不是 application/json · Body is not `application/json`', 'unsupported_media_type', 'Send the body as application/json'),
  500: problemResponse('意外错误；不透露内部细节 · Unexpected error; nothing internal is revealed', 'internal', 'An unexpected error occurred; quote the requestId when reporting it'),
  503: problemResponse('数据库暂不可用 · Database unavailable', 'service_unavailable', 'The database is unreachable; try again shortly'),
} as const

const rateLimitHeaders = {
  'RateLimit-Policy': {
    description: '本密钥的限流策略：`"default"` 适用于每个 /v1 请求，`"candidates"` 另外适用于候选排序；`q` 为每 `w` 秒允许的请求数。每个已认证的响应都带此头。The key\'s quota policies (draft-ietf-httpapi-ratelimit-headers): `"default"` for every /v1 request, `"candidates"` also for candidate rankings; `q` requests per `w` seconds. Sent on every authenticated response.',
    schema: { type: 'string', example: '"default";q=600;w=60' },
  },
  RateLimit: {
    description: '各策略的剩余额度：`r` 为剩余请求数，`t` 为距窗口重置的秒数。每个已认证的响应都带此头。What is left of each policy: `r` requests remaining, `t` seconds until the window restarts. Sent on every authenticated response.',
    schema: { type: 'string', example: '"default";r=0;t=42' },
  },
  'Retry-After': { description: '距已用完的限额或额度恢复的秒数。Seconds until the exhausted limit or budget renews', schema: { type: 'integer', example: 42 } },
} as const

export const authErrorResponses = {
  401: problemResponse('缺少 API 密钥，或密钥未知、已停用 · Missing, unknown or revoked API key', 'unauthenticated', 'Unknown or revoked API key'),
  403: problemResponse('密钥有效，但其角色无权做此操作 · The key is valid but its role may not do this', 'forbidden', 'Only park staff of the contract\'s park and admins review contracts'),
  429: {
    ...problemResponse(
      '请求过于频繁（本密钥每分钟请求数或候选排序次数已用完），或今日向量额度已用完；请等待 Retry-After 秒后重试。' +
        ' Too many requests for this key (`rate_limited`: RATE_LIMIT_REQUESTS per window, RATE_LIMIT_CANDIDATES for candidate rankings), or, for writes that change searchable text when a paid embeddings provider is configured, the key\'s daily embedding budget is spent (`embedding_budget_exhausted`). Wait `Retry-After` seconds.',
      'rate_limited',
      'This key has used its 600 requests for this minute; retry after 42 s',
    ),
    headers: rateLimitHeaders,
  },
} as const

export const notFoundResponse = { 404: problemResponse('对象不存在，或此密钥看不到 · No such object, or not visible to this key', 'not_found', 'No contract 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f') } as const
export const conflictResponse = { 409: problemResponse('与当前状态冲突（重复、不允许的状态变化，或并发请求） · Conflicts with the current state (duplicate, illegal transition, or a concurrent request)', 'conflict', 'The contract is verified; it cannot be verified again') } as const
export const preconditionResponses = {
  412: problemResponse('If-Match 与当前版本标记不一致（对象已被修改，请重新读取） · If-Match does not match the current ETag', 'precondition_failed', 'The contract changed since you read it; read it again and retry with its new ETag'),
  428: problemResponse('需要 If-Match 版本标记 · If-Match header required', 'precondition_required', 'Send If-Match with the ETag from reading the object'),
} as const
export const idempotencyResponses = {
  409: problemResponse('相同幂等键的请求仍在处理 · A request with this Idempotency-Key is still being processed', 'idempotency_in_progress', 'A request with this Idempotency-Key is still being processed; retry shortly'),
  422: problemResponse('该幂等键已用于另一个请求 · Idempotency-Key was already used with a different request', 'idempotency_key_reused', 'This Idempotency-Key was used for a different request; use a new key'),
} as const
export const serviceUnavailableResponse = { 503: problemResponse('未就绪：依赖缺失或无法连接 · Not ready: a dependency is missing or unreachable', 'service_unavailable', 'The database is unreachable; try again shortly') } as const

export function renderProblem(c: Context<AppBindings>, error: ApiError): Response {
  const problem = toProblem(error, c.req.path, c.get('requestId'))
  return c.body(JSON.stringify(problem), error.status, {
    'content-type': problemContentType,
    ...(error.extra.headers ?? {}),
  })
}

/**
 * Failures that say nothing about the request, only that the database cannot answer now: socket
 * errors, postgres.js connection states, and SQLSTATEs for shutdown (57P0x), lost or refused
 * connections (08xxx), an idle transaction ended by the server (25P03), too many connections or
 * out of resources (53xxx).
 */
const unavailableErrorCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '25P03', '53000', '53100', '53200', '53300',
])
/** Serialization failure, deadlock, lock not available: another transaction got in the way; a retry succeeds. */
const contendedErrorCodes = new Set(['40001', '40P01', '55P03'])

/**
 * Constraints a client can run into when two requests race past the domain's own checks (which
 * name the field first): the field they guard and what to say. Constraint names never reach a
 * client.
 */
const constraintFields: Record<string, { path: string; message: string }> = {
  enterprises_uscc_key: { path: 'body.uscc', message: 'an enterprise with this USCC is already registered' },
  experts_name_organisation_key: { path: 'body.name', message: 'an expert with this name and organisation already exists' },
  societies_name_key: { path: 'body.name', message: 'already taken by another society' },
  workstations_name_key: { path: 'body.name', message: 'already taken by another workstation' },
  parks_name_key: { path: 'body.name', message: 'already taken by another park' },
  industries_pkey: { path: 'body.code', message: 'already taken by another industry' },
  industries_name_key: { path: 'body.name', message: 'already taken by another industry' },
  matches_live_idx: { path: 'body.candidateId', message: 'this candidate already has a live invitation for this need' },
  needs_industry_code_fkey: { path: 'body.industryCode', message: 'unknown industry code (see GET /v1/industries)' },
  // References a client sends. The domain checks each before writing; these name the field when
  // the referenced row goes away between that check and the write (a concurrent delete).
  enterprises_park_id_fkey: { path: 'body.parkId', message: 'no such park' },
  experts_enterprise_id_fkey: { path: 'body.enterpriseId', message: 'no such enterprise' },
  societies_contact_expert_id_fkey: { path: 'body.contactExpertId', message: 'no such expert' },
  society_memberships_society_id_fkey: { path: 'body.societyIds', message: 'no such society' },
  workstations_host_enterprise_id_fkey: { path: 'body.hostEnterpriseId', message: 'no such enterprise' },
  workstations_host_park_id_fkey: { path: 'body.hostParkId', message: 'no such park' },
  workstations_society_id_fkey: { path: 'body.societyId', message: 'no such society' },
  workstations_lead_expert_id_fkey: { path: 'body.leadExpertId', message: 'no such expert' },
  needs_enterprise_id_fkey: { path: 'body.enterpriseId', message: 'no such enterprise' },
  matches_responder_expert_id_fkey: { path: 'body.candidateId', message: 'no such candidate' },
  contracts_match_id_fkey: { path: 'body.matchId', message: 'no such invitation' },
  contracts_counterpart_expert_id_fkey: { path: 'body.counterpartId', message: 'no such counterpart' },
}

/** The body field a database constraint guards, if a client can set it; see `constraintFields`. */
export function fieldOfConstraint(name: string): FieldError | undefined {
  return constraintFields[name]
}

/**
 * Maps anything thrown to an ApiError; database and unknown failures never leak internals. A
 * constraint or data error on a write is the client's value slipping past validation (a 4xx that
 * names the field where it can); the same error on a read is a fault of ours (500), never a 4xx.
 */
export function toApiError(error: unknown, request: { write: boolean } = { write: true }): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof HTTPException) {
    if (error.status === 400 && error.message.includes('JSON')) return new ApiError('invalid_json', 'The request body is not valid JSON')
    if (error.status === 413) return new ApiError('payload_too_large')
    const code = (Object.keys(errorCodes) as ErrorCode[]).find((key) => errorCodes[key].status === error.status)
    return new ApiError(code ?? 'internal', error.message || undefined)
  }
  const pgCode = (error as { code?: string } | null)?.code
  // Node's own error when a client drops the connection in the middle of its body: the client's
  // doing, not the database's, and nobody is left to read the answer.
  if (pgCode === 'ECONNRESET' && (error as Error).message === 'aborted') return new ApiError('validation_failed', 'The request body was cut off: the client closed the connection')
  if (pgCode && unavailableErrorCodes.has(pgCode)) return new ApiError('service_unavailable', 'The database is unreachable; try again shortly', { headers: { 'retry-after': '5' } })
  if (pgCode && contendedErrorCodes.has(pgCode)) return new ApiError('service_unavailable', 'A concurrent change to the same records got in the way; try again', { headers: { 'retry-after': '1' } })
  if (pgCode === '57014') return new ApiError('service_unavailable', 'The database took too long to answer', { headers: { 'retry-after': '5' } })
  const internal = new ApiError('internal', 'An unexpected error occurred; quote the requestId when reporting it')
  if (!pgCode || !request.write || !(pgCode.startsWith('22') || pgCode.startsWith('23'))) return internal
  const known = constraintFields[(error as { constraint_name?: string }).constraint_name ?? '']
  if (pgCode === '23505') {
    return new ApiError('conflict', known ? `${known.path}: ${known.message}` : 'Already exists', known ? { errors: [known] } : {})
  }
  if (known) return new ApiError('validation_failed', `${known.path}: ${known.message}`, { errors: [known] })
  if (pgCode === '23503') return new ApiError('validation_failed', 'Refers to something that does not exist')
  // NUL (\u0000) is valid JSON but PostgreSQL text and jsonb cannot hold it.
  if (pgCode === '22021' || pgCode === '22P05') return new ApiError('validation_failed', 'Text may not contain the NUL character (\\u0000)')
  return new ApiError('validation_failed', 'A value is out of range or malformed')
}

export function fieldErrorsFromZod(target: string, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const prefix = target === 'json' ? 'body' : target
  const errors = issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    field: fieldLabel(issue.path),
    message: bilingualMessage(issue),
  }))
  // One message per field: an empty title is "不能为空", not also "不能只有空格".
  return errors.filter((error, index) => errors.findIndex((other) => other.path === error.path) === index)
}
