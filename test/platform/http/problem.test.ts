import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/platform/http/problem.js'
import { toApiError } from '../../../src/platform/http/problem.js'

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

  it('maps a constraint failure on a write to the field it guards, never naming the constraint', () => {
    const duplicate = toApiError(pgError('23505', { constraint_name: 'enterprises_uscc_key' }))
    expect(duplicate).toMatchObject({ code: 'conflict', status: 409, extra: { errors: [{ path: 'body.uscc' }] } })
    const unknownIndustry = toApiError(pgError('23503', { constraint_name: 'needs_industry_code_fkey' }))
    expect(unknownIndustry).toMatchObject({ code: 'validation_failed', extra: { errors: [{ path: 'body.industryCode' }] } })
    const other = toApiError(pgError('23503', { constraint_name: 'needs_park_id_fkey' }))
    expect(other.code).toBe('validation_failed')
    for (const error of [duplicate, unknownIndustry, other]) {
      expect(JSON.stringify({ message: error.message, extra: error.extra })).not.toMatch(/_fkey|_key|_idx|constraint/)
    }
    expect(toApiError(pgError('22P05')).code).toBe('validation_failed')
  })

  it('a data or constraint error while reading is a fault of ours: 500, never a 4xx', () => {
    for (const code of ['22003', '22009', '23505', '22P02']) {
      const error = toApiError(pgError(code, { constraint_name: 'enterprises_uscc_key' }), { write: false })
      expect([error.code, error.status]).toEqual(['internal', 500])
    }
  })

  it('a client that dropped the connection mid-body is its own doing, not the database\'s', () => {
    const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' })
    expect([toApiError(aborted).code, toApiError(aborted).status]).toEqual(['validation_failed', 400])
    expect(toApiError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })).code).toBe('service_unavailable')
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
