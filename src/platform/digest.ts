import { createHash } from 'node:crypto'

/**
 * SHA-256 of UTF-8 text, as lowercase hex. `node:crypto` is synchronous on Node and on Workers
 * (nodejs_compat); Web Crypto's digest is asynchronous and cost about 7% of a simple read's CPU
 * on Node, hashing the API key of every request through a thread-pool hop (issue 17's profile).
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
