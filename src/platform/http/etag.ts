import { DomainError } from '../../core/errors.js'

/** Strong ETag from the row's version counter, bumped by every update. */
export function etagOf(row: { id: string; version: number }): string {
  return `"${row.id.slice(0, 8)}-${row.version}"`
}

/** Updates require If-Match: a stale one is 412, a missing one 428 (lost updates are not allowed). */
export function expectedVersion(ifMatch: string | undefined, row: { id: string; version: number }): number {
  if (!ifMatch) {
    throw new DomainError('precondition_required', 'Send If-Match with the ETag from your last GET of this object')
  }
  const current = etagOf(row)
  // If-Match uses the strong comparison (RFC 9110 §13.1.1): a weak tag (W/"…") never matches.
  const offered = ifMatch.split(',').map((tag) => tag.trim())
  if (!offered.includes('*') && !offered.includes(current)) {
    throw new DomainError('precondition_failed', `If-Match ${ifMatch} does not match the current ETag ${current}; GET it again`, {
      headers: { etag: current },
    })
  }
  return row.version
}
