import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Every error the API can answer with; `code` in the problem body is one of these. */
export const errorCodes = {
  validation_failed: { status: 400, title: 'Request failed validation' },
  invalid_json: { status: 400, title: 'Body is not valid JSON' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict with the current state' },
  idempotency_in_progress: { status: 409, title: 'A request with this Idempotency-Key is still being processed' },
  precondition_failed: { status: 412, title: 'Precondition failed' },
  payload_too_large: { status: 413, title: 'Body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key reused with a different request' },
  request_timeout: { status: 408, title: 'Request not received in time' },
  precondition_required: { status: 428, title: 'Precondition required' },
  request_header_fields_too_large: { status: 431, title: 'Request header fields too large' },
  rate_limited: { status: 429, title: 'Too many requests' },
  embedding_budget_exhausted: { status: 429, title: 'Embedding budget exhausted' },
  internal: { status: 500, title: 'Internal error' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ErrorCode = keyof typeof errorCodes

export interface FieldError {
  /** JSON-pointer-like path of the offending field, e.g. `body.uscc` or `query.limit`. */
  path: string
  message: string
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
