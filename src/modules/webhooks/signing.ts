/**
 * The Standard Webhooks scheme (standardwebhooks.com), with Web Crypto so it runs on Node and
 * Workers alike: `webhook-signature: v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">`,
 * keyed with the base64-decoded part of the secret after `whsec_`.
 */
const secretPrefix = 'whsec_'

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0))

/** A new secret: 24 random bytes (192 bits), base64, after `whsec_`. */
export function newWebhookSecret(): string {
  return secretPrefix + toBase64(crypto.getRandomValues(new Uint8Array(24)))
}

export async function signDelivery(secret: string, id: string, timestampSeconds: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', fromBase64(secret.slice(secretPrefix.length)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestampSeconds}.${body}`))
  return `v1,${toBase64(new Uint8Array(mac))}`
}

/** The request headers of one attempt; the timestamp is the real clock's, which receivers check against theirs. */
export async function deliveryHeaders(secret: string, id: string, body: string, nowMs = Date.now()): Promise<Record<string, string>> {
  const timestamp = Math.floor(nowMs / 1000)
  return {
    'content-type': 'application/json',
    'user-agent': 'kechuang-match-webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': await signDelivery(secret, id, timestamp, body),
  }
}
