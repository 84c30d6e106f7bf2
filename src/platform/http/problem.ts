import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { bilingualMessage, fieldLabel } from './validation-messages.js'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DomainError, type ErrorCode, type FieldError, errorCodes } from '../../core/errors.js'
import { toDomainError } from '../db/errors.js'
import type { AppBindings } from './types.js'

/** The HTTP status each error code answers with. */
export const problemStatus = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  idempotency_in_progress: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  request_timeout: 408,
  precondition_required: 428,
  request_header_fields_too_large: 431,
  rate_limited: 429,
  embedding_budget_exhausted: 429,
  internal: 500,
  service_unavailable: 503,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>

/** A DomainError as HTTP sees it: the same code, detail and fields, with the code's status. */
export class ApiError extends DomainError {
  readonly status: ContentfulStatusCode
  constructor(code: ErrorCode, detail?: string, extra: DomainError['extra'] = {}) {
    super(code, detail, extra)
    this.name = 'ApiError'
    this.status = problemStatus[code]
  }
}

/**
 * Anything thrown, as the error the client gets: Hono's own HTTP errors by their status, the
 * rest as `toDomainError` classifies it (database errors never leak internals).
 */
export function toApiError(error: unknown, request: { write: boolean } = { write: true }): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof HTTPException) {
    if (error.status === 400 && error.message.includes('JSON')) return new ApiError('invalid_json', 'The request body is not valid JSON')
    if (error.status === 413) return new ApiError('payload_too_large')
    const code = (Object.keys(problemStatus) as ErrorCode[]).find((key) => problemStatus[key] === error.status)
    return new ApiError(code ?? 'internal', error.message || undefined)
  }
  const domain = toDomainError(error, request)
  return new ApiError(domain.code, domain.detail, domain.extra)
}

export const problemTypeBase = 'https://kechuang.example.cn/problems/'

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  code: ErrorCode
  requestId?: string
  errors?: FieldError[]
  [key: string]: unknown
}

export function toProblem(error: DomainError, instance: string, requestId: string | undefined): Problem {
  const { headers: _headers, ...extra } = error.extra
  return {
    type: `${problemTypeBase}${error.code.replaceAll('_', '-')}`,
    title: errorCodes[error.code].title,
    status: problemStatus[error.code],
    ...(error.detail ? { detail: error.detail } : {}),
    instance,
    code: error.code,
    ...(requestId ? { requestId } : {}),
    ...extra,
  }
}

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
  const example = toProblem(new DomainError(code, detail, extra), '/v1/contracts/9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f', 'f4b1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d')
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
    description: '各策略的剩余额度：`r` 为剩余请求数，`t` 为距窗口重置的秒数。每个已认证的响应都带此头（Cloudflare Workers 上仅 429 响应带此头）。What is left of each policy: `r` requests remaining, `t` seconds until the window restarts. Sent on every authenticated response, except on Cloudflare Workers, whose rate limiting binding does not say what is left: there only on 429 (`r=0`).',
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

export function renderProblem(c: Context<AppBindings>, error: DomainError): Response {
  const problem = toProblem(error, c.req.path, c.get('requestId'))
  return c.body(JSON.stringify(problem), problemStatus[error.code], {
    'content-type': problemContentType,
    ...(error.extra.headers ?? {}),
  })
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
