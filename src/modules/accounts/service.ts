import type { Role } from '../../core/principal.js'
import { sha256Hex } from '../../platform/digest.js'

const keyAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
export const keyPrefixLength = 12

/** `kcm_` + 32 random characters (≈187 bits); high entropy, so one SHA-256 is a safe stored form. */
export function generateApiKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return `kcm_${[...bytes].map((byte) => keyAlphabet[byte % keyAlphabet.length]).join('')}`
}

export function hashApiKey(key: string): string {
  return sha256Hex(key)
}

export interface KeyScope {
  parkId?: string | null
  enterpriseId?: string | null
  expertId?: string | null
}

/** A key's scope must match its role: park staff → a park, enterprise → an enterprise, … */
export function scopeProblem(role: Role, scope: KeyScope): string | null {
  const given = Object.entries(scope).filter(([, value]) => value).map(([name]) => name)
  const wanted = { admin: [], park_staff: ['parkId'], enterprise: ['enterpriseId'], expert: ['expertId'] }[role]
  const same = given.length === wanted.length && wanted.every((name) => given.includes(name))
  return same ? null : `a ${role} key needs ${wanted.length ? wanted.join(', ') : 'no scope'}${given.length ? `, got ${given.join(', ')}` : ''}`
}
