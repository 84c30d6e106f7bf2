/**
 * How a target's host name becomes addresses, per runtime, behind one small interface chosen once
 * when the module loads. Node asks the system resolver for every address (`lookup` with `all`),
 * so a name pointing at 127.0.0.1 is refused like the literal. Workers have no DNS API: there the
 * host name rules alone apply (ssrf.ts: IP literals, localhost, metadata names), and Cloudflare's
 * own egress does not reach the account's private networks anyway.
 */
export interface HostResolver {
  /** False where names cannot be resolved (Workers): only the name rules then apply. */
  readonly resolvesNames: boolean
  /** Every address `host` resolves to; throws when it does not resolve. */
  addresses(host: string): Promise<string[]>
}

const nodeResolver: HostResolver = {
  resolvesNames: true,
  async addresses(host) {
    // Imported lazily: the Worker's bundle never runs this branch.
    const { lookup } = await import('node:dns/promises')
    const found = await lookup(host, { all: true, verbatim: true })
    return found.map((entry) => entry.address)
  },
}

const namesOnly: HostResolver = { resolvesNames: false, addresses: async () => [] }

const onWorkers = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent === 'Cloudflare-Workers'

/** The resolver of the runtime this code runs on. */
export const hostResolver: HostResolver = onWorkers ? namesOnly : nodeResolver
