/**
 * Errors the domain raises, transport-neutral: a code from one vocabulary, a detail for people and
 * the fields at fault. The HTTP edge (`platform/http/problem.ts`) gives each code its status and
 * renders RFC 9457 problem+json; a CLI prints the same error as text.
 */

/** Every error code the service can answer with, and its title (Chinese first). */
export const errorCodes = {
  validation_failed: { title: '请求未通过校验 · Request failed validation' },
  invalid_json: { title: '请求体不是有效的 JSON · Body is not valid JSON' },
  unauthenticated: { title: '需要 API 密钥 · Authentication required' },
  forbidden: { title: '无权操作 · Not allowed' },
  not_found: { title: '未找到 · Not found' },
  method_not_allowed: { title: '不支持该方法 · Method not allowed' },
  conflict: { title: '与当前状态冲突 · Conflict with the current state' },
  idempotency_in_progress: { title: '相同幂等键的请求仍在处理 · A request with this Idempotency-Key is still being processed' },
  precondition_failed: { title: '版本已变化，请重新读取 · Precondition failed' },
  payload_too_large: { title: '请求体过大 · Body too large' },
  unsupported_media_type: { title: '不支持的内容类型 · Unsupported content type' },
  idempotency_key_reused: { title: '幂等键已用于另一个请求 · Idempotency-Key reused with a different request' },
  request_timeout: { title: '请求未及时收到 · Request not received in time' },
  precondition_required: { title: '需要 If-Match 版本标记 · Precondition required' },
  request_header_fields_too_large: { title: '请求头过大 · Request header fields too large' },
  rate_limited: { title: '请求过于频繁 · Too many requests' },
  embedding_budget_exhausted: { title: '今日向量额度已用完 · Embedding budget exhausted' },
  internal: { title: '内部错误 · Internal error' },
  service_unavailable: { title: '服务暂不可用 · Service unavailable' },
} as const satisfies Record<string, { title: string }>

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

/** The one error type domain code throws; the edge maps `code` to a status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail ?? errorCodes[code].title)
    this.name = 'DomainError'
  }
}

/** A fault of ours or of a dependency (the request itself may be fine), as opposed to the caller's mistake. */
export function isFault(error: DomainError): boolean {
  return error.code === 'internal' || error.code === 'service_unavailable'
}

/** A body field the rules refuse, named as the validation layer names it (`body.<field>`). */
export function invalidField(field: string, message: string, code: ErrorCode = 'validation_failed', extra: Record<string, unknown> = {}): DomainError {
  const path = `body.${field}`
  return new DomainError(code, `${path}: ${message}`, { errors: [{ path, message }], ...extra })
}
