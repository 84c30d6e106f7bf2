import { invalidField } from '../../core/errors.js'
import { forbiddenAddress, forbiddenName, isIpLiteral, reasonText } from './ssrf.js'
import { type HostResolver, hostResolver } from './resolver.js'

/** What a subscription's URL may point at: `WEBHOOK_ALLOW_PRIVATE_TARGETS` lifts the address rules (tests, local development). */
export interface TargetPolicy {
  allowPrivateTargets: boolean
  resolver?: HostResolver
}

/**
 * Why the service may not send to `url`, or null when it may. Checked when a subscription is
 * created or changed, and again before every delivery: a name's addresses may have changed since.
 * (Between this check and the request the name is resolved once more; a rebinding in that instant
 * is the residual risk, which redirects, never followed, do not widen.)
 */
export async function targetProblem(url: string, policy: TargetPolicy): Promise<string | null> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return '不是有效的网址 · not a valid URL'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '只支持 https · only https URLs are allowed'
  if (parsed.username || parsed.password) return '网址不能包含用户名或密码 · the URL may not carry a user name or password'
  if (policy.allowPrivateTargets) return null
  if (parsed.protocol !== 'https:') return '必须使用 https（明文 http 仅在允许内网目标时可用）· must be https (plain http only where private targets are allowed)'
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  if (isIpLiteral(host)) {
    const reason = forbiddenAddress(host)
    return reason ? `不允许的目标 · target not allowed: ${host} is ${reasonText[reason]}` : null
  }
  const resolver = policy.resolver ?? hostResolver
  if (resolver.resolvesNames) {
    let addresses: string[]
    try {
      addresses = await resolver.addresses(host)
    } catch {
      return `主机名无法解析 · the host name ${host} does not resolve`
    }
    for (const address of addresses) {
      const reason = forbiddenAddress(address)
      if (reason) return `不允许的目标 · target not allowed: ${host} resolves to ${address}, ${reasonText[reason]}`
    }
  }
  const reason = forbiddenName(host)
  return reason ? `不允许的目标 · target not allowed: ${host} is ${reasonText[reason]}` : null
}

/** Refuses a subscription's URL with a 400 naming the field and why. */
export async function assertTargetAllowed(url: string, policy: TargetPolicy): Promise<void> {
  const problem = await targetProblem(url, policy)
  if (problem) throw invalidField('url', problem)
}
