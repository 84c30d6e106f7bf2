import { DomainError, type FieldError } from '../../core/errors.js'

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
 * Maps anything thrown to a DomainError; database and unknown failures never leak internals. A
 * constraint or data error on a write is the client's value slipping past validation (a 4xx that
 * names the field where it can); the same error on a read is a fault of ours (500), never a 4xx.
 */
export function toDomainError(error: unknown, request: { write: boolean } = { write: true }): DomainError {
  if (error instanceof DomainError) return error
  const pgCode = (error as { code?: string } | null)?.code
  // Node's own error when a client drops the connection in the middle of its body: the client's
  // doing, not the database's, and nobody is left to read the answer.
  if (pgCode === 'ECONNRESET' && (error as Error).message === 'aborted') return new DomainError('validation_failed', 'The request body was cut off: the client closed the connection')
  if (pgCode && unavailableErrorCodes.has(pgCode)) return new DomainError('service_unavailable', 'The database is unreachable; try again shortly', { headers: { 'retry-after': '5' } })
  if (pgCode && contendedErrorCodes.has(pgCode)) return new DomainError('service_unavailable', 'A concurrent change to the same records got in the way; try again', { headers: { 'retry-after': '1' } })
  if (pgCode === '57014') return new DomainError('service_unavailable', 'The database took too long to answer', { headers: { 'retry-after': '5' } })
  const internal = new DomainError('internal', 'An unexpected error occurred; quote the requestId when reporting it')
  if (!pgCode || !request.write || !(pgCode.startsWith('22') || pgCode.startsWith('23'))) return internal
  const known = constraintFields[(error as { constraint_name?: string }).constraint_name ?? '']
  if (pgCode === '23505') {
    return new DomainError('conflict', known ? `${known.path}: ${known.message}` : 'Already exists', known ? { errors: [known] } : {})
  }
  if (known) return new DomainError('validation_failed', `${known.path}: ${known.message}`, { errors: [known] })
  if (pgCode === '23503') return new DomainError('validation_failed', 'Refers to something that does not exist')
  // NUL (\u0000) is valid JSON but PostgreSQL text and jsonb cannot hold it.
  if (pgCode === '22021' || pgCode === '22P05') return new DomainError('validation_failed', 'Text may not contain the NUL character (\\u0000)')
  return new DomainError('validation_failed', 'A value is out of range or malformed')
}
