import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/errors.js'
import { toApiError } from '../../src/lib/problem.js'

const pgError = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(`internal detail ${code}`), { code, ...extra })

describe('toApiError', () => {
  it.each(['ECONNRESET', 'EPIPE', 'CONNECTION_CLOSED', 'CONNECT_TIMEOUT', '57P01', '57P02', '57P03', '08006', '25P03', '53300'])(
    '%s: the database cannot answer now → 503 with Retry-After 5',
    (code) => {
      const error = toApiError(pgError(code))
      expect([error.code, error.status, error.extra.headers?.['retry-after']]).toEqual(['service_unavailable', 503, '5'])
      expect(error.message).not.toContain('internal detail')
    },
  )

  it.each(['40001', '40P01', '55P03'])('%s: another transaction got in the way → 503 with Retry-After 1', (code) => {
    const error = toApiError(pgError(code))
    expect([error.code, error.status, error.extra.headers?.['retry-after']]).toEqual(['service_unavailable', 503, '1'])
  })

  it('maps constraint failures to what the client did wrong, naming the constraint', () => {
    expect(toApiError(pgError('23505', { constraint_name: 'enterprises_uscc_key' }))).toMatchObject({ code: 'conflict', status: 409 })
    expect(toApiError(pgError('23503', { constraint_name: 'needs_park_id_fkey' })).message).toContain('needs_park_id_fkey')
    expect(toApiError(pgError('22P05')).code).toBe('validation_failed')
  })

  it('never leaks an unknown error', () => {
    const error = toApiError(pgError('XX000'))
    expect([error.code, error.status]).toEqual(['internal', 500])
    expect(error.message).not.toContain('internal detail')
  })

  it('passes an ApiError through unchanged', () => {
    const original = new ApiError('not_found')
    expect(toApiError(original)).toBe(original)
  })
})
