import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Every error the API can answer with; `code` in the problem body is one of these. */
export const errorCodes = {
  validation_failed: { status: 400, title: '请求未通过校验 · Request failed validation' },
  invalid_json: { status: 400, title: '请求体不是有效的 JSON · Body is not valid JSON' },
  unauthenticated: { status: 401, title: '需要 API 密钥 · Authentication required' },
  forbidden: { status: 403, title: '无权操作 · Not allowed' },
  not_found: { status: 404, title: '未找到 · Not found' },
  method_not_allowed: { status: 405, title: '不支持该方法 · Method not allowed' },
  conflict: { status: 409, title: '与当前状态冲突 · Conflict with the current state' },
  idempotency_in_progress: { status: 409, title: '相同幂等键的请求仍在处理 · A request with this Idempotency-Key is still being processed' },
  precondition_failed: { status: 412, title: '版本已变化，请重新读取 · Precondition failed' },
  payload_too_large: { status: 413, title: '请求体过大 · Body too large' },
  unsupported_media_type: { status: 415, title: '不支持的内容类型 · Unsupported content type' },
  idempotency_key_reused: { status: 422, title: '幂等键已用于另一个请求 · Idempotency-Key reused with a different request' },
  request_timeout: { status: 408, title: '请求未及时收到 · Request not received in time' },
  precondition_required: { status: 428, title: '需要 If-Match 版本标记 · Precondition required' },
  request_header_fields_too_large: { status: 431, title: '请求头过大 · Request header fields too large' },
  rate_limited: { status: 429, title: '请求过于频繁 · Too many requests' },
  embedding_budget_exhausted: { status: 429, title: '今日向量额度已用完 · Embedding budget exhausted' },
  internal: { status: 500, title: '内部错误 · Internal error' },
  service_unavailable: { status: 503, title: '服务暂不可用 · Service unavailable' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ErrorCode = keyof typeof errorCodes

export interface FieldError {
  /** JSON-pointer-like path of the offending field, e.g. `body.uscc` or `query.limit`. */
  path: string
  /** The field as a person calls it, Chinese then the field's own name, e.g. `标题 title`. */
  field?: string
  message: string
}

/** One line for a problem's `detail`: each field as a person calls it, where it is, and what is wrong. */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((error) => (error.field ? `${error.field}（${error.path}）：${error.message}` : `${error.path}: ${error.message}`)).join('；')
}

/** The one error type domain and route code throw; `onError` renders it as RFC 9457 problem+json. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail ?? errorCodes[code].title)
    this.name = 'ApiError'
    this.status = errorCodes[code].status
  }
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

export function toProblem(error: ApiError, instance: string, requestId: string | undefined): Problem {
  const { headers: _headers, ...extra } = error.extra
  return {
    type: `${problemTypeBase}${error.code.replaceAll('_', '-')}`,
    title: errorCodes[error.code].title,
    status: error.status,
    ...(error.detail ? { detail: error.detail } : {}),
    instance,
    code: error.code,
    ...(requestId ? { requestId } : {}),
    ...extra,
  }
}
